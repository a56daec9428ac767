// Reviews: the next one from a person's cadence (with the end-of-month rule), the
// Reviews due list across the caseload, and marking one done.

#include "person/plan/PlanReviewsBox.h"
#include "reviews/ReviewsPage.h"
#include "shared/UndoScopes.h"
#include "SyncTestSupport.h"
#include "items/HeldReviewsModel.h"
#include "items/ReviewsModel.h"
#include "print/PlanDocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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
