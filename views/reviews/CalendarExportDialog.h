// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace alongside {

class Caseload;

// File ▸ Export calendar…: reviews due, steps due and goals' target dates as iCalendar,
// for a phone or Outlook; one file, or a file per person in a folder; the coordinator's
// own people, a teammate's or everyone's. Says what the file holds, since it leaves the
// encrypted caseload.
class CalendarExportDialog : public QDialog
{
    Q_OBJECT

public:
    // caseload is borrowed and must outlive the dialog.
    explicit CalendarExportDialog(Caseload& caseload, QWidget* parent = nullptr);

    // Writes the calendar; stays open saying why when it cannot.
    void accept() override;
    // What was written, in a sentence for the status bar.
    QString outcome() const { return m_outcome; }

private:
    void choosePlace();
    void modeChanged();

    Caseload& m_caseload;
    QRadioButton* m_oneFile;
    QRadioButton* m_folder;
    QComboBox* m_whose;
    QLineEdit* m_path;
    QLabel* m_problem;
    QString m_outcome;
};

} // namespace alongside
