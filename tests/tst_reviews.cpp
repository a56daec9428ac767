// SPDX-License-Identifier: GPL-3.0-or-later
// Reviews: the next one from a person's cadence (with the end-of-month rule), the
// Reviews due list across the caseload, and marking one done.

#include "person/plan/PlanReviewsBox.h"
#include "reviews/ReviewsPage.h"
#include "shared/UndoScopes.h"
#include "SyncTestSupport.h"
#include "items/HeldReviewsModel.h"
#include "items/ReviewsModel.h"
#include "print/PlanDocument.h"
#include "dates/Calendar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// "Today" in these tests is 22 November 2025.
QString addPerson(Caseload& c, const QString& given, const QString& introduced, int months, bool archived = false)
{
    Person p = test::person(given, u"Hughes"_s);
    p.introducedOn = introduced;
    p.reviewEveryMonths = months;
    const QString id = c.people().create(p);
    if (archived)
        c.people().archive(id, u"Moved away"_s, QDate(2025, 11, 1));
    return id;
}
// Each person's next review from first principles, as the list must show it: the
// earliest open review, else the cadence from the last one held (or the introduction).
QString expectedNext(Caseload& c, const QString& id)
{
    QSqlQuery q(c.database().connection());
    q.prepare(u"SELECT introduced_on, review_every_months, archived_on FROM person WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next() || !q.value(2).isNull())
        return {};
    const QString introduced = q.value(0).toString();
    const int months = q.value(1).toInt();
    q.prepare(u"SELECT due_on, done_on FROM review WHERE person_id = ? AND removed_at IS NULL"_s);
    q.addBindValue(id);
    QString open, held;
    if (q.exec()) {
        while (q.next()) {
            if (q.value(1).isNull())
                open = open.isEmpty() ? q.value(0).toString() : std::min(open, q.value(0).toString());
            else
                held = std::max(held, q.value(1).toString());
        }
    }
    if (!open.isEmpty())
        return open;
    const QDate from = QDate::fromString(held.isEmpty() ? introduced : held, Qt::ISODate);
    return Calendar::nextReview(from, months).toString(Qt::ISODate);
}

// Every person's stored next review against expectedNext; the first difference, or empty.
QString firstStale(Caseload& c)
{
    QSqlQuery q(c.database().connection());
    // The list's copies of the names and the archive date must follow the person too.
    q.exec(u"SELECT p.id, trim(p.given_name || ' ' || p.family_name), l.next_review_on, l.name, "
           "l.given_name IS p.given_name AND l.family_name IS p.family_name AND l.archived_on IS p.archived_on "
           "FROM person p JOIN person_local l ON l.person_id = p.id"_s);
    QList<QStringList> rows;
    while (q.next()) {
        if (q.value(3).toString() != q.value(1).toString() || !q.value(4).toBool())
            return u"%1: listed as %2 (names or archive date out of step)"_s.arg(q.value(1).toString(),
                                                                                 q.value(3).toString());
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    }
    if (rows.isEmpty())
        return u"no people"_s;
    for (const QStringList& r : rows) {
        if (const QString want = expectedNext(c, r[0]); want != r[2])
            return u"%1: stored %2, expected %3"_s.arg(r[1], r[2], want);
    }
    return {};
}
} // namespace

