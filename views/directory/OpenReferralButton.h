// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

class QUndoStack;

namespace alongside {

class Caseload;

// The directory's Open Referral button: a menu to import a file from the local Open
// Referral UK directory (previewed first, undoable) or export the directory as one.
class OpenReferralButton : public QPushButton
{
    Q_OBJECT

public:
    // caseload and stack (the directory's) are borrowed and must outlive the button.
    OpenReferralButton(Caseload& caseload, QUndoStack& stack, QWidget* parent = nullptr);

    void importFile();
    void exportFile();
    // Writes every resource, archived ones too, to path; says why in a message box when
    // it cannot.
    bool exportTo(const QString& path);

Q_SIGNALS:
    // What an import or export did, in a sentence (shown in the window's status bar).
    void done(const QString& sentence);

private:
    void tell(const QString& sentence);

    Caseload& m_caseload;
    QUndoStack& m_stack;
};

} // namespace alongside
