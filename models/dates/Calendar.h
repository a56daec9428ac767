// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace boost::gregorian {
class date;
}

namespace alongside {

class BankHolidays;

// Calendar arithmetic QDate does not give, on boost::gregorian (DESIGN §8): months with
// a stated end-of-month rule, age, working days and UK financial quarters.
class Calendar
{
    Q_DECLARE_TR_FUNCTIONS(Calendar)

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

    // Bank holidays and working days are known for these years only: boost::gregorian
    // throws outside 1400–9999, and no caseload's dates lie outside these.
    static constexpr int firstHolidayYear = 1900;
    static constexpr int lastHolidayYear = 2200;
    static bool inHolidayRange(QDate date);
    // Why a date cannot be asked about (invalid, or outside the years above), as one
    // sentence; empty when it can.
    static QString rangeError(QDate date);

    // Working days after `from`, up to and including `to`: Monday to Friday, less the
    // nation's bank holidays. Friday to the next Monday is 1; the same day is 0; a `to`
    // before `from` gives a negative count. Counted a year at a time, so a span of
    // centuries costs no more than a few hundred years' lists. std::nullopt when either
    // date is invalid or out of range (rangeError says which).
    static std::optional<int> countWorkingDays(QDate from, QDate to, Nation nation, const BankHolidays& holidays);
    // Whether `date` is a working day; std::nullopt when it cannot be said.
    static std::optional<bool> workingDay(QDate date, Nation nation, const BankHolidays& holidays);
    // `date` itself when it is a working day, else the first working day after it;
    // std::nullopt when that cannot be said.
    static std::optional<QDate> nextWorkingDay(QDate date, Nation nation, const BankHolidays& holidays);
    // The next review as nextReview counts it, moved on to the next working day when it
    // falls on a weekend or bank holiday (left where it is when that cannot be said).
    static QDate nextReviewOnWorkingDay(QDate last, int everyMonths, Nation nation, const BankHolidays& holidays);

    // The same against the built-in list, for callers with no choice of list: 0 and false
    // where the checked forms above give std::nullopt.
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
