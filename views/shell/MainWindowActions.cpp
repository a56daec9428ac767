// SPDX-License-Identifier: GPL-3.0-or-later
// The window's menus and the shortcuts they carry, apart from how the panes are put
// together (MainWindow.cpp).

#include "shell/MainWindow.h"

#include "Caseload.h"
#include "directory/DirectoryPage.h"
#include "people/ImportPeopleDialog.h"
#include "people/PeoplePane.h"
#include "person/PersonWorkspace.h"
#include "print/YourDetailsDialog.h"
#include "reviews/CalendarExportDialog.h"
#include "shared/Focus.h"
#include "shared/UndoScopes.h"
#include "shell/BankHolidaysDialog.h"
#include "shell/WindowShortcuts.h"
#include "storage/Database.h"
#include "sync/SyncPage.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace alongside {

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newPerson = file->addAction(tr("New &person…"), this, &MainWindow::newPerson);
    newPerson->setShortcut(QKeySequence::New);
    newPerson->setObjectName(u"newPersonAction"_s);
    QAction* newNote = file->addAction(tr("New &note"), this, &MainWindow::newNote);
    newNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newNote->setObjectName(u"newNoteAction"_s);
    file->addSeparator();
    QAction* print = file->addAction(tr("P&rint…"), this, [this] { printFor(false); });
    print->setShortcut(QKeySequence::Print);
    print->setObjectName(u"printAction"_s);
    QAction* pdf = file->addAction(tr("Save as P&DF…"), this, [this] { printFor(true); });
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pdf->setObjectName(u"pdfAction"_s);
    file->addSeparator();
    QAction* syncNow = file->addAction(tr("S&ync now"), this, &MainWindow::syncNow);
    syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    syncNow->setObjectName(u"syncNowAction"_s);
    syncNow->setToolTip(SyncPage::syncNowDescription());
    QAction* importFiles = file->addAction(tr("&Import sync files…"), this, [this] {
        m_sidebar->setCurrentRow(syncRow);
        m_sync->importFiles();
    });
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFiles->setObjectName(u"importAction"_s);
    QAction* importPeople = file->addAction(tr("Import p&eople from a spreadsheet…"), this, [this] {
        QUndoStack& stack = m_undo->page(u"people"_s);
        ImportPeopleDialog dialog(m_caseload, stack, this);
        QTimer::singleShot(0, &dialog, [&dialog] { dialog.findChild<QPushButton*>(u"chooseFile"_s)->click(); });
        if (dialog.exec() != QDialog::Accepted)
            return;
        // The import is undone from the people list, with nobody open.
        m_sidebar->setCurrentRow(peopleRow);
        m_workspace->setPerson(QString());
        followUndo();
        statusBar()->showMessage(dialog.outcome(), 15000);
    });
    importPeople->setObjectName(u"importPeopleAction"_s);
    QAction* calendar = file->addAction(tr("Export &calendar…"), this, [this] {
        CalendarExportDialog dialog(m_caseload, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(dialog.outcome(), 15000);
    });
    calendar->setObjectName(u"exportCalendarAction"_s);
    file->addSeparator();
    QAction* details = file->addAction(tr("Your de&tails…"), this, [this] {
        YourDetailsDialog dialog(m_caseload.site(), this);
        dialog.exec();
    });
    details->setObjectName(u"yourDetailsAction"_s);
    QAction* holidays = file->addAction(tr("Update &bank holidays…"), this, [this] {
        BankHolidaysDialog dialog(m_caseload.reviews().holidays(), m_caseload.clock().now().toLocalTime().date(), this);
        dialog.exec();
    });
    holidays->setObjectName(u"bankHolidaysAction"_s);
    QAction* passphrase = file->addAction(tr("Change the caseload pa&ssphrase…"), this, &MainWindow::changePassphrase);
    passphrase->setObjectName(u"changePassphraseAction"_s);
    file->addSeparator();
    QAction* lock = file->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setShortcutContext(Qt::ApplicationShortcut);
    lock->setObjectName(u"lockAction"_s);
    lock->setToolTip(tr("Hide everything until the caseload passphrase is given again (Ctrl+L)"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->group()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undoAction"_s);
    QAction* redo = m_undo->group()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(u"redoAction"_s);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find"), this, [this] {
        if (m_sidebar->currentRow() == directoryRow) {
            m_directory->focusSearch();
        } else {
            m_sidebar->setCurrentRow(peopleRow);
            m_people->focusSearch();
        }
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(u"findAction"_s);
    QAction* everything = edit->addAction(tr("Search &everything…"), this, &MainWindow::searchEverything);
    everything->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    everything->setObjectName(u"searchEverythingAction"_s);
    // These work while typing in a text box too (Ctrl+E is "end of line" there).
    new WindowShortcuts(this, { newPerson, newNote, print, pdf, syncNow, importFiles, everything });

    // Ctrl+1 to Ctrl+6: straight to a section, with the keyboard in it.
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    const QString sections[] { tr("People"),           tr("Sync"),           tr("Reviews due"), tr("Community directory"),
                               tr("Quarterly return"), tr("Data protection") };
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QAction* section = go->addAction(sections[row], this, [this, row] {
            m_sidebar->setCurrentRow(row);
            focusFirstIn(m_pages->currentWidget());
        });
        section->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        section->setObjectName(u"goSection%1"_s.arg(row + 1));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Alongside"), this, [this] {
        QMessageBox::about(this, tr("About Alongside"),
                           tr("<p><b>Alongside</b> %1</p><p>Notes and person-centred plans for Local Area "
                              "Coordinators.</p><p>Database: %2</p>")
                               .arg(QApplication::applicationVersion(), m_caseload.database().path().toHtmlEscaped()));
    });
}

void MainWindow::syncNow()
{
    m_sidebar->setCurrentRow(syncRow);
    m_sync->syncNow();
}

} // namespace alongside
