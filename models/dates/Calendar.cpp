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

bool Calendar::isWorkingDay(QDate date, Nation nation)
{
    const bg::date d = toBoost(date);
    if (d.is_special())
        return false;
    const int weekday = d.day_of_week().as_number(); // 0 Sunday … 6 Saturday
    return weekday != 0 && weekday != 6 && !BankHolidays::isHoliday(date, nation);
}

int Calendar::workingDaysBetween(QDate from, QDate to, Nation nation)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from, nation);
    int count = 0;
    for (bg::day_iterator it(toBoost(from) + bg::days(1)); *it <= toBoost(to); ++it) {
        if (isWorkingDay(fromBoost(*it), nation))
            ++count;
    }
    return count;
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
