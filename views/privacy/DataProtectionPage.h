// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace alongside {

class AuditModel;
class Caseload;
class RetentionPane;

// Data protection: this laptop's audit trail (what was done with the records, by whom
// and about whom), filtered by a person's name or id and by action, written out as CSV
// for a data protection officer, and how long it is kept; and retention (RetentionPane).
class DataProtectionPage : public QWidget
{
    Q_OBJECT

public:
    // The caseload is borrowed and must outlive the page.
    explicit DataProtectionPage(Caseload& caseload, QWidget* parent = nullptr);

    AuditModel* model() const { return m_model; }
    RetentionPane* retention() const { return m_retention; }
    // Writes the entries shown (every one the filter selects) to path; says why when not.
    bool exportTo(const QString& path);

Q_SIGNALS:
    // A sentence for the status bar.
    void done(const QString& sentence);
    void openPerson(const QString& id);

private:
    void applyFilter();
    void chooseAndExport();
    void keepFor(int months);

    Caseload& m_caseload;
    AuditModel* m_model;
    QLineEdit* m_person;
    QComboBox* m_action;
    QSpinBox* m_keep;
    QLabel* m_summary;
    QTableView* m_view;
    RetentionPane* m_retention;
};

} // namespace alongside
