// SPDX-License-Identifier: GPL-3.0-or-later
// Printed pages as the person reads them: a fully written-up person with thirty goals,
// printed as a plan and a handover summary, in ordinary and large print, in English and
// Welsh, and read back with pdftotext: no table row (so no date range) split across
// pages, no word broken, and no page holding only a trailing line.

#include "PrintSupport.h"
#include "TestSupport.h"
#include "Translations.h"
#include "print/DocumentWriter.h"
#include "print/PagePrinter.h"
#include "print/Printing.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
const QDate printedOn(2026, 11, 20);

// Rhodri Evans, written up over two years: a long vision and profile, thirty goals with
// three steps each, ten supporters with full names, eight connections with date ranges,
// and a dozen notes.
QString makeRhodri(Caseload& c)
{
    Person p = test::person(u"Rhodri"_s, u"Evans"_s);
    p.coordinatorId = c.site().site().coordinatorId;
    p.dateOfBirth = u"1968-02-11"_s;
    p.phone = u"07700 900456"_s;
    p.address = u"4 Stryd y Capel"_s;
    p.postcode = u"SA31 1AB"_s;
    p.introducedOn = u"2024-09-02"_s;
    p.consentOn = u"2024-09-02"_s;
    p.consentNote = u"Happy for the team to share his plan with his sister Bethan"_s;
    p.reviewEveryMonths = 3;
    p.vision = u"To be back on the allotment every week, to walk the dog along the river with friends, and to help "
               "other people who are new to the area find their feet the way I was helped."_s;
    const QString id = c.people().create(p);
    for (int i = 0; i < 4; ++i) {
        c.profile().add(id, u"appreciate"_s, u"Makes people laugh when things are hard (%1)"_s.arg(i + 1));
        c.profile().add(id, u"important"_s, u"Seeing his grandchildren on Saturdays (%1)"_s.arg(i + 1));
        c.profile().add(id, u"support"_s, u"Write things down; he forgets spoken dates (%1)"_s.arg(i + 1));
    }
    const QStringList statuses { u"thinking"_s, u"working"_s, u"achieved"_s, u"paused"_s, u"let_go"_s };
    for (int g = 0; g < 30; ++g) {
        const QString goal = c.goals().addGoal(
            id, { { u"title"_s, u"Goal %1: get back to something that matters to me"_s.arg(g + 1) },
                  { u"why"_s, u"Because it is how I feel like myself again"_s },
                  { u"status"_s, statuses.at(g % statuses.size()) },
                  { u"target_on"_s, QDate(2026, 1 + g % 12, 1 + g % 27).toString(Qt::ISODate) } });
        for (int s = 0; s < 3; ++s) {
            QMap<QString, QVariant> step { { u"text"_s, u"Step %1 of goal %2: %3"_s.arg(s + 1).arg(g + 1).arg(
                                                            s == 1 ? u"ring the secretary, ask about the Tuesday session and "
                                                                     "whether someone could meet him at the door"_s
                                                                   : u"talk it over with Bethan"_s) },
                                           { u"who"_s, s == 2 ? u"Rhodri with Llanfairpwllgwyngyll Men's Shed"_s : u"Rhodri"_s },
                                           { u"due_on"_s, QDate(2026, 1 + (g + s) % 12, 2 + g % 26).toString(Qt::ISODate) } };
            if (s == 0)
                step.insert(u"done_on"_s, QDate(2025, 1 + g % 12, 3 + g % 25).toString(Qt::ISODate));
            c.goals().addStep(goal, step);
        }
    }
    const QStringList names { u"Bethan Evans"_s, u"Rhys Pritchard"_s, u"Angharad Llewellyn-Jones"_s, u"Father Dominic"_s,
                              u"Gwilym ap Dafydd"_s, u"Siân Hughes-Roberts"_s, u"Dr Catrin Williams"_s,
                              u"Allotment society"_s, u"Mr Oluwaseun Adeyemi"_s, u"Tomos the postman"_s };
    for (int i = 0; i < names.size(); ++i)
        c.supporters().add({ {}, id, names.at(i), u"friend from the chapel"_s, 1 + i % 4, u"07700 9001%1"_s.arg(i, 2, 10, QChar(u'0')), {}, {} });
    const QStringList kinds { u"suggested"_s, u"introduced"_s, u"connected"_s, u"contributing"_s, u"ended"_s };
    for (int i = 0; i < 8; ++i) {
        ResourceRepository::Resource r;
        r.name = u"Cymdeithas Rhandiroedd Caerfyrddin %1"_s.arg(i + 1);
        const QString resource = c.resources().add(r);
        const QString status = kinds.at(i % kinds.size());
        c.connections().add({ {}, id, resource, status, QDate(2025, 1 + i, 10 + i).toString(Qt::ISODate),
                              status == u"ended"_s ? QDate(2026, 1 + i, 20).toString(Qt::ISODate) : QString(), {},
                              u"Brings cuttings and shows newcomers the ropes"_s, {}, {}, {} });
    }
    for (int i = 0; i < 12; ++i) {
        Note n;
        n.personId = id;
        n.occurredAt = QDateTime(QDate(2026, 1 + i % 11, 5), QTime(10, 0), Qt::UTC);
        n.kind = u"visit"_s;
        n.minutes = 50;
        n.text = u"Visit %1 at home. We talked through the allotment plan, the bus times and who he could ring if the "
                 "week gets on top of him; he wants Bethan there next time."_s.arg(i + 1);
        c.notes().add(n);
    }
    return id;
}

