// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "person/AboutTab.h"
#include "sync/ConflictsPane.h"
#include "items/ConflictsModel.h"
#include "Caseload.h"
#include "domain/Clock.h"
#include "person/connections/ConnectionsTab.h"
#include "directory/DirectoryPage.h"
#include "people/NewPersonDialog.h"
#include "people/PeoplePane.h"
#include "person/PersonWorkspace.h"
#include "print/PrintDialog.h"
#include "report/ReturnPage.h"
#include "reviews/ReviewsPage.h"
#include "search/SearchDialog.h"
#include "shared/Remembered.h"
#include "sync/AutoSync.h"
#include "sync/SyncPage.h"
#include "sync/SyncStatus.h"
#include "shared/DraftKeeper.h"
#include "shared/Focus.h"
#include "shell/DraftsBanner.h"
#include "shared/ScreenRoom.h"
#include "privacy/DataProtectionPage.h"
#include "shared/EditProgress.h"
#include "shared/UndoScopes.h"
#include "shell/PassphraseDialog.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QUndoGroup>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

MainWindow::MainWindow(Caseload& caseload, QWidget* parent)
    : QMainWindow(parent)
    , m_caseload(caseload)
    , m_undo(new UndoScopes(this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_peopleSplitter(new QSplitter(Qt::Horizontal, this))
    , m_people(new PeoplePane(caseload, m_peopleSplitter))
    , m_workspace(new PersonWorkspace(caseload, *m_undo, m_peopleSplitter))
    , m_sync(new SyncPage(caseload, this))
    , m_reviews(new ReviewsPage(caseload, *m_undo, this))
    , m_directory(new DirectoryPage(caseload, *m_undo, this))
    , m_return(new ReturnPage(caseload, this))
    , m_privacy(new DataProtectionPage(caseload, this))
{
    setObjectName(u"mainWindow"_s);
    const SiteRepository::Site site = caseload.site().site();
    // The desktop adds " — Alongside" (the application's display name) itself.
    setWindowTitle(tr("%1 on %2", "the window's title: coordinator on laptop").arg(site.coordinatorName, site.laptopName));

    m_sidebar->setObjectName(u"sidebar"_s);
    // The desktop theme's icons where it has them, Alongside's own where not.
    m_sidebar->addItem(new QListWidgetItem(QIcon::fromTheme(u"system-users"_s, QIcon(u":/icons/people.svg"_s)), tr("People")));
    m_sidebar->addItem(new QListWidgetItem(QIcon::fromTheme(u"emblem-synchronizing"_s, QIcon(u":/icons/sync.svg"_s)), tr("Sync")));
    m_sidebar->addItem(new QListWidgetItem(QIcon::fromTheme(u"appointment-soon"_s, QIcon(u":/icons/reviews.svg"_s)), tr("Reviews due")));
    m_sidebar->addItem(new QListWidgetItem(QIcon::fromTheme(u"mark-location"_s, QIcon(u":/icons/directory.svg"_s)),
                                           tr("Community directory")));
    m_sidebar->addItem(new QListWidgetItem(QIcon::fromTheme(u"x-office-spreadsheet"_s, QIcon(u":/icons/return.svg"_s)),
                                           tr("Quarterly return")));
    m_sidebar->addItem(new QListWidgetItem(QIcon::fromTheme(u"security-medium"_s, QIcon(u":/icons/privacy.svg"_s)),
                                           tr("Data protection")));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setWordWrap(true);
    m_sidebar->setResizeMode(QListView::Adjust);
    m_sidebar->setCurrentRow(0);
    m_sidebar->setMaximumWidth(260);
    m_sidebar->setAccessibleName(tr("Sections"));
    m_peopleSplitter->setObjectName(u"peopleSplitter"_s);
    m_peopleSplitter->addWidget(m_people);
    m_peopleSplitter->addWidget(m_workspace);
    m_peopleSplitter->setStretchFactor(0, 2);
    m_peopleSplitter->setStretchFactor(1, 3);
    // Until the coordinator's own split is restored: the list wide enough for names and
    // last contact, the person's page the rest, so its header stays on one line.
    m_peopleSplitter->setSizes({ 360, 700 });
    m_pages->addWidget(m_peopleSplitter);
    // Pages larger than a small window scroll rather than widen it.
    for (QWidget* page : std::initializer_list<QWidget*> { m_sync, m_reviews, m_directory, m_return, m_privacy }) {
        auto* scroll = new QScrollArea(m_pages);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus);
        m_pages->addWidget(scroll);
    }
    connect(m_reviews, &ReviewsPage::openPerson, this, &MainWindow::showPerson);
    connect(m_directory, &DirectoryPage::openPerson, this, &MainWindow::showPerson);
    connect(m_return, &ReturnPage::openPerson, this, &MainWindow::showPerson);
    connect(m_privacy, &DataProtectionPage::openPerson, this, &MainWindow::showPerson);
    connect(m_privacy, &DataProtectionPage::done, this, [this](const QString& sentence) {
        statusBar()->showMessage(sentence, 10000);
    });
    connect(m_workspace->connectionsTab(), &ConnectionsTab::openResource, this, &MainWindow::showResource);
    connect(m_workspace, &PersonWorkspace::printRequested, this, [this] { printFor(false); });
    // Undo follows what is in view, and says in the status bar what it left alone.
    connect(m_workspace, &PersonWorkspace::personShown, this, &MainWindow::followUndo);
    connect(&caseload.editor(), &Editor::noticed, this, [this](const QString& sentence) {
        statusBar()->showMessage(sentence, 15000);
    });
    new EditProgress(caseload.editor(), this); // long steps, and their undo, show progress
    // Nothing done with the records goes unrecorded without the coordinator knowing.
    connect(&caseload.audit(), &AuditLog::failed, this, [this](const QString& sentence) {
        QMessageBox::warning(this, tr("Audit trail"), sentence);
    });
    connect(m_workspace, &PersonWorkspace::noticed, this, [this](const QString& sentence) {
        statusBar()->showMessage(sentence, 15000);
    });
    connect(m_sync, &SyncPage::conflictCountChanged, this, &MainWindow::showConflictCount);
    // Beside Reviews due, how many of the coordinator's own are overdue: one count over
    // the index by date, a moment after the last change of a burst.
    m_reviewCount.setSingleShot(true);
    m_reviewCount.setInterval(300);
    connect(&m_reviewCount, &QTimer::timeout, this, &MainWindow::showOverdueCount);
    for (auto signal : { &ChangeNotifier::reviewsChanged, &ChangeNotifier::personChanged, &ChangeNotifier::personAdded,
                         &ChangeNotifier::personRemoved })
        connect(&caseload.notifier(), signal, &m_reviewCount, qOverload<>(&QTimer::start));
    connect(&caseload.notifier(), &ChangeNotifier::peopleReset, &m_reviewCount, qOverload<>(&QTimer::start));
    m_reviewCount.start(); // once the window is up: never part of start-up
    showConflictCount(m_sync->conflicts()->model()->rowCount());

    m_outerSplitter = new QSplitter(Qt::Horizontal, this);
    m_outerSplitter->setObjectName(u"outerSplitter"_s);
    // The sections, and under them Sync now with when it last happened.
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    sideLayout->addWidget(m_sidebar, 1);
    m_syncStatus = new SyncStatus(caseload, side);
    m_syncStatus->setMaximumWidth(m_sidebar->maximumWidth());
    sideLayout->addWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatus::syncRequested, this, &MainWindow::syncNow);
    connect(m_sync, &SyncPage::synced, m_syncStatus, &SyncStatus::refresh);
    connect(m_sync, &SyncPage::aboutToSync, this, &MainWindow::keepDrafts);
    m_autoSync = new AutoSync(caseload, *m_sync, this);
    connect(m_autoSync, &AutoSync::waitingChanged, m_syncStatus, &SyncStatus::setWaiting);
    connect(m_autoSync, &AutoSync::broughtIn, this, [this](const QString& summary) {
        statusBar()->showMessage(summary, 15000);
    });
    m_outerSplitter->addWidget(side);
    m_outerSplitter->addWidget(m_pages);
    m_outerSplitter->setStretchFactor(1, 1);
    // After a restart: who has unsaved words waiting, above everything else.
    auto* drafts = new DraftsBanner(caseload.drafts(), this);
    connect(drafts, &DraftsBanner::openRequested, this, [this](const QString& id, const QString& kind) {
        showPerson(id);
        m_workspace->showTabFor(kind == u"about" ? u"person"_s : kind == u"note" ? u"note"_s : u"goal"_s);
    });
    drafts->refresh();
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(drafts);
    centralLayout->addWidget(m_outerSplitter, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        followUndo();
    });
    connect(m_people, &PeoplePane::currentPersonChanged, m_workspace, &PersonWorkspace::setPerson);
    connect(m_people, &PeoplePane::personOpened, m_workspace, &PersonWorkspace::focusCurrentTab);
    // Return on a section goes into it.
    connect(m_sidebar, &QListWidget::activated, this, [this] { focusFirstIn(m_pages->currentWidget()); });

    createActions();
    statusBar()->setObjectName(u"statusBar"_s); // always there, for what an undo left alone
    restoreLayout();
    if (caseload.database().siteRenewed()) {
        statusBar()->showMessage(tr("This database was copied from another laptop, so it now has its own identity "
                                    "for sync."));
    }
}

