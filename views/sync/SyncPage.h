// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Merger.h"

#include <QWidget>

#include <functional>

class QComboBox;
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

    // Whether the coordinator asked (questions and warnings in windows), or the window
    // does it by itself (at start, when a teammate's file arrives): only the report says.
    enum class Asked { ByCoordinator, ByItself };
    // Exports this laptop's changes into the sync folder and imports every new file
    // there, with one report (Ctrl+E from anywhere). False when it did not, or a file was refused.
    bool syncNow(Asked asked = Asked::ByCoordinator);
    // What Sync now does, for every place that offers it.
    static QString syncNowDescription();
    void exportChanges();
    void exportEverything();
    void importFiles();
    void importFromSyncFolder();
    bool importPaths(const QStringList& paths, Asked asked = Asked::ByCoordinator);
    // The folder (or a file), then the passphrase, asked again after a failed try.
    void joinTeam();
    QString reportText() const;
    // A sync or import is running (its progress window lets timers fire meanwhile).
    bool isWorking() const { return m_working; }
    ConflictsPane* conflicts() const { return m_conflicts; }

Q_SIGNALS:
    void conflictCountChanged(int count);
    // After anything was exported or imported, for the sidebar's status.
    void synced();
    // Just before records change under the coordinator: drafts are written first.
    void aboutToSync();

private:
    void refresh();
    void setUpTeam();
    void chooseSyncFolder();
    bool ensureUnlocked();
    void exportTo(bool full, bool askFolder);
    void showReport(const ImportReport& report, const QString& problem, Asked asked);
    // Enables the button when why is empty; otherwise greys it out and says why.
    static void explain(QPushButton* button, const QString& why);
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
    QLabel* m_why;
    QComboBox* m_whenNew;
    QLabel* m_report;
    QStringList m_reportLines;
    // While a sync or import runs (its progress window lets timers fire): another waits.
    bool m_working = false;
    QGroupBox* m_conflictsBox;
    ConflictsPane* m_conflicts;
};

} // namespace alongside
