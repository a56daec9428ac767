// SPDX-License-Identifier: GPL-3.0-or-later
// The caseload's files are never in a folder the app lists: the sync folder cannot be
// the caseload's folder, or inside or above it, and the app's file dialogs never open a
// file to learn what it is (opening and closing the caseload's -wal or -shm through
// another descriptor drops SQLite's locks for the whole process). Watched with inotify.

#include "TestSupport.h"
#include "shared/FileDialogs.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QSignalSpy>
#include <QTest>

#include <sys/inotify.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// Which files in a folder are opened while it watches.
class OpenWatch
{
public:
    explicit OpenWatch(const QString& folder)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        inotify_add_watch(m_fd, QFile::encodeName(folder).constData(), IN_OPEN);
    }
    ~OpenWatch() { ::close(m_fd); }
    QStringList opened()
    {
        QStringList names;
        alignas(inotify_event) char buffer[8192];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
                if (event->len > 0)
                    names.append(QFile::decodeName(event->name));
                at += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
        return names;
    }

private:
    int m_fd;
};

// Shows a dialog on folder and waits until it has listed it and told each file's type.
void browse(QFileDialog& dialog, const QString& folder)
{
    dialog.setDirectory(folder);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.show();
    auto* model = dialog.findChild<QFileSystemModel*>();
    QVERIFY(model);
    QTRY_VERIFY(model->rowCount(model->index(folder)) >= 3);
    const QModelIndex parent = model->index(folder);
    QTest::qWait(300);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        model->data(model->index(row, 0, parent), Qt::DecorationRole);
        model->data(model->index(row, 2, parent), Qt::DisplayRole); // "Type"
    }
    QTest::qWait(700);
    dialog.hide();
}

QStringList caseloadFiles(const QStringList& names)
{
    QStringList found;
    for (const QString& n : names) {
        if (n.startsWith(u"test.db"_s) && !n.endsWith(u".lock"_s))
            found.append(n);
    }
    found.removeDuplicates();
    return found;
}
} // namespace

class TestSyncFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void theSyncFolderIsNeverTheCaseloadsFolder()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        SyncService& sync = t->sync();
        const QString home = t.dir.path();
        QVERIFY(QDir(home).mkdir(u"inside"_s));
        QTemporaryDir elsewhere;
        QVERIFY(sync.setSyncFolder(elsewhere.path()));
        QCOMPARE(sync.syncFolder(), elsewhere.path());

        struct Case
        {
            QString folder;
            QString says;
        };
        QVERIFY(QFile::link(home, elsewhere.filePath(u"link-to-caseload"_s)));
        const QList<Case> refused { { home, u"holds this laptop's caseload"_s },
                                    { home + u"/inside"_s, u"is inside the folder that holds this laptop's caseload"_s },
                                    { QFileInfo(home).absolutePath(), u"holds, further down, the folder with this laptop's caseload"_s },
                                    { elsewhere.filePath(u"link-to-caseload"_s), u"holds this laptop's caseload"_s } };
        for (const Case& c : refused) {
            QVERIFY2(!sync.setSyncFolder(c.folder), qPrintable(c.folder));
            QVERIFY2(sync.error().contains(c.says), qPrintable(sync.error()));
            QCOMPARE(sync.syncFolder(), elsewhere.path()); // the folder chosen before is kept
        }
        // A sync folder kept from before the rule is not used, and the page can say why.
        QVERIFY(sync.store().setSyncFolder(home));
        QCOMPARE(sync.syncFolder(), QString());
        QVERIFY(sync.syncFolderProblem().contains(u"holds this laptop's caseload"_s));
    }

    void fileDialogsNeverOpenTheCaseload()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        const QString folder = t.dir.path();
        QVERIFY(QFile::exists(t.path() + u"-wal"_s));
        QVERIFY(QFile::exists(t.path() + u"-shm"_s));

        // The probe sees what Qt's dialog does on its own: it opens the caseload's files.
        {
            OpenWatch watch(folder);
            QFileDialog plain(nullptr, u"Choose"_s);
            plain.setOption(QFileDialog::DontUseNativeDialog);
            browse(plain, folder);
            QVERIFY2(!caseloadFiles(watch.opened()).isEmpty(), "the probe saw no file opened");
        }
        // The app's dialogs list the same folder without opening any of them.
        OpenWatch watch(folder);
        QFileDialog safe(nullptr, u"Choose"_s);
        FileDialogs::makeSafe(safe);
        browse(safe, folder);
        const QStringList opened = caseloadFiles(watch.opened());
        QVERIFY2(opened.isEmpty(), qPrintable(u"opened: "_s + opened.join(u", "_s)));
        // And the caseload is as it was, still writable.
        QVERIFY(!t->people().create(test::person(u"Huw"_s, u"Jones"_s)).isEmpty());
    }
};

QTEST_MAIN(TestSyncFolder)
#include "tst_syncfolder.moc"
