// SPDX-License-Identifier: GPL-3.0-or-later
// The ONS personal wellbeing questions and their bands: the wording word for word, every
// score 0–10 in the band the ONS puts it, and a move between bands judged the right way
// round for anxiety.
#include "TestSupport.h"
#include "domain/Wellbeing.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace alongside;

class TestWellbeing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void theQuestionsAreTheOnsOwn()
    {
        QCOMPARE(Wellbeing::questions().size(), 4);
        QCOMPARE(Wellbeing::wording(Wellbeing::Question::Satisfied), u"Overall, how satisfied are you with your life nowadays?"_s);
        QCOMPARE(Wellbeing::wording(Wellbeing::Question::Worthwhile),
                 u"Overall, to what extent do you feel that the things you do in your life are worthwhile?"_s);
        QCOMPARE(Wellbeing::wording(Wellbeing::Question::Happy), u"Overall, how happy did you feel yesterday?"_s);
        QCOMPARE(Wellbeing::wording(Wellbeing::Question::Anxious), u"Overall, how anxious did you feel yesterday?"_s);
        QVERIFY(Wellbeing::lowerIsBetter(Wellbeing::Question::Anxious));
        QVERIFY(!Wellbeing::lowerIsBetter(Wellbeing::Question::Happy));
    }

    void everyScoreHasItsOnsBand()
    {
        const QString positive = u"low low low low low medium medium high high very_high very_high"_s;
        const QString anxiety = u"very_low very_low low low medium medium high high high high high"_s;
        for (const Wellbeing::Question q : Wellbeing::questions()) {
            const QStringList expected = (q == Wellbeing::Question::Anxious ? anxiety : positive).split(u' ');
            for (int score = 0; score <= 10; ++score) {
                QString name = Wellbeing::bandName(Wellbeing::band(q, score));
                QCOMPARE(name.replace(u' ', u'_'), expected.at(score));
            }
            // The ranges cover 0 to 10 once each, in order.
            int next = 0;
            for (const Wellbeing::Range& range : Wellbeing::ranges(q)) {
                QCOMPARE(range.from, next);
                next = range.to + 1;
            }
            QCOMPARE(next, 11);
        }
    }

    void aBandMoveIsJudgedForThePerson()
    {
        using Q = Wellbeing::Question;
        QCOMPARE(Wellbeing::bandMove(Q::Happy, 4, 7), 1);   // low to high: better
        QCOMPARE(Wellbeing::bandMove(Q::Happy, 8, 5), -1);  // high to medium: worse
        QCOMPARE(Wellbeing::bandMove(Q::Happy, 5, 6), 0);   // within medium
        QCOMPARE(Wellbeing::bandMove(Q::Anxious, 8, 3), 1); // high anxiety to low: better
        QCOMPARE(Wellbeing::bandMove(Q::Anxious, 1, 4), -1);
    }
};

QTEST_GUILESS_MAIN(TestWellbeing)
#include "tst_wellbeing.moc"
