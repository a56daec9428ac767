// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace alongside {

class AboutTab;
class Caseload;
class UndoScopes;
class NotesTab;
class ProfileTab;
class VisionGoalsTab;
class CircleOfSupportTab;
class ChangesTab;
class ConnectionsTab;

// Everything about the person chosen in the list: a header that stays in view and the
// tabs beneath it. Each person has an undo stack of their own.
class PersonWorkspace : public QWidget
{
    Q_OBJECT

public:
    // caseload and undo are borrowed and must outlive the workspace.
    PersonWorkspace(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);

    void setPerson(const QString& id);
    QString personId() const { return m_personId; }
    // The open person's own undo stack; when nobody is open, the people list's (an
    // import of people from a spreadsheet).
    QUndoStack* undoStack() const;
    ProfileTab* profileTab() const { return m_profile; }
    VisionGoalsTab* goalsTab() const { return m_goals; }
    CircleOfSupportTab* circleTab() const { return m_circle; }
    ConnectionsTab* connectionsTab() const { return m_connections; }
    ChangesTab* changesTab() const { return m_changes; }
    AboutTab* aboutTab() const { return m_about; }
    NotesTab* notesTab() const { return m_notes; }
    void showAbout();
    // Opens the tab that shows a row of this kind (note, goal, step, profile_item,
    // supporter, connection).
    void showTabFor(const QString& kind);
    // Opens the Notes tab with the cursor in a new note.
    void startNote();
    // Puts the keyboard in the tab in view: a new note on Notes, the first field elsewhere.
    void focusCurrentTab();
    int currentTab() const;
    void setCurrentTab(int index);
    // The tab in view (AboutTab, NotesTab…), not the scroll area around it.
    QWidget* currentTabWidget() const;

Q_SIGNALS:
    void printRequested();
    // A sentence for the status bar (what leaving a person did with unsaved changes).
    void noticed(const QString& sentence);
    // Another person is open, with their own undo stack.
    void personShown(const QString& id);

private:
    void updateHeader();
    // Adds a tab inside a scroll area, with its full name as tip and What's This.
    void addTab(QWidget* tab, const QString& name, const QString& description);
    QWidget* pageOf(QWidget* tab) const;

    Caseload& m_caseload;
    QString m_personId;
    UndoScopes& m_undo;
    QLabel* m_header;
    QTabWidget* m_tabs;
    QPushButton* m_print = nullptr;
    AboutTab* m_about;
    ProfileTab* m_profile;
    VisionGoalsTab* m_goals;
    CircleOfSupportTab* m_circle;
    ConnectionsTab* m_connections;
    ChangesTab* m_changes;
    NotesTab* m_notes;
};

} // namespace alongside
