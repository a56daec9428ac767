#pragma once

#include "sync/Merger.h"

#include <QWidget>

#include <functional>

class QGroupBox;
class QLabel;
class QPushButton;

namespace alongside {

class Caseload;
class ConflictsPane;
struct ImportReport;

// The Sync page: the team, the sync folder, export and import with progress and a
// report, and the conflicts list. Sync is done at the end of a long day, so every step
// says what it did and what to do next.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(Caseload& caseload, QWidget* parent = nullptr);

    // Exports this laptop's changes into the sync folder and imports every new file
    // there, with one report (Ctrl+E from anywhere).
    void syncNow();
    // What Sync now does, for every place that offers it.
    static QString syncNowDescription();
    void exportChanges();
    void exportEverything();
    void importFiles();
    void importFromSyncFolder();
    QString reportText() const;
    ConflictsPane* conflicts() const { return m_conflicts; }

Q_SIGNALS:
    void conflictCountChanged(int count);
    // After anything was exported or imported, for the sidebar's status.
    void synced();

private:
    void refresh();
    void setUpTeam();
    void chooseSyncFolder();
    bool ensureUnlocked();
    void exportTo(bool full, bool askFolder);
    void importPaths(const QStringList& paths);
    void showReport(const ImportReport& report, const QString& problem);
    // Runs work with a progress window that appears when it takes a while.
    bool withProgress(const QString& label, const QString& title, const std::function<bool(const Merger::Progress&)>& work);
    // The report: what happened, then how many details wait for a choice (from the list).
    void setReport(const QStringList& lines);
    void updateReport();

    Caseload& m_caseload;
    QLabel* m_team;
    QPushButton* m_setUpTeam;
    QPushButton* m_joinTeam;
    QLabel* m_folder;
    QPushButton* m_syncNow;
    QPushButton* m_exportChanges;
    QPushButton* m_exportAll;
    QPushButton* m_import;
    QPushButton* m_importFolder;
    QLabel* m_report;
    QStringList m_reportLines;
    QGroupBox* m_conflictsBox;
    ConflictsPane* m_conflicts;
};

} // namespace alongside