class TestReviews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void cadenceAndMarkingDone()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = addPerson(*t, u"Alys"_s, u"2025-08-31"_s, 3);
        // 31 August + 3 months: the end of November.
        QCOMPARE(t->reviews().nextDue(id), QDate(2025, 11, 30));
        const auto due = t->reviews().dueBy(QDate(2025, 12, 6));
        QCOMPARE(due.size(), 1);
        QVERIFY(due.first().reviewId.isEmpty());
        QVERIFY(t->reviews().markDone(due.first(), QDate(2025, 11, 22), u"Still enjoying the choir"_s));
        QCOMPARE(t->reviews().nextDue(id), QDate(2026, 2, 22));
        QVERIFY(t->reviews().dueBy(QDate(2025, 12, 6)).isEmpty());
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM review WHERE done_on = '2025-11-22'"_s).toInt(), 1);
        // Marking the scheduled one done schedules the one after.
        const auto later = t->reviews().dueBy(QDate(2026, 3, 1));
        QCOMPARE(later.size(), 1);
        QVERIFY(!later.first().reviewId.isEmpty());
        QVERIFY(t->reviews().markDone(later.first(), QDate(2026, 2, 20), {}));
        QCOMPARE(t->reviews().nextDue(id), QDate(2026, 5, 20));
        QVERIFY(!t->reviews().markDone(later.first(), QDate(), {}));
        QCOMPARE(t->reviews().error(), u"Give the date the review was done."_s);
    }

    void dueListAcrossTheCaseload()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        addPerson(*t, u"Bryn"_s, u"2025-06-15"_s, 3);  // due 15 September: overdue
        addPerson(*t, u"Ceri"_s, u"2025-09-01"_s, 3);  // due 1 December: in 9 days
        addPerson(*t, u"Dewi"_s, u"2025-11-01"_s, 6);  // due 1 May 2026: not yet
        addPerson(*t, u"Eira"_s, u"2025-05-01"_s, 0);  // no regular review
        addPerson(*t, u"Ffion"_s, u"2025-06-01"_s, 3, true); // archived
        ReviewsModel model(t->reviews(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ReviewsModel::PersonColumn).data().toString(), u"Bryn Hughes"_s);
        QCOMPARE(model.index(0, ReviewsModel::WhenColumn).data().toString(), u"Overdue by 68 days"_s);
        QVERIFY(model.index(0, 0).data(ReviewsModel::OverdueRole).toBool());
        QCOMPARE(model.index(1, ReviewsModel::PersonColumn).data().toString(), u"Ceri Hughes"_s);
        QCOMPARE(model.index(1, ReviewsModel::WhenColumn).data().toString(), u"Due in 9 days"_s);
        // A new person whose review is due today joins the list in date order.
        addPerson(*t, u"Gwen"_s, u"2025-10-22"_s, 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, ReviewsModel::PersonColumn).data().toString(), u"Gwen Hughes"_s);
        QCOMPARE(model.index(1, ReviewsModel::WhenColumn).data().toString(), u"Due today"_s);
        QCOMPARE(model.index(2, ReviewsModel::WhenColumn).data().toString(), u"Due in 9 days"_s);
    }

    // The next review is counted in SQL by the write path; its month arithmetic must be
    // the calendar's own (the last day of the month when the day does not exist there),
    // for every day of a leap year and the year around it.
    void storedCadenceCountsMonthsAsTheCalendarDoes()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QSqlDatabase db = t->database().connection();
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"INSERT INTO person (id, given_name, introduced_on, review_every_months) VALUES (?, ?, ?, ?)"_s));
        QList<std::pair<QDate, int>> cases;
        for (QDate d(2023, 7, 1); d < QDate(2025, 3, 1); d = d.addDays(1)) {
            for (const int months : { 1, 3, 6, 12, 18 }) {
                q.addBindValue(u"p-%1-%2"_s.arg(d.toString(Qt::ISODate)).arg(months));
                q.addBindValue(u"Test"_s);
                q.addBindValue(d.toString(Qt::ISODate));
                q.addBindValue(months);
                QVERIFY(q.exec());
                cases.append({ d, months });
            }
        }
        QVERIFY(db.commit());
        q.exec(u"SELECT p.introduced_on, p.review_every_months, l.next_review_on FROM person p "
               "JOIN person_local l ON l.person_id = p.id"_s);
        int checked = 0;
        while (q.next()) {
            const QDate from = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            QCOMPARE(q.value(2).toString(), Calendar::nextReview(from, q.value(1).toInt()).toString(Qt::ISODate));
            ++checked;
        }
        QCOMPARE(checked, int(cases.size()));
    }

    // Every way a review or a person changes keeps the stored next review true: adding,
    // marking done, undo and redo, removing a review, a new cadence, archiving and back,
    // reviews arriving by sync (before or after their person), and erasure.
    void nextReviewStaysTrueThroughEveryChange()
    {
        test::Pair pair;
        QVERIFY(pair.open());
        Caseload& a = *pair.a;
        const QString alys = addPerson(a, u"Alys"_s, u"2025-08-31"_s, 3);
        const QString bryn = addPerson(a, u"Bryn"_s, u"2025-01-31"_s, 1);
        addPerson(a, u"Ceri"_s, u"2025-02-28"_s, 0);
        QCOMPARE(firstStale(a), QString());
        UndoScopes scopes;
        auto done = a.reviews().markingDone(a.reviews().dueFor(alys), QDate(2025, 11, 20), u"Choir"_s);
        QVERIFY(done);
        scopes.person(alys).push(done.release());
        QCOMPARE(a.reviews().nextDue(alys), QDate(2026, 2, 20));
        QCOMPARE(firstStale(a), QString());
        scopes.person(alys).undo();
        QCOMPARE(a.reviews().nextDue(alys), QDate(2025, 11, 30));
        QCOMPARE(firstStale(a), QString());
        scopes.person(alys).redo();
        QCOMPARE(firstStale(a), QString());
        Person p = *a.people().find(bryn);
        p.reviewEveryMonths = 6;
        QVERIFY(a.people().save(p));
        QCOMPARE(a.reviews().nextDue(bryn), QDate(2025, 7, 31));
        QVERIFY(a.people().archive(bryn, u"Moved away"_s, QDate(2025, 11, 1)));
        QVERIFY(!a.reviews().nextDue(bryn).isValid());
        QVERIFY(a.people().unarchive(bryn));
        QCOMPARE(firstStale(a), QString());

        ImportReport report;
        QVERIFY(pair.b->sync().importFiles({ pair.exportFrom(pair.a) }, report));
        QCOMPARE(firstStale(*pair.b), QString());
        QCOMPARE(pair.b->reviews().nextDue(alys), QDate(2026, 2, 20));
        // A review purged (as an erasure of that row alone does): counted from the one held.
        QSqlQuery purge(pair.b->database().connection());
        QVERIFY(purge.exec(u"DELETE FROM review WHERE person_id = '%1' AND done_on IS NULL"_s.arg(alys)));
        QCOMPARE(pair.b->reviews().nextDue(alys), QDate(2026, 2, 20));
        QVERIFY(purge.exec(u"DELETE FROM review WHERE person_id = '%1'"_s.arg(alys)));
        QCOMPARE(pair.b->reviews().nextDue(alys), QDate(2025, 11, 30));
        QCOMPARE(firstStale(*pair.b), QString());
        // A laptop joining with a full export gets every next review too.
        test::TestCaseload c;
        QVERIFY(c.open(true, u"machine-c"_s, u"cai-laptop"_s, u"Cai Morgan"_s));
        QVERIFY(c->sync().unlock(test::teamPassphrase));
        QVERIFY(c->sync().importFiles({ pair.exportFrom(pair.a, true) }, report));
        QCOMPARE(firstStale(*c), QString());
        QCOMPARE(c->reviews().dueBy(QDate(2026, 12, 31)).size(), 2);

        QVERIFY(a.people().erase(alys));
        QCOMPARE(test::scalarOf(a, u"SELECT count(*) FROM person_local WHERE person_id = '%1'"_s.arg(alys)).toInt(), 0);
        QCOMPARE(firstStale(a), QString());
    }

    // An edit to one person changes their row alone: no reset, the other rows untouched.
    void anEditUpdatesOneRow()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        addPerson(*t, u"Bryn"_s, u"2025-06-15"_s, 3);                   // 15 September
        const QString ceri = addPerson(*t, u"Ceri"_s, u"2025-09-01"_s, 3); // 1 December
        addPerson(*t, u"Dewi"_s, u"2025-08-01"_s, 3);                   // 1 November
        ReviewsModel model(t->reviews(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        const auto names = [&] {
            QStringList list;
            for (int row = 0; row < model.rowCount(); ++row)
                list.append(model.index(row, ReviewsModel::PersonColumn).data().toString());
            return list;
        };
        QCOMPARE(names(), (QStringList{ u"Bryn Hughes"_s, u"Dewi Hughes"_s, u"Ceri Hughes"_s }));
        const QPersistentModelIndex bryn = model.index(0, 0);
        // Ceri's cadence shortens: due 1 October, so she moves between Bryn and Dewi.
        Person p = *t->people().find(ceri);
        p.reviewEveryMonths = 1;
        QVERIFY(t->people().save(p));
        QCOMPARE(names(), (QStringList{ u"Bryn Hughes"_s, u"Ceri Hughes"_s, u"Dewi Hughes"_s }));
        QCOMPARE(moves.count(), 1);
        // A new name re-sorts nothing but her row's text.
        p = *t->people().find(ceri);
        p.givenName = u"Cerys"_s;
        QVERIFY(t->people().save(p));
        QCOMPARE(model.index(1, ReviewsModel::PersonColumn).data().toString(), u"Cerys Hughes"_s);
        // No regular review: she leaves the list.
        p.reviewEveryMonths = 0;
        QVERIFY(t->people().save(p));
        QCOMPARE(names(), (QStringList{ u"Bryn Hughes"_s, u"Dewi Hughes"_s }));
        QCOMPARE(removals.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(bryn.row(), 0); // the row a coordinator had selected stays selected
    }

    void outOfSightTheListWaitsAndIsUpToDateWhenShown()
    {
        // The Reviews due page out of sight: an edit does not read every review again
        // (saving a detail stays quick), but the page is up to date the moment it shows.
        test::TestCaseload t;
        QVERIFY(t.open());
        addPerson(*t, u"Bryn"_s, u"2025-06-15"_s, 3);
        ReviewsModel model(t->reviews(), t->notifier(), t.clock, nullptr, false);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0); // nothing read yet
        addPerson(*t, u"Ceri"_s, u"2025-09-01"_s, 3);
        QCOMPARE(resets.count(), 0);
        model.setLive(true);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        model.setLive(false);
        addPerson(*t, u"Gwen"_s, u"2025-10-22"_s, 1);
        QCOMPARE(model.rowCount(), 2);
        model.setLive(true);
        QCOMPARE(model.rowCount(), 3);
        model.setLive(false);
        model.setLive(true); // nothing changed meanwhile: not read again
        QCOMPARE(resets.count(), 2);
    }

    void returnOnAReviewOpensThePerson()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        addPerson(*t, u"Bryn"_s, u"2025-06-15"_s, 3);
        UndoScopes scopes;
        ReviewsPage page(*t, scopes);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* view = page.findChild<QTableView*>();
        QSignalSpy opened(&page, &ReviewsPage::openPerson);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.constFirst().constFirst().toString(), view->model()->index(0, 0).data(ReviewsModel::PersonIdRole).toString());
    }

    // Reviews due shows the coordinator's own people (and those with nobody yet) by
    // default, anyone's when asked, over any horizon; an edit moves a row in or out of
    // the chosen scope alone.
    void scopeByCoordinatorAndHorizon()
    {
        QSettings().clear();
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString mine = t->site().site().coordinatorId;
        const auto add = [&](const QString& given, const QString& introduced, const QString& coordinator) {
            Person p = test::person(given, u"Hughes"_s);
            p.introducedOn = introduced;
            p.reviewEveryMonths = 3;
            p.coordinatorId = coordinator;
            return t->people().create(p);
        };
        // Today is 22 November 2025.
        add(u"Alun"_s, u"2025-06-15"_s, mine);             // due 15 September: overdue
        add(u"Bryn"_s, u"2025-06-15"_s, u"teammate"_s);    // overdue, a teammate's
        add(u"Cerys"_s, u"2025-09-10"_s, mine);            // due 10 December: this month
        add(u"Dafydd"_s, u"2025-06-20"_s, QString());      // overdue, nobody's yet
        const QString eleri = add(u"Eleri"_s, u"2026-03-01"_s, mine); // due June 2026
        ReviewsModel model(t->reviews(), t->notifier(), t->clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto names = [&model] {
            QStringList list;
            for (int row = 0; row < model.rowCount(); ++row)
                list.append(model.index(row, ReviewsModel::PersonColumn).data().toString());
            return list;
        };
        model.setScope(ReviewsModel::Horizon::Fortnight, mine);
        QCOMPARE(names(), (QStringList { u"Alun Hughes"_s, u"Dafydd Hughes"_s }));
        model.setScope(ReviewsModel::Horizon::Fortnight, QString());
        QCOMPARE(names(), (QStringList { u"Alun Hughes"_s, u"Bryn Hughes"_s, u"Dafydd Hughes"_s }));
        model.setScope(ReviewsModel::Horizon::Month, mine);
        QCOMPARE(names(), (QStringList { u"Alun Hughes"_s, u"Dafydd Hughes"_s, u"Cerys Hughes"_s }));
        model.setScope(ReviewsModel::Horizon::All, mine);
        QCOMPARE(names().size(), 4);
        model.setScope(ReviewsModel::Horizon::Overdue, u"teammate"_s);
        QCOMPARE(names(), (QStringList { u"Bryn Hughes"_s, u"Dafydd Hughes"_s }));
        // Eleri's review brought forward to this week joins the week's list of mine.
        model.setScope(ReviewsModel::Horizon::Week, mine);
        QCOMPARE(names(), (QStringList { u"Alun Hughes"_s, u"Dafydd Hughes"_s }));
        Person e = *t->people().find(eleri);
        e.introducedOn = u"2025-08-25"_s; // due 25 November
        QVERIFY(t->people().save(e));
        QCOMPARE(names(), (QStringList { u"Alun Hughes"_s, u"Dafydd Hughes"_s, u"Eleri Hughes"_s }));

        // The page: mine by default once the laptop knows a teammate (alone, everyone's
        // are one's own), the choice remembered.
        QSqlQuery teammate(t->database().connection());
        QVERIFY2(teammate.exec(u"INSERT INTO coordinator (id, name) VALUES ('teammate', 'Anna Price')"_s),
                 qPrintable(teammate.lastError().text()));
        UndoScopes scopes;
        {
            ReviewsPage page(*t, scopes);
            page.show();
            auto* whose = page.findChild<QComboBox*>(u"reviewsWhose"_s);
            QCOMPARE(whose->currentText(), u"My people"_s);
            QCOMPARE(page.model()->rowCount(), 3); // Alun, Dafydd and now Eleri
            whose->setCurrentIndex(whose->findData(u"all"_s));
            page.findChild<QComboBox*>(u"reviewsHorizon"_s)->setCurrentIndex(3); // this month
            QCOMPARE(page.model()->rowCount(), 5);
            QCOMPARE(page.findChild<QLabel*>(u"reviewsSummary"_s)->text(), u"3 overdue, 2 due by 22/12/2025"_s);
        }
        ReviewsPage again(*t, scopes);
        QCOMPARE(again.findChild<QComboBox*>(u"reviewsWhose"_s)->currentText(), u"Everyone's"_s);
        QCOMPARE(again.findChild<QComboBox*>(u"reviewsHorizon"_s)->currentText(), u"Due this month"_s);
    }

    void pageMarksDoneWithADateCheck()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        addPerson(*t, u"Bryn"_s, u"2025-06-15"_s, 3);
        UndoScopes scopes;
        ReviewsPage page(*t, scopes);
        page.show();
        QVERIFY(page.findChild<QLabel*>(u"reviewsSummary"_s)->text().startsWith(u"1 overdue"_s));
        QString firstProblem;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* date = dialog->findChild<QLineEdit*>(u"reviewDate"_s);
            QCOMPARE(date->text(), u"22/11/2025"_s);
            date->setText(u"31/02/2025"_s);
            auto* ok = dialog->findChildren<QPushButton*>().constFirst();
            for (QPushButton* b : dialog->findChildren<QPushButton*>()) {
                if (b->text() == u"Record the review")
                    ok = b;
            }
            QTest::mouseClick(ok, Qt::LeftButton);
            for (QLabel* label : dialog->findChildren<QLabel*>()) {
                if (label->isVisible() && label->text().startsWith(u"Type the date"_s))
                    firstProblem = label->text();
            }
            date->setText(u"20/11/2025"_s);
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        page.markCurrentDone();
        QVERIFY2(firstProblem.contains(u"cannot be in the future"_s), qPrintable(firstProblem));
        QCOMPARE(page.findChild<QTableView*>(u"reviewsView"_s)->model()->rowCount(), 0);
        QCOMPARE(test::scalarOf(*t, u"SELECT done_on FROM review WHERE done_on IS NOT NULL"_s).toString(), u"2025-11-20"_s);
        QCOMPARE(test::scalarOf(*t, u"SELECT due_on FROM review WHERE done_on IS NULL"_s).toString(), u"2026-02-20"_s);
    }

    // A review held early is recorded from the person's page, listed there with who held
    // it and what was agreed, printed in the plan, and can be undone.
    void reviewHeldEarlyFromThePersonsPage()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = addPerson(*t, u"Bryn"_s, u"2025-10-01"_s, 3); // due 1 January 2026
        UndoScopes scopes;
        PlanReviewsBox box(*t, scopes);
        box.setPerson(id);
        QAbstractItemModelTester tester(box.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(box.model()->rowCount(), 0);
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->windowTitle(), u"Review with Bryn Hughes"_s);
            dialog->findChild<QPlainTextEdit*>(u"reviewNotes"_s)->setPlainText(u"Try the walking group on Tuesdays"_s);
            QMetaObject::invokeMethod(dialog->findChild<QDialogButtonBox*>(), "accepted");
        });
        box.recordReview();
        QCOMPARE(box.model()->rowCount(), 1);
        QCOMPARE(box.model()->index(0, HeldReviewsModel::DoneColumn).data().toString(), u"22/11/2025"_s);
        QCOMPARE(box.model()->index(0, HeldReviewsModel::HeldByColumn).data().toString(), u"Sam Jones"_s);
        QCOMPARE(box.model()->index(0, HeldReviewsModel::AgreedColumn).data().toString(), u"Try the walking group on Tuesdays"_s);
        QCOMPARE(t->reviews().nextDue(id), QDate(2026, 2, 22)); // counted from the review held
        box.resize(700, 220);
        test::shoot(&box, u"reviews-held"_s);

        PrintOptions options;
        const QString plan = PlanDocument::build(*t, id, options)->document->toPlainText();
        QVERIFY2(plan.contains(u"Last time we looked at this plan\nOn 22/11/2025, with Sam Jones. We agreed: Try the walking group on Tuesdays"_s),
                 qPrintable(plan));

        QUndoStack& stack = scopes.person(id);
        QCOMPARE(stack.undoText(), u"mark Bryn Hughes's review done"_s);
        stack.undo();
        QCOMPARE(box.model()->rowCount(), 0);
        QCOMPARE(t->reviews().nextDue(id), QDate(2026, 1, 1));
        QVERIFY(!PlanDocument::build(*t, id, options)->document->toPlainText().contains(u"Last time we looked"_s));
    }
};

QTEST_MAIN(TestReviews)
#include "tst_reviews.moc"
