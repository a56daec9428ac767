// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace alongside {

class Caseload;
class NotesModel;
class QuickNoteEditor;
class UndoScopes;

// The Notes tab: the quick-note editor above the person's timeline, newest first, where
// a note can be corrected or deleted.
class NotesTab : public QWidget
{
    Q_OBJECT

public:
    // caseload and undo are borrowed and must outlive the tab.
    NotesTab(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);

    void setPerson(const QString& personId);
    QuickNoteEditor* editor() const { return m_editor; }
    QListView* timeline() const { return m_timeline; }
    NotesModel* model() const { return m_model; }

    // The chosen note: corrected in a dialog, or deleted after asking. Both can be undone.
    void editCurrent();
    void deleteCurrent();

private:
    void updateCount();

    Caseload& m_caseload;
    UndoScopes& m_undo;
    QString m_personId;
    QString m_chosen; // the chosen note's id while the timeline reloads
    NotesModel* m_model;
    QuickNoteEditor* m_editor;
    QLabel* m_count;
    QListView* m_timeline;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace alongside