void MainWindow::changePassphrase()
{
    Database& database = m_caseload.database();
    AuditLog& audit = m_caseload.audit();
    PassphraseDialog dialog(
        database.path(),
        [&database, &audit](const QString& current, const QString& next, QString* error, bool* wrong) {
            if (!Database::opensWith(database.path(), current)) {
                *wrong = true;
                return false;
            }
            if (!database.changePassphrase(next)) {
                *error = database.error();
                return false;
            }
            audit.record(AuditLog::Action::ChangedPassphrase); // a failure is reported by the log
            return true;
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("The caseload passphrase is changed. Use the new one from now on."), 10000);
}

void MainWindow::searchEverything()
{
    SearchDialog dialog(m_caseload, this);
    connect(&dialog, &SearchDialog::openPerson, this, [this](const QString& id, const QString& kind) {
        showPerson(id);
        m_workspace->showTabFor(kind);
    });
    dialog.exec();
}

void MainWindow::followUndo()
{
    switch (m_sidebar->currentRow()) {
    case peopleRow:
        m_undo->show(m_workspace->undoStack());
        break;
    case reviewsRow:
        m_undo->show(m_reviews->undoStack());
        break;
    case directoryRow:
        m_undo->show(m_directory->undoStack());
        break;
    default:
        m_undo->show(nullptr);
    }
}

void MainWindow::showConflictCount(int count)
{
    m_sidebar->item(syncRow)->setText(count > 0 ? tr("Sync (%n conflict(s))", nullptr, count) : tr("Sync"));
    fitSidebar();
}

void MainWindow::fitSidebar()
{
    // Wide enough for the longest word of any section's name and count, in either
    // language; longer names wrap onto a second line on a narrow window.
    int widest = 0;
    for (int row = 0; row < m_sidebar->count(); ++row) {
        for (const QString& word : m_sidebar->item(row)->text().split(u' '))
            widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(word));
    }
    const int chrome = m_sidebar->iconSize().width() + 2 * m_sidebar->frameWidth() + 4 * m_sidebar->spacing() + 24;
    m_sidebar->setMinimumWidth(std::min(m_sidebar->maximumWidth(), widest + chrome));
}

