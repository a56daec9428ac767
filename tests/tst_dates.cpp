// SPDX-License-Identifier: GPL-3.0-or-later
// The dates module: conversion, months with the end-of-month rule, age, UK bank
// holidays per nation by the rules, working days and reviews on them, dates out of
// range as errors, and financial quarters. GOV.UK's list itself: tst_holidaylist.

#include "TestSupport.h"
#include "dates/BankHolidays.h"
#include "dates/Calendar.h"
#include "dates/DateText.h"
#include "repositories/HolidaySettings.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <QElapsedTimer>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace alongside;
using Nation = Calendar::Nation;

Q_DECLARE_METATYPE(Nation)

namespace {
// Working days counted one day at a time, to check the arithmetic against.
int countByDay(QDate from, QDate to, Nation nation, const BankHolidays& holidays)
{
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        count += holidays.day(d, nation)->isWorkingDay() ? 1 : 0;
    return count;
}
} // namespace

class TestDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void conversionRoundTrips()
    {
        for (QDate d(1900, 1, 1); d < QDate(2100, 1, 1); d = d.addDays(37)) {
            const boost::gregorian::date b = Calendar::toBoost(d);
            QCOMPARE(int(b.year()), d.year());
            QCOMPARE(int(b.month()), d.month());
            QCOMPARE(int(b.day()), d.day());
            QCOMPARE(Calendar::fromBoost(b), d);
        }
        QVERIFY(Calendar::toBoost(QDate()).is_not_a_date());
        QVERIFY(!Calendar::fromBoost(boost::gregorian::date(boost::date_time::not_a_date_time)).isValid());
    }

    void timeSpentInWords_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("words");
        QTest::newRow("nothing recorded") << 0 << 40 << QString();
        QTest::newRow("one day") << 45 << 0 << u"45 min"_s;
        QTest::newRow("days") << 50 << 3 << u"50 min over 3 days"_s;
        QTest::newRow("an hour, rounded") << 89 << 20 << u"1 h over 2 weeks"_s;
        QTest::newRow("months") << 840 << 275 << u"14 h over 9 months"_s;
        QTest::newRow("years") << 6000 << 800 << u"100 h over 2 years"_s;
    }

    void timeSpentInWords()
    {
        QFETCH(int, minutes);
        QFETCH(int, days);
        QFETCH(QString, words);
        const QDate today(2026, 11, 27);
        QCOMPARE(DateText::timeSpent(minutes, today.addDays(-days), today), words);
    }

    void addMonths_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("ordinary") << QDate(2025, 11, 23) << 3 << QDate(2026, 2, 23);
        QTest::newRow("31 Jan to short Feb") << QDate(2025, 1, 31) << 1 << QDate(2025, 2, 28);
        QTest::newRow("31 Jan to leap Feb") << QDate(2024, 1, 31) << 1 << QDate(2024, 2, 29);
        QTest::newRow("29 Feb a year on") << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 28);
        QTest::newRow("30th stays the 30th") << QDate(2025, 4, 30) << 1 << QDate(2025, 5, 30);
        QTest::newRow("30 Nov + 3") << QDate(2025, 11, 30) << 3 << QDate(2026, 2, 28);
        QTest::newRow("across a year") << QDate(2025, 12, 15) << 1 << QDate(2026, 1, 15);
        QTest::newRow("backwards") << QDate(2025, 3, 31) << -1 << QDate(2025, 2, 28);
        QTest::newRow("backwards across a year") << QDate(2025, 1, 10) << -2 << QDate(2024, 11, 10);
        QTest::newRow("zero") << QDate(2025, 6, 1) << 0 << QDate(2025, 6, 1);
        QTest::newRow("no date") << QDate() << 3 << QDate();
    }

    void addMonths()
    {
        QFETCH(QDate, from);
        QFETCH(int, months);
        QFETCH(QDate, expected);
        QCOMPARE(Calendar::addMonths(from, months), expected);
    }

    void nextReview()
    {
        QCOMPARE(Calendar::nextReview(QDate(2025, 8, 31), 6), QDate(2026, 2, 28));
        QCOMPARE(Calendar::nextReview(QDate(2025, 8, 31), 3), QDate(2025, 11, 30));
        QCOMPARE(Calendar::nextReview(QDate(2025, 8, 31), 0), QDate()); // no regular review
    }

    void age()
    {
        QCOMPARE(Calendar::ageOn(QDate(1985, 11, 23), QDate(2025, 11, 22)), 39);
        QCOMPARE(Calendar::ageOn(QDate(1985, 11, 23), QDate(2025, 11, 23)), 40);
        QCOMPARE(Calendar::ageOn(QDate(2000, 2, 29), QDate(2001, 2, 27)), 0);
        QCOMPARE(Calendar::ageOn(QDate(2000, 2, 29), QDate(2001, 2, 28)), 1);
        QCOMPARE(Calendar::ageOn(QDate(2000, 2, 29), QDate(2004, 2, 29)), 4);
        QCOMPARE(Calendar::ageOn(QDate(2025, 1, 1), QDate(2024, 1, 1)), -1);
    }

    void easter()
    {
        const QList<QDate> published { { 2020, 4, 12 }, { 2021, 4, 4 }, { 2022, 4, 17 }, { 2023, 4, 9 },
                                       { 2024, 3, 31 }, { 2025, 4, 20 }, { 2026, 4, 5 },  { 2027, 3, 28 },
                                       { 2028, 4, 16 }, { 2029, 4, 1 },  { 2030, 4, 21 } };
        for (const QDate& d : published)
            QCOMPARE(BankHolidays::easterSunday(d.year()), d);
    }

    void bankHolidays_data()
    {
        QTest::addColumn<Nation>("nation");
        QTest::addColumn<int>("year");
        QTest::addColumn<QList<QDate>>("expected");
        QFile file(QStringLiteral(ALONGSIDE_TEST_DATA "/uk-bank-holidays.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        int rows = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
            const Nation nation = parts.at(0) == u"scotland"       ? Nation::Scotland
                : parts.at(0) == u"northern-ireland"              ? Nation::NorthernIreland
                                                                   : Nation::EnglandAndWales;
            QList<QDate> dates;
            for (const QString& iso : parts.mid(2))
                dates.append(QDate::fromString(iso, Qt::ISODate));
            QTest::newRow(qPrintable(parts.at(0) + u' ' + parts.at(1))) << nation << parts.at(1).toInt() << dates;
            ++rows;
        }
        QCOMPARE(rows, 33); // three nations, 2020 to 2030
    }

    void bankHolidays()
    {
        QFETCH(Nation, nation);
        QFETCH(int, year);
        QFETCH(QList<QDate>, expected);
        QList<QDate> actual;
        for (const BankHolidays::Holiday& h : BankHolidays::forYear(year, nation))
            actual.append(h.date);
        QCOMPARE(actual, expected);
        for (const QDate& d : expected)
            QVERIFY(BankHolidays::isHoliday(d, nation));
    }

    void substituteDaysAreNamed()
    {
        const auto y2022 = BankHolidays::forYear(2022, Nation::EnglandAndWales);
        auto nameOn = [](const QList<BankHolidays::Holiday>& list, QDate d) {
            for (const auto& h : list) {
                if (h.date == d)
                    return h.name;
            }
            return QString();
        };
        // GOV.UK's titles and notes, for listed years and estimated ones alike.
        QCOMPARE(nameOn(y2022, QDate(2022, 1, 3)), u"New Year’s Day (substitute day)"_s);
        QCOMPARE(nameOn(y2022, QDate(2022, 12, 26)), u"Boxing Day"_s);
        QCOMPARE(nameOn(y2022, QDate(2022, 12, 27)), u"Christmas Day (substitute day)"_s);
        QCOMPARE(nameOn(y2022, QDate(2022, 6, 3)), u"Platinum Jubilee bank holiday"_s);
        QCOMPARE(nameOn(BankHolidays::forYear(2024, Nation::Scotland), QDate(2024, 12, 2)),
                 u"St Andrew’s Day (substitute day)"_s);
        QCOMPARE(nameOn(BankHolidays::forYear(2028, Nation::EnglandAndWales), QDate(2028, 1, 3)),
                 u"New Year’s Day (substitute day)"_s);
    }

    void outOfRangeDatesAreErrors_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("error");
        QTest::newRow("invalid") << QDate() << u"The date is not a real date."_s;
        QTest::newRow("1399") << QDate(1399, 6, 2) << u"Bank holidays and working days are known from 1900 to 2200 only, not in 1399."_s;
        QTest::newRow("1899") << QDate(1899, 12, 29) << u"Bank holidays and working days are known from 1900 to 2200 only, not in 1899."_s;
        QTest::newRow("2201") << QDate(2201, 1, 2) << u"Bank holidays and working days are known from 1900 to 2200 only, not in 2201."_s;
        QTest::newRow("10000") << QDate(10000, 1, 3) << u"Bank holidays and working days are known from 1900 to 2200 only, not in 10000."_s;
    }

    void outOfRangeDatesAreErrors()
    {
        QFETCH(QDate, date);
        QFETCH(QString, error);
        const BankHolidays& holidays = BankHolidays::builtIn();
        QCOMPARE(Calendar::rangeError(date), error);
        QVERIFY(!holidays.day(date, Nation::EnglandAndWales));
        QVERIFY(!Calendar::workingDay(date, Nation::Scotland, holidays));
        QVERIFY(!Calendar::nextWorkingDay(date, Nation::Scotland, holidays));
        QVERIFY(!Calendar::countWorkingDays(date, QDate(2025, 1, 1), Nation::EnglandAndWales, holidays));
        QVERIFY(!Calendar::countWorkingDays(QDate(2025, 1, 1), date, Nation::EnglandAndWales, holidays));
        if (date.isValid()) {
            QVERIFY(!holidays.holidays(date.year(), Nation::NorthernIreland));
            QVERIFY(!BankHolidays::computed(date.year(), Nation::NorthernIreland));
            QVERIFY(BankHolidays::forYear(date.year(), Nation::NorthernIreland).isEmpty());
        }
        // The forms without a choice of list answer as before: no holiday, no working day.
        QVERIFY(!BankHolidays::isHoliday(date, Nation::EnglandAndWales));
        QVERIFY(!Calendar::isWorkingDay(date));
        QCOMPARE(Calendar::workingDaysBetween(date, QDate(2025, 1, 1)), 0);
        QCOMPARE(Calendar::rangeError(QDate(2025, 1, 1)), QString());
    }

    void workingDaysOverALongSpan()
    {
        const BankHolidays& holidays = BankHolidays::builtIn();
        QElapsedTimer timer;
        timer.start();
        const std::optional<int> all
            = Calendar::countWorkingDays(QDate(1900, 1, 1), QDate(2200, 12, 31), Nation::EnglandAndWales, holidays);
        QVERIFY(all);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        int byYear = 0;
        for (int year = 1900; year <= 2200; ++year)
            byYear += *Calendar::countWorkingDays(QDate(year - 1, 12, 31).addDays(year == 1900 ? 1 : 0), QDate(year, 12, 31),
                                                  Nation::EnglandAndWales, holidays);
        QCOMPARE(*all, byYear);
        QCOMPARE(*Calendar::countWorkingDays(QDate(2200, 12, 31), QDate(1900, 1, 1), Nation::EnglandAndWales, holidays), -*all);
        // The arithmetic agrees with counting day by day, across listed and estimated years.
        for (const auto& [from, to] : { std::pair { QDate(2019, 12, 20), QDate(2031, 1, 6) },
                                        std::pair { QDate(2026, 6, 12), QDate(2026, 6, 19) },
                                        std::pair { QDate(2027, 12, 24), QDate(2028, 1, 4) } }) {
            for (Nation nation : BankHolidayList::nations)
                QCOMPARE(*Calendar::countWorkingDays(from, to, nation, holidays), countByDay(from, to, nation, holidays));
        }
    }

    void reviewsCanLandOnAWorkingDay()
    {
        const BankHolidays& holidays = BankHolidays::builtIn();
        // 25 December 2027 is a Saturday, and 27 and 28 December are its substitute days.
        QCOMPARE(Calendar::nextReview(QDate(2027, 6, 25), 6), QDate(2027, 12, 25));
        QCOMPARE(Calendar::nextReviewOnWorkingDay(QDate(2027, 6, 25), 6, Nation::EnglandAndWales, holidays),
                 QDate(2027, 12, 29));
        // Saturday 4 October 2025 moves to Monday; a working day stays.
        QCOMPARE(Calendar::nextReviewOnWorkingDay(QDate(2025, 7, 4), 3, Nation::EnglandAndWales, holidays),
                 QDate(2025, 10, 6));
        QCOMPARE(Calendar::nextReviewOnWorkingDay(QDate(2025, 7, 7), 3, Nation::EnglandAndWales, holidays),
                 QDate(2025, 10, 7));
        QCOMPARE(Calendar::nextReviewOnWorkingDay(QDate(2025, 7, 7), 0, Nation::EnglandAndWales, holidays), QDate());
        // Where it cannot be said (Saturday 4 April 2201), the date stays as counted.
        QCOMPARE(Calendar::nextReviewOnWorkingDay(QDate(2200, 10, 4), 6, Nation::EnglandAndWales, holidays),
                 QDate(2201, 4, 4));

        // Marking a review done schedules the next one there, when the laptop asks for it.
        test::TestCaseload t;
        QVERIFY(t.open());
        const auto scheduled = [&](const QString& name, QDate doneOn) {
            Person p = test::person(name, u"Hughes"_s);
            p.introducedOn = u"2025-01-06"_s;
            p.reviewEveryMonths = 6;
            const QString id = t->people().create(p);
            if (!t->reviews().markDone(t->reviews().dueFor(id), doneOn, {}))
                return QDate();
            return t->reviews().nextDue(id);
        };
        QCOMPARE(scheduled(u"Alys"_s, QDate(2027, 6, 25)), QDate(2027, 12, 25));
        HolidaySettings& settings = t->reviews().holidays();
        HolidaySettings::Choice choice = settings.choice();
        choice.movesReviews = true;
        QVERIFY(settings.save(choice));
        QCOMPARE(scheduled(u"Bryn"_s, QDate(2027, 6, 25)), QDate(2027, 12, 29));
        QCOMPARE(scheduled(u"Cai"_s, QDate(2025, 12, 15)), QDate(2026, 6, 15));
        choice.nation = Nation::Scotland; // where 15 June 2026 is a bank holiday
        QVERIFY(settings.save(choice));
        QCOMPARE(scheduled(u"Dilys"_s, QDate(2025, 12, 15)), QDate(2026, 6, 16));
        t.close();
        QVERIFY(t.open());
        QCOMPARE(t->reviews().holidays().nation(), Nation::Scotland);
        QVERIFY(t->reviews().holidays().movesReviews());
    }

    void workingDays()
    {
        // Christmas and New Year 2025: 22, 23, 24, 29, 30, 31 December and 2 January.
        QCOMPARE(Calendar::workingDaysBetween(QDate(2025, 12, 19), QDate(2026, 1, 2)), 7);
        // In Scotland 2 January is a holiday too.
        QCOMPARE(Calendar::workingDaysBetween(QDate(2025, 12, 19), QDate(2026, 1, 2), Nation::Scotland), 6);
        QCOMPARE(Calendar::workingDaysBetween(QDate(2025, 11, 21), QDate(2025, 11, 24)), 1); // Friday to Monday
        QCOMPARE(Calendar::workingDaysBetween(QDate(2025, 11, 21), QDate(2025, 11, 21)), 0);
        QCOMPARE(Calendar::workingDaysBetween(QDate(2025, 11, 24), QDate(2025, 11, 21)), -1);
        // A year has 252 to 254 working days in England and Wales.
        QCOMPARE(Calendar::workingDaysBetween(QDate(2024, 12, 31), QDate(2025, 12, 31)), 253);
        QVERIFY(!Calendar::isWorkingDay(QDate(2025, 8, 25)));
        QVERIFY(Calendar::isWorkingDay(QDate(2025, 8, 25), Nation::Scotland));
        QVERIFY(!Calendar::isWorkingDay(QDate(2025, 7, 14), Nation::NorthernIreland));
    }

    void financialQuarters_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("first day of the year") << QDate(2025, 4, 1) << u"Q1 2025–26"_s << QDate(2025, 4, 1) << QDate(2025, 6, 30);
        QTest::newRow("summer") << QDate(2025, 9, 30) << u"Q2 2025–26"_s << QDate(2025, 7, 1) << QDate(2025, 9, 30);
        QTest::newRow("autumn") << QDate(2025, 11, 23) << u"Q3 2025–26"_s << QDate(2025, 10, 1) << QDate(2025, 12, 31);
        QTest::newRow("January") << QDate(2026, 1, 1) << u"Q4 2025–26"_s << QDate(2026, 1, 1) << QDate(2026, 3, 31);
        QTest::newRow("last day of the year") << QDate(2026, 3, 31) << u"Q4 2025–26"_s << QDate(2026, 1, 1) << QDate(2026, 3, 31);
        QTest::newRow("century") << QDate(2100, 2, 1) << u"Q4 2099–00"_s << QDate(2100, 1, 1) << QDate(2100, 3, 31);
    }

    void financialQuarters()
    {
        QFETCH(QDate, date);
        QFETCH(QString, label);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const Calendar::Quarter q = Calendar::financialQuarter(date);
        QCOMPARE(q.label(), label);
        QCOMPARE(q.first, first);
        QCOMPARE(q.last, last);
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
