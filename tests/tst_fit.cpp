// SPDX-License-Identifier: GPL-3.0-or-later
// Every page, tab and dialog fits a council laptop's screen, in English and in Welsh:
// 1366×768 and 1280×720 at scale factors 1, 1.25 and 1.5 (one run per screen, set by
// ALONGSIDE_FIT_SCREEN, e.g. "1366x768@1.25", which this program turns into an
// offscreen screen of that size and QT_SCALE_FACTOR before Qt starts). Each window's
// smallest size must leave room for a desktop panel and its title bar, and at the size
// it opens no text of a label, button, tab, list header or choice is cut short.

#include "FitSupport.h"
#include "TourSupport.h"

#include "items/PeopleModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTextDocument>

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

class TestFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        test::quietenOffscreenWarnings();
        QVERIFY2(test::fitScreenIsSet(), "run with ALONGSIDE_FIT_SCREEN=<width>x<height>@<scale>");
    }
    void init() { QSettings().clear(); }

    void everythingFits_data()
    {
        test::languageRows();
    }

    void everythingFits()
    {
        QFETCH(QString, language);
        const test::InLanguage inLanguage(language);
        test::TestCaseload t;
        QVERIFY(t.open());
        test::FitChecker fit;
        QStringList seen;
        QVERIFY(test::tour(t, [&](QWidget* window, const QString& what, test::Shown shown) {
            seen.append(what);
            fit.visit(window, what, shown);
        }));
        QVERIFY2(seen.size() >= 30, qPrintable(seen.join(u", "_s)));
        // On the commonest laptop screen the person's header is the name over one line of facts, and the people
        // list shows each name with its last contact.
        const test::FitScreen screen = test::fitScreen();
        if (screen.width == 1366 && screen.scale == 1 && language == u"en") {
            MainWindow window(*t);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPerson(t->people().page({}, 0, 1).first().id);
            test::settle(&window);
            auto* header = window.findChild<QLabel*>(u"personHeader"_s);
            QTextDocument doc;
            doc.setDefaultFont(header->font());
            doc.setHtml(header->text());
            const qreal oneLine = doc.size().height(); // laid out without a width: one line
            const qreal needs = doc.idealWidth();
            doc.setTextWidth(header->contentsRect().width());
            QVERIFY2(doc.size().height() < oneLine * 1.3,
                     qPrintable(u"%1 px tall at %2 px wide (needs %5), one line is %3: %4"_s.arg(doc.size().height())
                                    .arg(header->contentsRect().width())
                                    .arg(oneLine)
                                    .arg(doc.toPlainText())
                                    .arg(needs)));
            auto* people = window.findChild<QTableView*>(u"peopleView"_s);
            QHeaderView* columns = people->horizontalHeader();
            for (const int column : { int(PeopleModel::NameColumn), int(PeopleModel::LastContactColumn) }) {
                QVERIFY2(columns->sectionViewportPosition(column) + columns->sectionSize(column) <= people->viewport()->width(),
                         qPrintable(u"column %1 is out of sight"_s.arg(column)));
            }
        }
        for (const QString& problem : fit.problems())
            qWarning().noquote() << problem;
        QVERIFY2(fit.problems().isEmpty(), qPrintable(u"%1 windows or texts do not fit (listed above)"_s.arg(fit.problems().size())));
    }
};

int main(int argc, char* argv[])
{
    test::setUpFitScreen();
    QApplication app(argc, argv);
    TestFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fit.moc"
