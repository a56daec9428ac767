// SPDX-License-Identifier: GPL-3.0-or-later
// Printing: each document's text against a golden copy for a fixed person, pages with
// their header and footer, the one-page profile on one page, goals kept whole, large
// print, Welsh, paper size, and PDFs from the command line read back with pdftotext.

#include "shell/MainWindow.h"
#include "person/PersonWorkspace.h"
#include "print/PrintDialog.h"
#include "print/YourDetailsDialog.h"
#include "PrintSupport.h"
#include "TestSupport.h"
#include "print/PagePrinter.h"
#include "print/Printing.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// Nia Thomas, the same every time: a profile, a vision, two goals with steps, a circle
// in three rings, two connections (one where she gives), a review cadence and notes.
QString makeNia(Caseload& c)
{
    Person p = test::person(u"Nia"_s, u"Thomas"_s);
    p.preferredName = u"Ni"_s;
    p.pronouns = u"she/her"_s;
    p.dateOfBirth = u"1951-04-09"_s;
    p.phone = u"07700 900321"_s;
    p.address = u"12 Heol y Felin"_s;
    p.postcode = u"CF44 7AB"_s;
    p.ward = u"Riverside"_s;
    p.introducedOn = u"2025-06-02"_s;
    p.introducedBy = u"gp"_s;
    p.level = 2;
    p.stage = u"connecting"_s;
    p.coordinatorId = c.site().site().coordinatorId;
    p.consentOn = u"2025-06-02"_s;
    p.reviewEveryMonths = 3;
    p.vision = u"To sing again, and to have friends round for Sunday dinner."_s;
    const QString id = c.people().create(p);
    c.profile().add(id, u"appreciate"_s, u"A lovely singing voice"_s);
    c.profile().add(id, u"appreciate"_s, u"Remembers everyone's birthday"_s);
    c.profile().add(id, u"important"_s, u"Chapel on Sunday mornings"_s);
    c.profile().add(id, u"support"_s, u"Phone before you visit, and let it ring"_s);
    const QString choir = c.goals().addGoal(id, { { u"title"_s, u"Join a choir"_s }, { u"why"_s, u"Singing makes me happy"_s },
                                                  { u"target_on"_s, u"2026-01-31"_s } });
    c.goals().addStep(choir, { { u"text"_s, u"Find a choir that meets in the day"_s }, { u"who"_s, u"Sam"_s },
                               { u"due_on"_s, u"2025-11-01"_s }, { u"done_on"_s, u"2025-10-20"_s } });
    c.goals().addStep(choir, { { u"text"_s, u"Go along to listen"_s }, { u"who"_s, u"Nia and Carys"_s },
                               { u"due_on"_s, u"2025-12-05"_s } });
    c.goals().addGoal(id, { { u"title"_s, u"Have friends round for Sunday dinner"_s } });
    c.supporters().add({ {}, id, u"Carys"_s, u"daughter"_s, 1, u"07700 900111"_s, {}, {} });
    c.supporters().add({ {}, id, u"Mair"_s, u"neighbour"_s, 3, {}, {}, {} });
    c.supporters().add({ {}, id, u"Dr Price"_s, u"GP"_s, 4, {}, {}, {} });
    ResourceRepository::Resource r;
    r.name = u"Côr Cymunedol Pen-y-bryn"_s;
    const QString cor = c.resources().add(r);
    r.name = u"Friday Lunch Club"_s;
    const QString lunch = c.resources().add(r);
    c.connections().add({ {}, id, cor, u"introduced"_s, {}, {}, {}, {}, {}, {}, {} });
    c.connections().add({ {}, id, lunch, u"contributing"_s, u"2025-09-05"_s, {}, {}, u"Bakes for the lunch club"_s, {}, {}, {} });
    for (int i = 0; i < 3; ++i) {
        Note n;
        n.personId = id;
        n.occurredAt = QDateTime(QDate(2025, 11, 3 + 7 * i), QTime(10, 0), Qt::UTC);
        n.kind = u"visit"_s;
        n.minutes = 45;
        n.text = u"Visit %1: talked about the choir."_s.arg(i + 1);
        c.notes().add(n);
    }
    return id;
}

QString golden(const QString& name)
{
    return QStringLiteral(ALONGSIDE_TEST_DATA) + u"/print/"_s + name + u".txt"_s;
}

PrintOptions optionsFor(PrintOptions::Document document)
{
    PrintOptions o;
    o.document = document;
    o.printedOn = QDate(2025, 11, 22);
    return o;
}
} // namespace

using test::pdfPages;
using test::pdfText;
using test::run;
using test::Run;

class TestPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void documentsMatchTheirGoldenText_data()
    {
        QTest::addColumn<int>("document");
        QTest::newRow("plan") << int(PrintOptions::Document::Plan);
        QTest::newRow("profile") << int(PrintOptions::Document::Profile);
        QTest::newRow("summary") << int(PrintOptions::Document::Summary);
    }

    void documentsMatchTheirGoldenText()
    {
        QFETCH(int, document);
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString nia = makeNia(*t);
        const auto printed = Printing::build(*t, nia, optionsFor(PrintOptions::Document(document)));
        QVERIFY(printed);
        const QString text = printed->document->toPlainText().replace(QChar::ObjectReplacementCharacter, u"[circle of support]"_s);
        const QString file = golden(PrintOptions::documentKey(PrintOptions::Document(document)));
        if (qEnvironmentVariableIsSet("ALONGSIDE_UPDATE_GOLDEN")) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text.toUtf8());
        }
        QFile in(file);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
        QCOMPARE(text, QString::fromUtf8(in.readAll()));
    }

    void planSectionsAreTheChosenOnes()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString nia = makeNia(*t);
        PrintOptions o = optionsFor(PrintOptions::Document::Plan);
        o.sections = PrintOptions::Goals | PrintOptions::Coordinator;
        const QString text = Printing::build(*t, nia, o)->document->toPlainText();
        QVERIFY(text.contains(u"My goals"_s));
        QVERIFY(text.contains(u"Sam Jones"_s));
        QVERIFY(!text.contains(u"My vision"_s));
        QVERIFY(!text.contains(u"daughter"_s)); // the circle of support was left out
    }

    void largePrintAndWelsh()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString nia = makeNia(*t);
        PrintOptions o = optionsFor(PrintOptions::Document::Plan);
        auto ordinary = Printing::build(*t, nia, o);
        PagePrinter ordinaryPages(*ordinary, o.printedOn, PagePrinter::defaultLayout(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        o.largePrint = true;
        auto large = Printing::build(*t, nia, o);
        QVERIFY(large->document->defaultFont().pointSizeF() >= 14);
        PagePrinter largePages(*large, o.printedOn, PagePrinter::defaultLayout(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        QVERIFY2(largePages.pageCount() > ordinaryPages.pageCount(),
                 qPrintable(u"%1 pages in large print, %2 in ordinary"_s.arg(largePages.pageCount()).arg(ordinaryPages.pageCount())));

        Translations::install(*QCoreApplication::instance(), u"cy"_s);
        const QString welsh = Printing::build(*t, nia, optionsFor(PrintOptions::Document::Plan))->document->toPlainText();
        Translations::install(*QCoreApplication::instance(), u"en"_s);
        QVERIFY2(welsh.contains(u"Fy nghynllun"_s), qPrintable(welsh.left(200)));
        QVERIFY(welsh.contains(u"Fy nodau"_s));
        QVERIFY(!welsh.contains(u"My goals"_s));
    }

    void paperFollowsTheLocale()
    {
        QCOMPARE(PagePrinter::defaultLayout(QLocale(QLocale::English, QLocale::UnitedKingdom)).pageSize().id(), QPageSize::A4);
        QCOMPARE(PagePrinter::defaultLayout(QLocale(QLocale::Welsh, QLocale::UnitedKingdom)).pageSize().id(), QPageSize::A4);
        QCOMPARE(PagePrinter::defaultLayout(QLocale(QLocale::English, QLocale::UnitedStates)).pageSize().id(), QPageSize::Letter);
    }

    void aLongProfileStillFitsOnePage()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Huw"_s, u"Jones"_s));
        for (int i = 0; i < 25; ++i) {
            for (const QString& section : ProfileRepository::sections())
                t->profile().add(id, section, u"Something that matters a great deal to Huw, number %1, said in his words"_s.arg(i));
        }
        auto printed = Printing::build(*t, id, optionsFor(PrintOptions::Document::Profile));
        const double before = printed->document->defaultFont().pointSizeF();
        PagePrinter pages(*printed, QDate(2025, 11, 22), PagePrinter::defaultLayout(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        QCOMPARE(pages.pageCount(), 1);
        QVERIFY(printed->document->defaultFont().pointSizeF() < before);
        QVERIFY(printed->document->toPlainText().contains(u"number 24"_s)); // nothing dropped
    }

    // A short profile grows its type to use its page, up to half as large again, and
    // still fits on one.
    void aShortProfileUsesItsPage()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Huw"_s, u"Jones"_s));
        for (int i = 0; i < 3; ++i) {
            for (const QString& section : ProfileRepository::sections())
                t->profile().add(id, section, u"Something that matters to Huw, number %1"_s.arg(i));
        }
        auto printed = Printing::build(*t, id, optionsFor(PrintOptions::Document::Profile));
        const double before = printed->document->defaultFont().pointSizeF();
        const QPageLayout layout = PagePrinter::defaultLayout(QLocale(QLocale::English, QLocale::UnitedKingdom));
        PagePrinter pages(*printed, QDate(2025, 11, 22), layout);
        QCOMPARE(pages.pageCount(), 1);
        const double after = printed->document->defaultFont().pointSizeF();
        QVERIFY2(after > before * 1.2 && after <= before * 1.5 + 0.01, qPrintable(u"%1 → %2 pt"_s.arg(before).arg(after)));
    }

    void thirtyGoalsGiveSeveralPagesEachWithItsHeader()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Rhodri"_s, u"Evans"_s));
        for (int g = 0; g < 30; ++g) {
            const QString goal = t->goals().addGoal(id, { { u"title"_s, u"Goal number %1"_s.arg(g + 1) },
                                                          { u"why"_s, u"Because it matters to me"_s } });
            for (int s = 0; s < 3; ++s)
                t->goals().addStep(goal, { { u"text"_s, u"Step %1 of goal %2, described at some length so that it wraps"_s.arg(s + 1).arg(g + 1) },
                                           { u"who"_s, u"Rhodri"_s } });
        }
        // In the document: no goal split across a page when it fits on one.
        auto printed = Printing::build(*t, id, optionsFor(PrintOptions::Document::Plan));
        PagePrinter pages(*printed, QDate(2025, 11, 22), PagePrinter::defaultLayout(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        QVERIFY(pages.pageCount() >= 3);
        QTextDocument& doc = *printed->document;
        const double page = doc.pageSize().height();
        int goals = 0;
        for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
            const QRectF r = doc.documentLayout()->frameBoundingRect(frame);
            const auto* table = qobject_cast<QTextTable*>(frame);
            if (!table || !table->cellAt(0, 0).firstCursorPosition().block().text().startsWith(u"Goal number"_s))
                continue;
            ++goals;
            const double top = r.top() + table->format().topMargin();
            QVERIFY2(int(top / page) == int((r.bottom() - 1) / page),
                     qPrintable(u"%1 is split across pages"_s.arg(table->cellAt(0, 0).firstCursorPosition().block().text())));
        }
        QCOMPARE(goals, 30);

        // From the command line: a PDF whose every page has the header and its number.
        t.close();
        QTemporaryDir out;
        const QString pdf = out.filePath(u"rhodri.pdf"_s);
        const Run r = run(QStringLiteral(ALONGSIDE_BINARY), { u"print"_s, u"--database"_s, t.path(), u"--person"_s, id,
                                                             u"--pdf"_s, pdf });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(pdf) & others, QFileDevice::Permissions()); // the plan is its owner's alone
        QVERIFY(QFile::permissions(pdf) & QFileDevice::ReadOwner);
        const int n = pdfPages(pdf);
        QVERIFY2(n >= 3, qPrintable(QString::number(n)));
        QVERIFY(r.out.contains(u"(%1 pages)"_s.arg(n)));
        for (int i = 1; i <= n; ++i) {
            const QString text = pdfText(pdf, i);
            QVERIFY2(text.contains(u"Rhodri Evans"_s), qPrintable(u"page %1: %2"_s.arg(i).arg(text.left(300))));
            // The person's own copy says what it is; "Confidential" is for handovers.
            QVERIFY(text.contains(u"My plan"_s));
            QVERIFY(!text.contains(u"Confidential"_s));
            QVERIFY(text.contains(u"Page %1 of %2"_s.arg(i).arg(n)));
            QVERIFY(text.contains(u"Printed "_s));
        }
    }

    void theCommandLineWritesEachDocument()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString nia = makeNia(*t);
        t.close();
        QTemporaryDir out;
        const std::pair<QString, QStringList> expected[] {
            { u"plan"_s, { u"My plan"_s, u"My vision"_s, u"About me"_s, u"My goals"_s, u"My circle of support"_s,
                          u"My community connections"_s, u"My next review"_s, u"My Local Area Coordinator"_s } },
            { u"profile"_s, { u"One-page profile"_s, u"What people appreciate about me"_s, u"What's important to me"_s,
                             u"How best to support me"_s } },
            { u"summary"_s,
              { u"Person summary"_s, u"Confidential."_s, u"Most recent notes"_s, u"Visit 3"_s,
                u"Confidential — personal information"_s } },
        };
        for (const auto& [document, headings] : expected) {
            const QString pdf = out.filePath(document + u".pdf"_s);
            const Run r = run(QStringLiteral(ALONGSIDE_BINARY), { u"print"_s, u"--database"_s, t.path(), u"--person"_s, nia,
                                                                 u"--pdf"_s, pdf, u"--document"_s, document });
            QCOMPARE(r.exitCode, 0);
            const QString text = pdfText(pdf);
            QVERIFY2(text.contains(u"Nia Thomas"_s), qPrintable(document));
            QVERIFY(text.contains(u"Page 1 of"_s));
            for (const QString& heading : headings)
                QVERIFY2(text.contains(heading), qPrintable(document + u": no "_s + heading));
        }
        QCOMPARE(pdfPages(out.filePath(u"profile.pdf"_s)), 1);

        // Refusals: one sentence each, and no file left behind.
        const QString nowhere = out.filePath(u"none.pdf"_s);
        Run r = run(QStringLiteral(ALONGSIDE_BINARY), { u"print"_s, u"--database"_s, t.path(), u"--person"_s, u"nobody"_s,
                                                       u"--pdf"_s, nowhere });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), u"alongside: There is no person with the id nobody on this laptop."_s);
        QVERIFY(!QFile::exists(nowhere));
        r = run(QStringLiteral(ALONGSIDE_BINARY), { u"print"_s, u"--database"_s, t.path(), u"--person"_s, nia, u"--pdf"_s,
                                                   out.filePath(u"no/such/folder/x.pdf"_s) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"alongside: Cannot write "_s), qPrintable(r.err));
        r = run(QStringLiteral(ALONGSIDE_BINARY), { u"print"_s, u"--database"_s, t.path(), u"--person"_s, nia, u"--pdf"_s,
                                                   nowhere, u"--document"_s, u"letter"_s });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), u"alongside: --document is plan, profile or summary."_s);
    }

    void yourDetailsArePrintedOnThePlan()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString nia = makeNia(*t);
        YourDetailsDialog dialog(t->site());
        dialog.findChild<QLineEdit*>(u"yourName"_s)->setText(u" "_s);
        dialog.accept(); // refused, and nothing changes
        QCOMPARE(dialog.findChild<QLabel*>(u"yourProblem"_s)->text(), u"Give your name as people know you."_s);
        QCOMPARE(t->site().coordinator(t->site().site().coordinatorId)->name, u"Sam Jones"_s);
        dialog.findChild<QLineEdit*>(u"yourName"_s)->setText(u"Sam Jones"_s);
        dialog.findChild<QLineEdit*>(u"yourPhone"_s)->setText(u"07700 900777"_s);
        dialog.findChild<QLineEdit*>(u"yourEmail"_s)->setText(u"sam.jones@example.org"_s);
        dialog.accept();
        const QString text = Printing::build(*t, nia, optionsFor(PrintOptions::Document::Plan))->document->toPlainText();
        QVERIFY(text.contains(u"07700 900777"_s));
        QVERIFY(text.contains(u"sam.jones@example.org"_s));
    }

    void printIsBesideTheTabs()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString nia = makeNia(*t);
        MainWindow window(*t);
        window.show();
        auto* button = window.workspace()->findChild<QPushButton*>(u"printPerson"_s);
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // nobody chosen yet
        window.showPerson(nia);
        QVERIFY(button->isEnabled());
        QString title;
        QTimer::singleShot(0, this, [&title] {
            auto* dialog = qobject_cast<PrintDialog*>(QApplication::activeModalWidget());
            if (dialog) {
                title = dialog->windowTitle();
                dialog->reject();
            }
        });
        button->click();
        QCOMPARE(title, u"Print for Nia Thomas (Ni)"_s);
    }

    void theDialogSavesTheChosenSections()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString nia = makeNia(*t);
        PrintDialog dialog(*t, nia);
        dialog.setDocument(PrintOptions::Document::Plan);
        const auto boxes = dialog.findChildren<QCheckBox*>();
        for (QCheckBox* box : boxes) {
            if (box->text() == u"My &vision"_s)
                box->setChecked(false);
            if (box->objectName() == u"largePrint")
                box->setChecked(true);
        }
        QVERIFY(!(dialog.options().sections & PrintOptions::Vision));
        QVERIFY(dialog.options().largePrint);
        QCOMPARE(dialog.suggestedFileName(), u"Nia Thomas (Ni) — my plan.pdf"_s);
        QTemporaryDir out;
        const QString pdf = out.filePath(dialog.suggestedFileName());
        QVERIFY(dialog.savePdf(pdf));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"My goals"_s));
        QVERIFY(!text.contains(u"My vision"_s));

        // A file that cannot be written says so, and leaves nothing behind.
        QString said;
        QTimer::singleShot(0, this, [&said] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box) {
                said = box->text();
                box->accept();
            }
        });
        QVERIFY(!dialog.savePdf(out.filePath(u"missing/plan.pdf"_s)));
        QVERIFY2(said.startsWith(u"Cannot write "_s), qPrintable(said));
    }
};

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
