// SPDX-License-Identifier: GPL-3.0-or-later
// The lock: after the idle minutes (on the injected clock), on Ctrl+L, the window and
// every model go, the drafts are written first and the database is closed; only the
// unlock screen is left. The right passphrase brings back the same section, person,
// tab and unsaved note.

#include "TestSupport.h"
#include "people/PeoplePane.h"
#include "person/PersonWorkspace.h"
#include "person/notes/NotesTab.h"
#include "person/notes/QuickNoteEditor.h"
#include "shell/PassphraseDialog.h"
#include "shell/Session.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
constexpr qint64 minuteMs = 60 * 1000;

struct Fixture
{
    test::TestCaseload t;
    ManualClock clock { test::fixedNowMs };
    std::unique_ptr<Session> session;
    QString personId;
    int reopened = 0;

    bool start()
    {
        if (!t.open())
            return false;
        personId = t->people().create(test::person(u"Gethin"_s, u"Hughes"_s));
        const QString path = t.path();
        session = std::make_unique<Session>(
            std::move(t.caseload),
            [this, path](const QString& passphrase, QString* error, bool* wrong) {
                ++reopened;
                Database::Options options = test::databaseOptions();
                options.passphrase = passphrase;
                auto c = std::make_unique<Caseload>(options, &t.clock);
                if (!c->open(path)) {
                    *error = c->error();
                    *wrong = c->database().wrongPassphrase();
                    return std::unique_ptr<Caseload>();
                }
                return c;
            },
            clock);
        session->show();
        return QTest::qWaitForWindowExposed(session->window());
    }

    QStringList visibleWindows() const
    {
        QStringList names;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->isVisible())
                names.append(QString::fromLatin1(w->metaObject()->className()));
        }
        return names;
    }

    void unlock(const QString& passphrase)
    {
        PassphraseDialog* screen = session->unlockScreen();
        auto* field = screen->findChild<QLineEdit*>(u"caseloadPassphrase"_s);
        QTest::keyClicks(field, passphrase);
        QTest::keyClick(field, Qt::Key_Return);
    }
};

bool draftOnDisk(const QString& path, const QString& key, const QString& text)
{
    Database::Options o = test::databaseOptions();
    o.mode = Database::Mode::ExistingAsIs;
    Caseload other(o);
    return other.open(path) && other.drafts().load(key).contains(text);
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        QSettings().remove(u"lock/idleMinutes"_s);
    }

    void idleMinutesLockAndUnlockingBringsEverythingBack()
    {
        Fixture f;
        QVERIFY(f.start());
        QCOMPARE(Session::idleMinutes(), 5);
        MainWindow* window = f.session->window();
        window->showPerson(f.personId);
        window->workspace()->startNote();
        const int notesTab = window->workspace()->currentTab();
        // Typed a moment ago: the draft's timer has not fired yet.
        QTest::keyClicks(window->workspace()->notesTab()->editor()->textEdit(), u"Gethin wants to try the choir"_s);
        QSignalSpy locked(f.session.get(), &Session::locked);

        f.clock.advance(4 * minuteMs + 59 * 1000);
        f.session->checkIdle();
        QVERIFY(!f.session->isLocked());
        f.clock.advance(1000);
        f.session->checkIdle();
        QVERIFY(f.session->isLocked());
        QCOMPARE(locked.count(), 1);
        QVERIFY(!f.session->window());
        // Nothing of the caseload is on screen: only the unlock screen.
        QTRY_COMPARE(f.visibleWindows(), QStringList { u"alongside::PassphraseDialog"_s });
        // The half-typed note was written before the window went.
        QVERIFY(draftOnDisk(f.t.path(), u"note:"_s + f.personId, u"Gethin wants to try the choir"_s));
        // Locked, the caseload is still this window's: another cannot open it to write.
        {
            Caseload other(test::databaseOptions());
            QVERIFY(!other.open(f.t.path()));
            QVERIFY2(other.error().contains(u"already open in Alongside"_s), qPrintable(other.error()));
        }

        f.unlock(u"not the passphrase at all"_s);
        QVERIFY(f.session->isLocked());
        QCOMPARE(f.session->unlockScreen()->wrongTries(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(f.session->unlockScreen()->findChild<QLineEdit*>(u"caseloadPassphrase"_s)->isEnabled(), 5000);
        f.unlock(test::caseloadPassphrase);
        QVERIFY(!f.session->isLocked());
        window = f.session->window();
        QVERIFY(window && window->isVisible());
        QCOMPARE(window->workspace()->personId(), f.personId);
        QCOMPARE(window->workspace()->currentTab(), notesTab);
        QCOMPARE(window->workspace()->notesTab()->editor()->textEdit()->toPlainText(), u"Gethin wants to try the choir"_s);
    }

    void inputPutsTheLockOff()
    {
        Fixture f;
        QVERIFY(f.start());
        f.clock.advance(4 * minuteMs);
        QTest::keyClick(f.session->window()->peoplePane(), Qt::Key_Down);
        f.clock.advance(4 * minuteMs);
        f.session->checkIdle();
        QVERIFY(!f.session->isLocked());
        Session::setIdleMinutes(1);
        f.clock.advance(minuteMs);
        f.session->checkIdle();
        QVERIFY(f.session->isLocked());
        Session::setIdleMinutes(500); // kept within 1 to 60
        QCOMPARE(Session::idleMinutes(), 60);
        QSettings().remove(u"lock/idleMinutes"_s);
    }

    void ctrlLLocksAtOnceAndQuitEnds()
    {
        Fixture f;
        QVERIFY(f.start());
        QTest::keyClick(f.session->window(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(f.session->isLocked());
        QSignalSpy finished(f.session.get(), &Session::finished);
        f.session->unlockScreen()->reject(); // Quit on the unlock screen
        QCOMPARE(finished.count(), 1);
        QCOMPARE(f.reopened, 0);
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
