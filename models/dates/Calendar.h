#pragma once

#include <QDate>
#include <QString>

namespace boost::gregorian {
class date;
}

namespace alongside {

// Calendar arithmetic QDate does not give, on boost::gregorian (DESIGN §8): months with
// a stated end-of-month rule, age, working days and UK financial quarters.
class Calendar
{
public:
    // The one conversion pair. An invalid QDate becomes boost's not_a_date_time and back.
    static boost::gregorian::date toBoost(QDate date);
    static QDate fromBoost(const boost::gregorian::date& date);

    // The same day of the month, `months` later (or earlier); a day the target month does
    // not have becomes its last day: 31 January + 1 month is 28 or 29 February, and
    // 29 February + 12 months is 28 February. A date on the 30th stays on the 30th even
    // after a short month (unlike boost's own month iterator, which snaps to month ends).
    static QDate addMonths(QDate date, int months);
    // When a review falls due: `everyMonths` after the last one (or the introduction).
    static QDate nextReview(QDate last, int everyMonths);

    // Whole years on `on`; someone born on 29 February has a birthday on 28 February in
    // other years.
    static int ageOn(QDate born, QDate on);

    enum class Nation { EnglandAndWales, Scotland, NorthernIreland };
    // Working days after `from`, up to and including `to`: Monday to Friday, less the
    // nation's bank holidays. Friday to the next Monday is 1; the same day is 0; a `to`
    // before `from` gives a negative count.
    static int workingDaysBetween(QDate from, QDate to, Nation nation = Nation::EnglandAndWales);
    static bool isWorkingDay(QDate date, Nation nation = Nation::EnglandAndWales);

    // UK financial quarters: Q1 April–June, Q2 July–September, Q3 October–December,
    // Q4 January–March; the year is named by its start, "2025–26".
    struct Quarter
    {
        int startYear = 0; // of the financial year
        int number = 0;    // 1 to 4
        QDate first;
        QDate last;
        QString label() const; // "Q3 2025–26"
    };
    static Quarter financialQuarter(QDate date);
};

} // namespace alongside
