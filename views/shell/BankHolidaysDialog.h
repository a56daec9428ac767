// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/HolidaySettings.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace alongside {

// File ▸ Update bank holidays…: which nation's bank holidays apply on this laptop, the
// official list in use (built in or imported, the years it covers), importing a newer
// copy of GOV.UK's bank-holidays.json, and whether reviews move off weekends and bank
// holidays. A file is read and checked as soon as it is chosen; nothing is kept until
// Save, and a file refused changes nothing at all.
class BankHolidaysDialog : public QDialog
{
    Q_OBJECT

public:
    // settings is borrowed and must outlive the dialog; an import is dated `today`.
    BankHolidaysDialog(HolidaySettings& settings, QDate today, QWidget* parent = nullptr);

    // Reads the file at `path` as the list to use once saved (what Import does with the
    // file chosen): false, with the reason under the form, when it is refused.
    bool importFile(const QString& path);
    void accept() override;

private:
    void chooseFile();
    void useBuiltIn();
    void showList();
    void showRefusal(const QString& problem);

    HolidaySettings& m_settings;
    QDate m_today;
    HolidaySettings::Choice m_choice;
    QString m_chosenFile; // the file imported since the dialog opened, not saved yet
    QComboBox* m_nation;
    QLabel* m_list;
    QCheckBox* m_moves;
    QPushButton* m_import;
    QPushButton* m_builtIn;
    QLabel* m_problem;
};

} // namespace alongside
