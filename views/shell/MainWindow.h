// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QTimer>

class QListWidget;
class QSplitter;
class QStackedWidget;

namespace alongside {

class AutoSync;
class Caseload;
class UndoScopes;
class DirectoryPage;
class ReturnPage;
class DataProtectionPage;
class PeoplePane;
class PersonWorkspace;
class ReviewsPage;
class SyncPage;
class SyncStatus;

// Assembles the panes: the navigation sidebar, the people list and the person
// workspace, with the menus and shortcuts that reach them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // caseload is borrowed and must outlive the window.
    explicit MainWindow(Caseload& caseload, QWidget* parent = nullptr);

    PeoplePane* peoplePane() const { return m_people; }
    PersonWorkspace* workspace() const { return m_workspace; }
    SyncPage* syncPage() const { return m_sync; }
    SyncStatus* syncStatus() const { return m_syncStatus; }
    ReviewsPage* reviewsPage() const { return m_reviews; }
    DirectoryPage* directoryPage() const { return m_directory; }
    ReturnPage* returnPage() const { return m_return; }
    DataProtectionPage* dataProtectionPage() const { return m_privacy; }
    void showResource(const QString& id);
    void showPerson(const QString& id);
    // Ctrl+Shift+F: finds words in everything written about people, and opens the
    // person at the tab where they were found.
    void searchEverything();
    void changePassphrase();

    // Where the coordinator is: the section, the person open and their tab.
    struct Place
    {
        int section = 0;
        QString personId;
        int tab = 0;
    };
    Place place() const;
    void restorePlace(const Place& place);
    // Writes every draft waiting for its timer now (before the window closes or locks).
    void keepDrafts();
    // Syncs once the window is up and keeps watching the sync folder.
    void startAutoSync();
    AutoSync* autoSync() const { return m_autoSync; }
    // Closes without offering to sync first (the window is locking, not quitting).
    void closeWithoutAsking();

Q_SIGNALS:
    // Ctrl+L, or File > Lock: the session hides everything behind the unlock screen.
    void lockRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void showConflictCount(int count);
    void showOverdueCount();
    void fitSidebar();
    // Undo and Redo act on what is in view: the open person, the directory or reviews.
    void followUndo();
    void newPerson();
    void newNote();
    // The print dialog for the person in view, or straight to saving a PDF.
    void printFor(bool pdf);
    void syncNow();
    void restoreLayout();
    void saveLayout() const;

    Caseload& m_caseload;
    UndoScopes* m_undo; // before the pages, which push on its stacks
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    QSplitter* m_peopleSplitter;
    QSplitter* m_outerSplitter = nullptr;
    PeoplePane* m_people;
    PersonWorkspace* m_workspace;
    QTimer m_reviewCount;
    SyncPage* m_sync;
    SyncStatus* m_syncStatus = nullptr;
    AutoSync* m_autoSync = nullptr;
    bool m_askBeforeClosing = true;
    ReviewsPage* m_reviews;
    DirectoryPage* m_directory;
    ReturnPage* m_return;
    DataProtectionPage* m_privacy;
    // Sidebar rows, which are also the page indexes.
    static constexpr int peopleRow = 0;
    static constexpr int syncRow = 1;
    static constexpr int reviewsRow = 2;
    static constexpr int directoryRow = 3;
    static constexpr int returnRow = 4;
};

} // namespace alongside