void MainWindow::showOverdueCount()
{
    const QDate today = m_caseload.clock().now().toLocalTime().date();
    // Counted no further than 100, so a caseload of any size costs the same.
    constexpr int most = 100;
    const int overdue = m_caseload.reviews().countDueBy(today.addDays(-1), m_caseload.site().site().coordinatorId, most);
    m_sidebar->item(reviewsRow)->setText(overdue >= most ? tr("Reviews due (%1+ overdue)").arg(most - 1)
                                             : overdue > 0 ? tr("Reviews due (%n overdue)", nullptr, overdue)
                                                           : tr("Reviews due"));
    m_sidebar->item(reviewsRow)->setToolTip(tr("Reviews of your people that are overdue or coming up (Ctrl+3)"));
    fitSidebar();
}

void MainWindow::showPerson(const QString& id)
{
    m_sidebar->setCurrentRow(peopleRow);
    m_people->selectPerson(id);
    m_workspace->setPerson(id);
}

void MainWindow::showResource(const QString& id)
{
    m_sidebar->setCurrentRow(directoryRow);
    m_directory->showResource(id);
}

void MainWindow::printFor(bool pdf)
{
    const QString id = m_workspace->personId();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Choose a person first, then press Ctrl+P to print their plan."), 5000);
        return;
    }
    PrintDialog dialog(m_caseload, id, this);
    if (pdf)
        dialog.chooseAndSavePdf();
    else
        dialog.exec();
}

