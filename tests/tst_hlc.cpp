// SPDX-License-Identifier: GPL-3.0-or-later
// The hybrid logical clock: every tick is later than the one before, whatever the wall
// clock does, and the clock carries on from where it was after a restart.

#include "TestSupport.h"
#include "versioning/Hlc.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

class TestHlc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void followsTheWallClock()
    {
        ManualClock clock(1'000'000);
        Hlc hlc(clock);
        QCOMPARE(hlc.tick(), Hlc::fromMs(1'000'000));
        clock.advance(5);
        QCOMPARE(hlc.tick(), Hlc::fromMs(1'000'005));
        QCOMPARE(Hlc::toMs(hlc.last()), qint64(1'000'005));
    }

    void monotonicWhenTheClockStandsStill()
    {
        ManualClock clock(1'000'000);
        Hlc hlc(clock);
        qint64 previous = hlc.tick();
        for (int i = 0; i < 100'000; ++i) { // more ticks than the 16-bit counter holds
            const qint64 next = hlc.tick();
            QVERIFY(next > previous);
            previous = next;
        }
    }

    void monotonicWhenTheClockGoesBackwards()
    {
        ManualClock clock(2'000'000);
        Hlc hlc(clock);
        const qint64 before = hlc.tick();
        clock.set(1'000'000); // an hour and more into the past
        const qint64 after = hlc.tick();
        QVERIFY(after > before);
        QCOMPARE(Hlc::toMs(after), qint64(2'000'000));
        clock.set(3'000'000); // and forward again: the wall clock leads once more
        QCOMPARE(hlc.tick(), Hlc::fromMs(3'000'000));
    }

    void observeMovesPastRemoteTimestamps()
    {
        ManualClock clock(1'000'000);
        Hlc hlc(clock);
        const qint64 remote = Hlc::fromMs(5'000'000) + 7;
        hlc.observe(remote);
        QVERIFY(hlc.tick() > remote);
        hlc.observe(Hlc::fromMs(10)); // an older remote changes nothing
        QVERIFY(hlc.last() > remote);
    }

    void persistedAcrossRestarts()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        t.clock.set(test::fixedNowMs + 3'600'000);
        const QString id = t->people().create(test::person(u"Dafydd"_s, u"Prys"_s));
        QVERIFY(!id.isEmpty());
        const qint64 written = t->writer().clock().last();
        t.close();

        // Reopen with the wall clock two hours behind: new versions still come later.
        t.clock.set(test::fixedNowMs - 3'600'000);
        QVERIFY(t.open(false));
        QCOMPARE(t->writer().clock().last(), written);
        Person p = *t->people().find(id);
        p.phone = u"07700 900123"_s;
        QVERIFY(t->people().save(p));
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(u"SELECT hlc FROM field_version WHERE row_id = '%1' AND field = 'phone'"_s.arg(id)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() > written);
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
