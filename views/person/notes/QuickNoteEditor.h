// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace alongside {

class Caseload;
class UndoScopes;
class DraftKeeper;

// The quick note: kind, when (now by default), minutes, place and text. Ctrl+Enter
// saves; what is typed is kept as a draft about once a second until then.
class QuickNoteEditor : public QWidget
{
    Q_OBJECT

public:
    // caseload is borrowed and must outlive the editor.
    // caseload and undo are borrowed and must outlive the editor.
    QuickNoteEditor(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);
    ~QuickNoteEditor() override;

    void setPerson(const QString& personId);
    bool save();
    void focusText();
    QString message() const;
    QPlainTextEdit* textEdit() const { return m_text; }

Q_SIGNALS:
    void saved(const QString& noteId);

private:
    void clear();
    QString snapshot() const;
    void restore(const QString& snapshot);
    void showMessage(const QString& text, bool problem);

    Caseload& m_caseload;
    UndoScopes& m_undo;
    QString m_personId;
    QComboBox* m_kind;
    QDateTimeEdit* m_when;
    QSpinBox* m_minutes;
    QLineEdit* m_place;
    QPlainTextEdit* m_text;
    QPushButton* m_save;
    QLabel* m_message;
    DraftKeeper* m_draft;
    bool m_loading = false;
};

} // namespace alongside