void MainWindow::newPerson()
{
    NewPersonDialog dialog(m_caseload.people(), m_caseload.site().site().coordinatorId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.openedId().isEmpty()) { // someone already here, opened instead
        showPerson(dialog.openedId());
        return;
    }
    m_sidebar->setCurrentRow(0);
    m_people->selectPerson(dialog.createdId());
    m_workspace->setPerson(dialog.createdId());
    m_workspace->showAbout();
}

void MainWindow::newNote()
{
    if (m_workspace->personId().isEmpty()) {
        statusBar()->showMessage(tr("Choose a person first, then press Ctrl+Shift+N for a new note."), 5000);
        return;
    }
    m_sidebar->setCurrentRow(0);
    m_workspace->startNote();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        // The first time: as much of the screen as a laptop's leaves room for, never more
        // than it has (1366×768 at 125% is 1093×614 of room).
        // A laptop's screen is used whole; a larger one gets a comfortable window.
        const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
        const QSize comfortable(1200, 780);
        resizeWithinScreen(this, comfortable);
        move(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size(), room).topLeft());
        if (room.width() < comfortable.width() + 160 || room.height() < comfortable.height() + 80)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    rememberSizes(m_peopleSplitter, u"people"_s);
    // The sidebar as wide as its names on one line, up to a fifth of the window, until
    // the coordinator moves it.
    if (!rememberSizes(m_outerSplitter, u"sidebar"_s))
        m_outerSplitter->setSizes({ std::max(m_sidebar->minimumWidth(), std::min(m_sidebar->sizeHintForColumn(0) + 40, width() / 5)),
                                    QWIDGETSIZE_MAX });
    // The people list's columns and its order, as the coordinator left them.
    rememberColumns(m_people->view(), m_people->view()->horizontalHeader(), u"people"_s);
}

void MainWindow::saveLayout() const
{
    // Panes and the people list's columns are kept as they change (Remembered).
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
}

MainWindow::Place MainWindow::place() const
{
    return { m_sidebar->currentRow(), m_workspace->personId(), m_workspace->currentTab() };
}

void MainWindow::restorePlace(const Place& place)
{
    if (!place.personId.isEmpty()) {
        showPerson(place.personId);
        m_workspace->setCurrentTab(place.tab);
    }
    m_sidebar->setCurrentRow(place.section);
}

void MainWindow::keepDrafts()
{
    m_workspace->aboutTab()->leave(); // leaving saves what was changed, as switching person does
    for (DraftKeeper* keeper : findChildren<DraftKeeper*>())
        keeper->flush();
}

void MainWindow::startAutoSync()
{
    m_autoSync->start();
}

void MainWindow::closeWithoutAsking()
{
    m_askBeforeClosing = false;
    close();
    m_askBeforeClosing = true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    keepDrafts(); // the last second of typing too
    if (m_askBeforeClosing && !m_autoSync->offerBeforeQuit(this)) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace alongside