QString squeezed(QString text)
{
    text.remove(QChar::ObjectReplacementCharacter); // the circle diagram
    text.replace(QChar::Nbsp, u' ').replace(QChar::ParagraphSeparator, u' ').replace(QChar::LineSeparator, u' ');
    return text.simplified();
}

// Each body row of each table (header and caption rows left out), its cells' text in
// reading order, as the page should show it in one piece.
QStringList tableRows(QTextDocument& doc)
{
    QStringList rows;
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
            QStringList cells;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue;
                QTextCursor cursor(&doc);
                cursor.setPosition(cell.firstPosition());
                cursor.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
                const QString text = squeezed(cursor.selectedText());
                if (!text.isEmpty())
                    cells.append(text);
            }
            if (!cells.isEmpty())
                rows.append(cells.join(u' '));
        }
    }
    return rows;
}

// The words of a text, each whole; a line may end after a hyphen ("Llewellyn-" then
// "Jones"), so a hyphenated word counts as its parts.
QSet<QString> wordsOf(const QString& text)
{
    QSet<QString> words;
    static const QRegularExpression edges(u"^[\\p{P}\\p{S}]+|[\\p{Ps}\\p{Pe}\\p{Po}\\p{S}]+$"_s);
    static const QRegularExpression afterHyphen(u"(?<=-)"_s);
    for (const QString& token : squeezed(text).split(u' ', Qt::SkipEmptyParts)) {
        for (QString w : token.split(afterHyphen, Qt::SkipEmptyParts)) {
            w.remove(edges);
            if (!w.isEmpty())
                words.insert(w);
        }
    }
    return words;
}
} // namespace

class TestPrintPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }
    void cleanup() { Translations::install(*QCoreApplication::instance(), u"en"_s); }

    void pagesKeepRowsAndWordsWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("large");
        QTest::addColumn<int>("document");
        for (const auto& [document, name] : { std::pair { PrintOptions::Document::Plan, "plan" },
                                              std::pair { PrintOptions::Document::Summary, "summary" } }) {
            for (const char* language : { "en", "cy" }) {
                for (bool large : { false, true })
                    QTest::addRow("%s, %s, %s", name, language, large ? "large print" : "ordinary")
                        << QString::fromLatin1(language) << large << int(document);
            }
        }
    }

    void pagesKeepRowsAndWordsWhole()
    {
        QFETCH(QString, language);
        QFETCH(bool, large);
        QFETCH(int, document);
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = makeRhodri(*t);
        Translations::install(*QCoreApplication::instance(), language);
        PrintOptions options;
        options.document = PrintOptions::Document(document);
        options.largePrint = large;
        options.printedOn = printedOn;
        auto printed = Printing::build(*t, id, options);
        QVERIFY(printed);
        PagePrinter pages(*printed, printedOn, PagePrinter::defaultLayout(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        const QStringList rows = tableRows(*printed->document);
        QVERIFY2(rows.size() >= 100, qPrintable(QString::number(rows.size())));
        // A word longer than its column widens the column; no table runs off the page.
        QStringList overflowing;
        for (QTextFrame* frame : printed->document->rootFrame()->childFrames()) {
            const QRectF r = printed->document->documentLayout()->frameBoundingRect(frame);
            if (r.right() > printed->document->pageSize().width() + 0.5)
                overflowing.append(u"%1 (%2 pt)"_s.arg(QTextCursor(frame->firstCursorPosition()).block().text()).arg(r.right() - printed->document->pageSize().width(), 0, 'f', 1));
        }
        QVERIFY2(overflowing.isEmpty(), qPrintable(u"wider than the page: "_s + overflowing.join(u", "_s)));
        const QSet<QString> words = wordsOf(printed->document->toPlainText());
        // No paragraph leaves a single line at a page's foot or carries one over.
        QTextDocument& doc = *printed->document;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const QTextLayout* lines = b.layout();
            if (doc.frameAt(b.position()) != doc.rootFrame() || !lines || lines->lineCount() < 2)
                continue;
            const double top = doc.documentLayout()->blockBoundingRect(b).top();
            const double page = doc.pageSize().height();
            const int first = int((top + lines->lineAt(0).rect().top()) / page);
            int before = 0;
            for (int i = 0; i < lines->lineCount(); ++i)
                before += int((top + lines->lineAt(i).rect().bottom() - 0.5) / page) == first ? 1 : 0;
            const int after = lines->lineCount() - before;
            QVERIFY2(after == 0 || (before >= 2 && after >= 2),
                     qPrintable(u"%1 + %2 lines: %3"_s.arg(before).arg(after).arg(b.text().left(80))));
        }

        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"rhodri.pdf"_s);
        if (qEnvironmentVariableIsSet("PRINT_PAGES_KEEP"))
            QFile::remove(qEnvironmentVariable("PRINT_PAGES_KEEP") + u"/%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY2(pages.writePdf(pdf, u"Rhodri Evans"_s), qPrintable(pages.error()));
        if (qEnvironmentVariableIsSet("PRINT_PAGES_KEEP"))
            QFile::copy(pdf, qEnvironmentVariable("PRINT_PAGES_KEEP") + u"/%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        const int n = test::pdfPages(pdf);
        QCOMPARE(n, pages.pageCount());
        QVERIFY(n >= 4);

        QStringList pageText;
        QSet<QString> printedWords;
        for (int i = 1; i <= n; ++i) {
            const QString raw = test::pdfText(pdf, i, u"-raw"_s);
            pageText.append(squeezed(QString(raw).replace(u"-\n"_s, u"-"_s))); // a line may end after a hyphen
            printedWords.unite(wordsOf(raw));
            // Every page carries more than a trailing line: leave out the header (name,
            // what it is) and footer (printed date, page number) and count what is left.
            QStringList body = raw.split(u'\n', Qt::SkipEmptyParts);
            body.removeIf([&](const QString& line) {
                const QString s = line.simplified();
                return s.isEmpty() || s.contains(printed->personName) || s == printed->headerNote.simplified()
                    || s.contains(u"%1 %2"_s.arg(i).arg(n));
            });
            QVERIFY2(body.size() >= 3, qPrintable(u"page %1 of %2 holds only: %3"_s.arg(i).arg(n).arg(body.join(u" | "_s))));
        }
        // No word broken across lines: every word written is printed whole.
        QStringList broken;
        for (const QString& w : words) {
            if (!printedWords.contains(w))
                broken.append(w);
        }
        QVERIFY2(broken.isEmpty(), qPrintable(u"not printed whole: "_s + broken.join(u", "_s)));
        // No row split across pages: each row's cells, in order, all on one page.
        for (const QString& row : rows) {
            const auto on = std::count_if(pageText.begin(), pageText.end(), [&](const QString& p) { return p.contains(row); });
            QVERIFY2(on >= 1, qPrintable(u"split across pages: "_s + row));
        }
    }

    // Paragraphs that fill a page and one line more: the last page takes the paragraph
    // before that line too, rather than hold it alone.
    void aLastLineNeverStandsAlone()
    {
        const QPageLayout layout = PagePrinter::defaultLayout(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const auto build = [](int paragraphs) {
            PrintedDocument printed { std::make_unique<QTextDocument>(), u"Rhodri Evans"_s, false, u"My plan"_s };
            DocumentWriter out(*printed.document, 11);
            for (int i = 0; i < paragraphs; ++i)
                out.paragraph(u"Line %1 of a plan that runs a little long."_s.arg(i + 1));
            return printed;
        };
        // How many fill exactly one page.
        int onePage = 1;
        for (;; ++onePage) {
            PrintedDocument printed = build(onePage + 1);
            PagePrinter pages(printed, printedOn, layout);
            if (pages.pageCount() > 1)
                break;
        }
        PrintedDocument printed = build(onePage + 1);
        PagePrinter pages(printed, printedOn, layout);
        QCOMPARE(pages.pageCount(), 2);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"long.pdf"_s);
        QVERIFY(pages.writePdf(pdf, u"Rhodri Evans"_s));
        const QString last = test::pdfText(pdf, 2, u"-raw"_s);
        QVERIFY2(last.count(u"of a plan that runs"_s) >= 2, qPrintable(last));
        QVERIFY(last.contains(u"Line %1 of"_s.arg(onePage + 1)));
    }
};

QTEST_MAIN(TestPrintPages)
#include "tst_printpages.moc"
