// SPDX-License-Identifier: GPL-3.0-or-later
#include "Calendar.h"

#include "BankHolidays.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
namespace bg = boost::gregorian;

namespace alongside {

bg::date Calendar::toBoost(QDate date)
{
    if (!date.isValid() || date.year() < 1400 || date.year() > 9999)
        return bg::date(boost::date_time::not_a_date_time);
    return bg::date(static_cast<unsigned short>(date.year()), static_cast<unsigned short>(date.month()),
                    static_cast<unsigned short>(date.day()));
}

QDate Calendar::fromBoost(const bg::date& date)
{
    if (date.is_special())
        return {};
    const bg::date::ymd_type ymd = date.year_month_day();
    return QDate(ymd.year, ymd.month, ymd.day);
}

QDate Calendar::addMonths(QDate date, int months)
{
    const bg::date d = toBoost(date);
    if (d.is_special())
        return {};
    const int index = int(d.year()) * 12 + int(d.month()) - 1 + months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    if (year < 1400 || year > 9999)
        return {};
    const int last = bg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                               static_cast<unsigned short>(month));
    return fromBoost(bg::date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                              static_cast<unsigned short>(std::min<int>(d.day(), last))));
}

QDate Calendar::nextReview(QDate last, int everyMonths)
{
    return everyMonths > 0 ? addMonths(last, everyMonths) : QDate();
}

int Calendar::ageOn(QDate born, QDate on)
{
    if (!born.isValid() || !on.isValid() || on < born)
        return -1;
    int age = on.year() - born.year();
    // This year's birthday, with 29 February kept on 28 February in other years.
    const QDate birthday = addMonths(born, age * 12);
    if (on < birthday)
        --age;
    return age;
}

bool Calendar::inHolidayRange(QDate date)
{
    return date.isValid() && date.year() >= firstHolidayYear && date.year() <= lastHolidayYear;
}

QString Calendar::rangeError(QDate date)
{
    if (!date.isValid())
        return tr("The date is not a real date.");
    if (!inHolidayRange(date))
        return tr("Bank holidays and working days are known from %1 to %2 only, not in %3.")
            .arg(firstHolidayYear)
            .arg(lastHolidayYear)
            .arg(date.year());
    return {};
}

namespace {
// Monday to Friday from `first` to `last`, both included, without visiting each day.
qint64 weekdays(QDate first, QDate last)
{
    const qint64 days = first.daysTo(last) + 1;
    qint64 count = days / 7 * 5;
    const int start = first.dayOfWeek(); // 1 Monday … 7 Sunday
    for (qint64 i = 0; i < days % 7; ++i) {
        if ((start - 1 + i) % 7 < 5)
            ++count;
    }
    return count;
}
} // namespace

std::optional<int> Calendar::countWorkingDays(QDate from, QDate to, Nation nation, const BankHolidays& holidays)
{
    if (!inHolidayRange(from) || !inHolidayRange(to))
        return std::nullopt;
    if (to < from) {
        const std::optional<int> back = countWorkingDays(to, from, nation, holidays);
        return back ? std::optional<int>(-*back) : std::nullopt;
    }
    qint64 count = 0;
    for (int year = from.year(); year <= to.year(); ++year) {
        const QDate first = year == from.year() ? from.addDays(1) : QDate(year, 1, 1);
        const QDate last = year == to.year() ? to : QDate(year, 12, 31);
        if (first > last)
            continue;
        count += weekdays(first, last);
        const std::optional<QList<BankHolidays::Holiday>> list = holidays.holidays(year, nation);
        if (!list)
            return std::nullopt;
        QList<QDate> counted;
        for (const BankHolidays::Holiday& h : *list) {
            if (h.date >= first && h.date <= last && h.date.dayOfWeek() <= 5 && !counted.contains(h.date)) {
                counted.append(h.date);
                --count;
            }
        }
    }
    return int(count);
}

std::optional<bool> Calendar::workingDay(QDate date, Nation nation, const BankHolidays& holidays)
{
    const std::optional<BankHolidays::Day> day = holidays.day(date, nation);
    return day ? std::optional<bool>(day->isWorkingDay()) : std::nullopt;
}

std::optional<QDate> Calendar::nextWorkingDay(QDate date, Nation nation, const BankHolidays& holidays)
{
    // Weekends and bank holidays never run to more than a few days together; an imported
    // list that makes a whole year holidays stops here rather than searching on.
    for (int step = 0; step <= 366; ++step) {
        const QDate candidate = date.addDays(step);
        const std::optional<bool> working = workingDay(candidate, nation, holidays);
        if (!working)
            return std::nullopt;
        if (*working)
            return candidate;
    }
    return std::nullopt;
}

QDate Calendar::nextReviewOnWorkingDay(QDate last, int everyMonths, Nation nation, const BankHolidays& holidays)
{
    const QDate due = nextReview(last, everyMonths);
    return due.isValid() ? nextWorkingDay(due, nation, holidays).value_or(due) : due;
}

bool Calendar::isWorkingDay(QDate date, Nation nation)
{
    return workingDay(date, nation, BankHolidays::builtIn()).value_or(false);
}

int Calendar::workingDaysBetween(QDate from, QDate to, Nation nation)
{
    return countWorkingDays(from, to, nation, BankHolidays::builtIn()).value_or(0);
}

Calendar::Quarter Calendar::financialQuarter(QDate date)
{
    Quarter q;
    if (!date.isValid())
        return q;
    q.startYear = date.month() >= 4 ? date.year() : date.year() - 1;
    q.number = ((date.month() + 8) % 12) / 3 + 1; // April → 1, July → 2, October → 3, January → 4
    q.first = addMonths(QDate(q.startYear, 4, 1), (q.number - 1) * 3);
    q.last = addMonths(q.first, 3).addDays(-1);
    return q;
}

QString Calendar::Quarter::label() const
{
    return u"Q%1 %2–%3"_s.arg(number).arg(startYear).arg((startYear + 1) % 100, 2, 10, QChar(u'0'));
}

} // namespace alongside
