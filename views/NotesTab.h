#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace alongside {

class Caseload;
class NotesModel;
class QuickNoteEditor;

// The Notes tab: the quick-note editor above the person's timeline, newest first.
class NotesTab : public QWidget
{
    Q_OBJECT

public:
    // caseload is borrowed and must outlive the tab.
    explicit NotesTab(Caseload& caseload, QWidget* parent = nullptr);

    void setPerson(const QString& personId);
    QuickNoteEditor* editor() const { return m_editor; }
    QListView* timeline() const { return m_timeline; }
    NotesModel* model() const { return m_model; }

private:
    void updateCount();

    NotesModel* m_model;
    QuickNoteEditor* m_editor;
    QLabel* m_count;
    QListView* m_timeline;
};

} // namespace alongside
