// SPDX-License-Identifier: GPL-3.0-or-later
// Notes: saved through the write path, listed newest first by a model that passes
// QAbstractItemModelTester and follows new notes; drafts are kept and given back.

#include "TestSupport.h"
#include "dates/DateText.h"
#include "edits/Editor.h"
#include "items/NotesModel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
Note note(const QString& personId, const QDateTime& when, const QString& text)
{
    Note n;
    n.personId = personId;
    n.occurredAt = when;
    n.text = text;
    return n;
}
} // namespace

class TestNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void newestFirst()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Bethan"_s, u"Rees"_s));
        const QDateTime base(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
        QVERIFY(!t->notes().add(note(id, base, u"First visit"_s)).isEmpty());
        QVERIFY(!t->notes().add(note(id, base.addDays(10), u"Third"_s)).isEmpty());
        QVERIFY(!t->notes().add(note(id, base.addDays(2), u"Second"_s)).isEmpty());
        const QList<Note> notes = t->notes().forPerson(id);
        QCOMPARE(notes.size(), 3);
        QCOMPARE(notes.at(0).text, u"Third"_s);
        QCOMPARE(notes.at(2).text, u"First visit"_s);
        QCOMPARE(notes.at(0).occurredAt, base.addDays(10));
        QCOMPARE(t->notes().lastContact(id), base.addDays(10));
    }

    // The minutes on a person's notes add up, from the first note; a removed note's do not.
    void timeAddsUp()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Bethan"_s, u"Rees"_s));
        QCOMPARE(t->notes().timeWith(id).minutes, 0);
        QVERIFY(!t->notes().timeWith(id).since.isValid());
        const QDateTime base(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
        QList<Note> added;
        for (const int minutes : { 60, 45, 0, 90 }) {
            Note n = note(id, base.addDays(30 * int(added.size())), u"Visit"_s);
            n.minutes = minutes;
            n.id = t->notes().add(n);
            QVERIFY(!n.id.isEmpty());
            added.append(n);
        }
        QCOMPARE(t->notes().timeWith(id).minutes, 195);
        QCOMPARE(t->notes().timeWith(id).since, base);
        QVERIFY(t->editor().run(t->notes().removing(added.last())));
        QCOMPARE(t->notes().timeWith(id).minutes, 105);
        QCOMPARE(DateText::timeSpent(195, base.date(), base.date().addMonths(9)), u"3 h over 9 months"_s);
    }

    void refusesWhatCannotBeSaved_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("validTime");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u"   "_s << true << u"visit"_s << u"The note is empty: write what happened first."_s;
        QTest::newRow("no time") << u"Hello"_s << false << u"visit"_s << u"Give the date and time of the contact."_s;
        QTest::newRow("kind") << u"Hello"_s << true << u"telegram"_s << u"Choose what kind of contact this was."_s;
    }

    void refusesWhatCannotBeSaved()
    {
        QFETCH(QString, text);
        QFETCH(bool, validTime);
        QFETCH(QString, kind);
        QFETCH(QString, message);
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Bethan"_s, u"Rees"_s));
        Note n = note(id, validTime ? t.clock.now() : QDateTime(), text);
        n.kind = kind;
        QVERIFY(t->notes().add(n).isEmpty());
        QCOMPARE(t->notes().error(), message);
        QCOMPARE(t->notes().countForPerson(id), 0);
    }

    void modelFollowsThePerson()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString a = t->people().create(test::person(u"Aled"_s, u"Owen"_s));
        const QString b = t->people().create(test::person(u"Bryn"_s, u"Owen"_s));
        const QDateTime base(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
        for (int i = 0; i < 5; ++i)
            t->notes().add(note(a, base.addDays(i), u"Aled %1"_s.arg(i)));
        t->notes().add(note(b, base, u"Bryn only"_s));

        NotesModel model(t->notes(), t->notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setPerson(a);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(0, 0), NotesModel::TextRole).toString(), u"Aled 4"_s);
        QVERIFY(model.data(model.index(0, 0), NotesModel::HeadingRole).toString().contains(u"Visit"_s));

        Note more = note(a, base.addDays(30), u"Newest"_s);
        more.kind = u"phone"_s;
        more.minutes = 20;
        QVERIFY(!t->notes().add(more).isEmpty());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.data(model.index(0, 0), NotesModel::TextRole).toString(), u"Newest"_s);
        const QString heading = model.data(model.index(0, 0), NotesModel::HeadingRole).toString();
        QVERIFY2(heading.contains(u"Phone call · 20 minutes"_s), qPrintable(heading));

        t->notes().add(note(b, base, u"Another for Bryn"_s)); // someone else's note: no change here
        QCOMPARE(model.rowCount(), 6);
        model.setPerson(b);
        QCOMPARE(model.rowCount(), 2);
    }

    void draftsAreKeptAndGivenBack()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QVERIFY(t->drafts().save(u"note:x"_s, u"Half a thought"_s));
        QCOMPARE(t->drafts().load(u"note:x"_s), u"Half a thought"_s);
        QVERIFY(t->drafts().save(u"note:x"_s, u"Half a thought, finished"_s));
        t.close();
        QVERIFY(t.open(false));
        QCOMPARE(t->drafts().load(u"note:x"_s), u"Half a thought, finished"_s);
        QVERIFY(t->drafts().discard(u"note:x"_s));
        QVERIFY(t->drafts().load(u"note:x"_s).isEmpty());
        // Drafts stay on this laptop: they record no versions.
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM field_version WHERE table_name = 'draft'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
