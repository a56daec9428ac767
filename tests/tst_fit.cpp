// Every page, tab and dialog fits a council laptop's screen, in English and in Welsh:
// 1366×768 and 1280×720 at scale factors 1, 1.25 and 1.5 (one run per screen, set by
// ALONGSIDE_FIT_SCREEN, e.g. "1366x768@1.25", which this program turns into an
// offscreen screen of that size and QT_SCALE_FACTOR before Qt starts). Each window's
// smallest size must leave room for a desktop panel and its title bar, and at the size
// it opens no text of a label, button, tab, list header or choice is cut short.

#include "FitSupport.h"
#include "TourSupport.h"

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
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Welsh") << u"cy"_s;
    }

    void everythingFits()
    {
        QFETCH(QString, language);
        Translations::install(*QCoreApplication::instance(), language);
        const auto restore = qScopeGuard([] { Translations::install(*QCoreApplication::instance(), u"en"_s); });
        test::TestCaseload t;
        QVERIFY(t.open());
        test::FitChecker fit;
        QStringList seen;
        QVERIFY(test::tour(t, [&](QWidget* window, const QString& what, test::Shown shown) {
            seen.append(what);
            fit.visit(window, what, shown);
        }));
        QVERIFY2(seen.size() >= 30, qPrintable(seen.join(u", "_s)));
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
