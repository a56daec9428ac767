// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/OpenReferralImport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace alongside {

class Caseload;
class OpenReferralPreview;

// Imports an Open Referral UK file into the directory: choose the file, see what each
// service will do (add, change which fields, unchanged, skipped and why), then Import
// writes it all as one step that Undo on the directory takes back.
class OpenReferralDialog : public QDialog
{
    Q_OBJECT

public:
    // caseload and stack (the directory's) are borrowed and must outlive the dialog.
    OpenReferralDialog(Caseload& caseload, QUndoStack& stack, QWidget* parent = nullptr);

    // Reads and previews a file; false when it cannot be read (the reason is shown).
    bool load(const QString& path);
    OpenReferralPreview* preview() const { return m_preview; }
    // Writes the import; stays open saying why when it cannot.
    void accept() override;

    // What was imported, in a sentence.
    QString outcome() const { return m_outcome; }

protected:
    // Return in the file box that reads a new file shows its preview; it does not import.
    void keyPressEvent(QKeyEvent* event) override;

private:
    void choose();

    Caseload& m_caseload;
    QUndoStack& m_stack;
    OpenReferralImport m_import;
    OpenReferralPreview* m_preview;
    QLineEdit* m_path;
    QLabel* m_summary;
    QTableView* m_view;
    QPushButton* m_importButton;
    QString m_loaded; // the file previewed
    bool m_previewedByReturn = false; // the Return that read the file is not also Import
    QString m_outcome;
};

} // namespace alongside
