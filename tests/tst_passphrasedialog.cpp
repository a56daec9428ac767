// SPDX-License-Identifier: GPL-3.0-or-later
// The caseload's passphrase dialog, as a coordinator meets it before any record shows:
// choosing one (twice, strong enough, with the reason when it is not) and unlocking,
// where each wrong try makes the next wait longer; and against a real encrypted caseload.

#include "TestSupport.h"
#include "shell/PassphraseDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
QPushButton* okButton(PassphraseDialog& d)
{
    for (QPushButton* b : d.findChildren<QPushButton*>()) {
        if (b->text() == u"&Protect"_s || b->text() == u"&Unlock"_s)
            return b;
    }
    return nullptr;
}
} // namespace

class TestPassphraseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void choosingRefusesWeakAndMismatchedPassphrases()
    {
        QStringList tried;
        PassphraseDialog d(PassphraseDialog::Mode::ChooseNew, u"/tmp/caseload.db"_s,
                           [&](const QString& p, QString*, bool*) { tried.append(p); return true; });
        d.show();
        auto* first = d.findChild<QLineEdit*>(u"caseloadPassphrase"_s);
        auto* again = d.findChild<QLineEdit*>(u"caseloadPassphraseAgain"_s);
        auto* hint = d.findChild<QLabel*>(u"passphraseHint"_s);
        auto* meter = d.findChild<QProgressBar*>(u"passphraseStrength"_s);
        auto* problem = d.findChild<QLabel*>(u"passphraseProblem"_s);
        QVERIFY(first && again && hint && meter && problem);
        QVERIFY(!okButton(d)->isEnabled());

        QTest::keyClicks(first, u"password12"_s);
        QTest::keyClicks(again, u"password12"_s);
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY2(hint->text().contains(u"common word"_s), qPrintable(hint->text()));
        QCOMPARE(meter->value(), 0);
        test::shoot(&d, u"passphrase-weak"_s);

        first->clear();
        again->clear();
        QTest::keyClicks(first, u"kettle harbour violet seventeen"_s);
        QTest::keyClicks(again, u"kettle harbour violet seventeeM"_s);
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), u"The two passphrases differ."_s);
        QVERIFY(meter->value() >= 2);

        again->clear();
        QTest::keyClicks(again, u"kettle harbour violet seventeen"_s);
        QVERIFY(okButton(d)->isEnabled());
        QVERIFY(!problem->isVisible());
        test::shoot(&d, u"passphrase-strong"_s);
        QTest::keyClick(again, Qt::Key_Return); // Return accepts
        QCOMPARE(tried, QStringList { u"kettle harbour violet seventeen"_s });
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(first->text().isEmpty() && again->text().isEmpty()); // not left in the widgets
    }

    void everyControlIsNamed()
    {
        for (const auto mode : { PassphraseDialog::Mode::ChooseNew, PassphraseDialog::Mode::Unlock }) {
            PassphraseDialog d(mode, u"/tmp/caseload.db"_s, [](const QString&, QString*, bool*) { return true; });
            for (QLineEdit* line : d.findChildren<QLineEdit*>())
                QVERIFY2(!line->accessibleName().isEmpty(), qPrintable(line->objectName()));
            for (QProgressBar* bar : d.findChildren<QProgressBar*>())
                QVERIFY(!bar->accessibleName().isEmpty());
        }
    }

    void eachWrongTryWaitsLonger()
    {
        QCOMPARE(PassphraseDialog::waitAfter(0), 0);
        QList<int> waits;
        for (int tries = 1; tries <= 8; ++tries)
            waits.append(PassphraseDialog::waitAfter(tries));
        QCOMPARE(waits, (QList<int> { 1, 2, 4, 8, 16, 30, 30, 30 }));
    }

    void unlockingAgainstARealCaseload()
    {
        // A real encrypted caseload: a wrong passphrase is told as such, disables the
        // field for the wait, then lets the coordinator try again; the right one opens.
        test::TestCaseload t;
        QVERIFY(t.open());
        t.close();
        std::unique_ptr<Caseload> opened;
        int attempts = 0;
        PassphraseDialog d(PassphraseDialog::Mode::Unlock, t.path(), [&](const QString& p, QString* error, bool* wrong) {
            ++attempts;
            Database::Options options;
            options.passphrase = p;
            auto c = std::make_unique<Caseload>(options);
            if (!c->open(t.path())) {
                *error = c->error();
                *wrong = c->database().wrongPassphrase();
                return false;
            }
            opened = std::move(c);
            return true;
        });
        d.show();
        auto* field = d.findChild<QLineEdit*>(u"caseloadPassphrase"_s);
        auto* problem = d.findChild<QLabel*>(u"passphraseProblem"_s);
        QTest::keyClicks(field, u"kestrel lantern copper meadoW"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(attempts, 1);
        QVERIFY(!opened);
        QCOMPARE(d.wrongTries(), 1);
        QVERIFY(!field->isEnabled());
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY2(problem->text().contains(u"try again in"_s), qPrintable(problem->text()));
        test::shoot(&d, u"passphrase-wrong"_s);
        // Nothing can be tried during the wait, not even with Return.
        QTest::keyClick(&d, Qt::Key_Return);
        QCOMPARE(attempts, 1);
        QVERIFY(d.isVisible()); // and Return never quits
        QTRY_VERIFY_WITH_TIMEOUT(field->isEnabled(), 5000);
        QCOMPARE(problem->text(), u"That passphrase did not open the caseload. Try again."_s);
        QTest::keyClicks(field, test::caseloadPassphrase);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(attempts, 2);
        QVERIFY(opened);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    void changingThePassphraseAsksForTheCurrentOneFirst()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Database& database = t->database();
        int changes = 0;
        PassphraseDialog d(
            t.path(),
            [&](const QString& current, const QString& next, QString* error, bool* wrong) {
                ++changes;
                if (!Database::opensWith(t.path(), current)) {
                    *wrong = true;
                    return false;
                }
                if (!database.changePassphrase(next)) {
                    *error = database.error();
                    return false;
                }
                return true;
            });
        d.show();
        auto* current = d.findChild<QLineEdit*>(u"currentPassphrase"_s);
        auto* next = d.findChild<QLineEdit*>(u"caseloadPassphrase"_s);
        auto* again = d.findChild<QLineEdit*>(u"caseloadPassphraseAgain"_s);
        QVERIFY(current && next && again);
        QVERIFY(!current->accessibleName().isEmpty());
        const QString chosen = u"heron quarry velvet autumn"_s;
        QTest::keyClicks(current, u"not the one in use here"_s);
        QTest::keyClicks(next, chosen);
        QTest::keyClicks(again, chosen);
        test::shoot(&d, u"passphrase-change"_s);
        QTest::keyClick(again, Qt::Key_Return);
        QCOMPARE(changes, 1);
        QCOMPARE(d.wrongTries(), 1);
        QVERIFY(!current->isEnabled()); // the wait applies here too
        QVERIFY(d.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(current->isEnabled(), 5000);
        QTest::keyClicks(current, test::caseloadPassphrase);
        QTest::keyClick(again, Qt::Key_Return);
        QCOMPARE(changes, 2);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        t.close();
        QVERIFY(!Database::opensWith(t.path(), test::caseloadPassphrase));
        QVERIFY(Database::opensWith(t.path(), chosen));
    }
};

QTEST_MAIN(TestPassphraseDialog)
#include "tst_passphrasedialog.moc"
