// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BankHolidayList.h"
#include "Calendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace alongside {

// UK bank holidays for each nation: from the official list (BankHolidayList) for the
// years it covers, and estimated from the standing rules for other years: date
// generators (first and last Mondays), an Easter computation, fixed days with their
// substitute days, and a table of days proclaimed for one year, each for the nations it
// was proclaimed in. Every answer says which it is. Years outside
// Calendar::firstHolidayYear–lastHolidayYear, and invalid dates, get std::nullopt.
// Cheap to copy: copies share the list and what has been worked out from it.
class BankHolidays
{
    Q_DECLARE_TR_FUNCTIONS(BankHolidays)

public:
    using Nation = Calendar::Nation;

    struct Holiday
    {
        QDate date;
        QString name; // "Boxing Day (substitute day)", in the language on screen where known
        bool estimated = false; // from the standing rules, not from the official list
        bool operator==(const Holiday&) const = default;
    };

    // One day, as far as work is concerned.
    struct Day
    {
        QDate date;
        bool weekend = false;
        std::optional<Holiday> holiday;
        bool isWorkingDay() const { return !weekend && !holiday; }
    };

    enum class Rules { Standing, WithOneOffs };

    // The built-in list.
    BankHolidays();
    explicit BankHolidays(BankHolidayList list);
    static const BankHolidays& builtIn();

    const BankHolidayList& list() const;

    // A year's bank holidays in date order.
    std::optional<QList<Holiday>> holidays(int year, Nation nation) const;
    // Whether a year's bank holidays are estimated, the official list not covering it.
    std::optional<bool> isEstimated(int year, Nation nation) const;
    std::optional<Day> day(QDate date, Nation nation) const;
    // What to flag about a day that is not a working day: "Bank holiday: Christmas Day",
    // "Bank holiday: Christmas Day (estimated)" or "Saturday"; empty for a working day.
    static QString note(const Day& day);
    // The same in a word or two, to follow a date in a list: "bank holiday", "bank
    // holiday (estimated)" or "Saturday"; empty for a working day.
    static QString marker(const Day& day);

    // The rule engine alone, every holiday estimated: the standing rules, or with the
    // days proclaimed for one year.
    static std::optional<QList<Holiday>> computed(int year, Nation nation, Rules rules = Rules::WithOneOffs);

    // Against the built-in list, for callers with no choice of list: an empty list and
    // false where the forms above give std::nullopt.
    static QList<Holiday> forYear(int year, Nation nation);
    static bool isHoliday(QDate date, Nation nation);
    // Easter Sunday in the Gregorian calendar.
    static QDate easterSunday(int year);

private:
    struct Data;
    std::shared_ptr<Data> m_data;
};

} // namespace alongside
