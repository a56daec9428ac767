#pragma once

#include <QMainWindow>

class QListWidget;
class QSplitter;
class QStackedWidget;

namespace alongside {

class Caseload;
class PeoplePane;
class PersonWorkspace;
class ReviewsPage;
class SyncPage;

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
    ReviewsPage* reviewsPage() const { return m_reviews; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void showConflictCount(int count);
    void newPerson();
    void newNote();
    void restoreLayout();
    void saveLayout() const;

    Caseload& m_caseload;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    QSplitter* m_peopleSplitter;
    PeoplePane* m_people;
    PersonWorkspace* m_workspace;
    SyncPage* m_sync;
    ReviewsPage* m_reviews;
    static constexpr int syncRow = 1; // the Sync page: its sidebar row and page index
};

} // namespace alongside
