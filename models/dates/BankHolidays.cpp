#include "BankHolidays.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <QHash>
#include <QMutex>

#include <algorithm>

using namespace Qt::StringLiterals;
namespace bg = boost::gregorian;

namespace alongside {

namespace {
using Nation = Calendar::Nation;

bool isWeekend(const bg::date& d)
{
    const int weekday = d.day_of_week().as_number();
    return weekday == 0 || weekday == 6;
}

// A holiday on a fixed date: when it falls at a weekend, the next weekday that is not
// already a holiday takes its place (so Christmas on a Saturday moves to Monday and
// Boxing Day to Tuesday; on a Sunday, Boxing Day keeps Monday and Christmas takes Tuesday).
struct Fixed
{
    int month;
    int day;
    const char* name;
};

void addFixed(int year, const QList<Fixed>& days, QList<BankHolidays::Holiday>& out)
{
    QList<bg::date> taken;
    for (const Fixed& f : days) {
        const bg::date d = bg::partial_date(static_cast<unsigned short>(f.day), static_cast<unsigned short>(f.month))
                               .get_date(static_cast<unsigned short>(year));
        if (!isWeekend(d)) {
            taken.append(d);
            out.append({ Calendar::fromBoost(d), BankHolidays::tr(f.name) });
        }
    }
    for (const Fixed& f : days) {
        bg::date d = bg::partial_date(static_cast<unsigned short>(f.day), static_cast<unsigned short>(f.month))
                         .get_date(static_cast<unsigned short>(year));
        if (!isWeekend(d))
            continue;
        while (isWeekend(d) || taken.contains(d))
            d += bg::days(1);
        taken.append(d);
        out.append({ Calendar::fromBoost(d), BankHolidays::tr("%1 (substitute day)").arg(BankHolidays::tr(f.name)) });
    }
}

QDate firstMonday(int year, bg::months_of_year month)
{
    using first = bg::nth_day_of_the_week_in_month;
    return Calendar::fromBoost(first(first::first, bg::Monday, month).get_date(static_cast<unsigned short>(year)));
}

QDate lastMonday(int year, bg::months_of_year month)
{
    return Calendar::fromBoost(bg::last_day_of_the_week_in_month(bg::Monday, month).get_date(static_cast<unsigned short>(year)));
}

// Proclaimed for one year only: moved holidays and extra ones, the same in every nation.
struct OneOff
{
    int year;
    int month;
    int day;
    const char* name;
    const char* replaces; // the usual holiday it moves, or nullptr for an extra day
};

const QList<OneOff>& oneOffs()
{
    static const QList<OneOff> table {
        { 2020, 5, 8, QT_TRANSLATE_NOOP("BankHolidays", "Early May bank holiday (VE day)"), "early-may" },
        { 2022, 6, 2, QT_TRANSLATE_NOOP("BankHolidays", "Spring bank holiday"), "spring" },
        { 2022, 6, 3, QT_TRANSLATE_NOOP("BankHolidays", "Platinum Jubilee bank holiday"), nullptr },
        { 2022, 9, 19, QT_TRANSLATE_NOOP("BankHolidays", "Bank holiday for the State Funeral of Queen Elizabeth II"), nullptr },
        { 2023, 5, 8, QT_TRANSLATE_NOOP("BankHolidays", "Bank holiday for the coronation of King Charles III"), nullptr },
    };
    return table;
}

QList<BankHolidays::Holiday> compute(int year, Nation nation)
{
    QList<BankHolidays::Holiday> out;
    auto moved = [&](const char* key) -> const OneOff* {
        for (const OneOff& o : oneOffs()) {
            if (o.year == year && o.replaces && qstrcmp(o.replaces, key) == 0)
                return &o;
        }
        return nullptr;
    };
    auto add = [&](const char* key, QDate usual, const char* name) {
        if (const OneOff* o = moved(key))
            out.append({ QDate(o->year, o->month, o->day), BankHolidays::tr(o->name) });
        else
            out.append({ usual, BankHolidays::tr(name) });
    };

    if (nation == Nation::Scotland) {
        addFixed(year, { { 1, 1, QT_TRANSLATE_NOOP("BankHolidays", "New Year's Day") },
                         { 1, 2, QT_TRANSLATE_NOOP("BankHolidays", "2 January") } },
                 out);
    } else {
        addFixed(year, { { 1, 1, QT_TRANSLATE_NOOP("BankHolidays", "New Year's Day") } }, out);
    }
    if (nation == Nation::NorthernIreland)
        addFixed(year, { { 3, 17, QT_TRANSLATE_NOOP("BankHolidays", "St Patrick's Day") } }, out);
    const QDate easter = BankHolidays::easterSunday(year);
    out.append({ easter.addDays(-2), BankHolidays::tr("Good Friday") });
    if (nation != Nation::Scotland)
        out.append({ easter.addDays(1), BankHolidays::tr("Easter Monday") });
    add("early-may", firstMonday(year, bg::May), QT_TRANSLATE_NOOP("BankHolidays", "Early May bank holiday"));
    add("spring", lastMonday(year, bg::May), QT_TRANSLATE_NOOP("BankHolidays", "Spring bank holiday"));
    if (nation == Nation::NorthernIreland)
        addFixed(year, { { 7, 12, QT_TRANSLATE_NOOP("BankHolidays", "Battle of the Boyne (Orangemen's Day)") } }, out);
    if (nation == Nation::Scotland)
        out.append({ firstMonday(year, bg::Aug), BankHolidays::tr("Summer bank holiday") });
    else
        out.append({ lastMonday(year, bg::Aug), BankHolidays::tr("Summer bank holiday") });
    if (nation == Nation::Scotland)
        addFixed(year, { { 11, 30, QT_TRANSLATE_NOOP("BankHolidays", "St Andrew's Day") } }, out);
    addFixed(year, { { 12, 25, QT_TRANSLATE_NOOP("BankHolidays", "Christmas Day") },
                     { 12, 26, QT_TRANSLATE_NOOP("BankHolidays", "Boxing Day") } },
             out);
    for (const OneOff& o : oneOffs()) {
        if (o.year == year && !o.replaces)
            out.append({ QDate(o.year, o.month, o.day), BankHolidays::tr(o.name) });
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    return out;
}
} // namespace

QDate BankHolidays::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus, Jones and Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<BankHolidays::Holiday> BankHolidays::forYear(int year, Calendar::Nation nation)
{
    if (year < 1400 || year > 9998)
        return {};
    return compute(year, nation);
}

bool BankHolidays::isHoliday(QDate date, Calendar::Nation nation)
{
    // Working-day counts ask about the same few years again and again.
    static QMutex mutex;
    static QHash<int, QList<QDate>> cache;
    if (!date.isValid())
        return false;
    const int key = date.year() * 4 + int(nation);
    QMutexLocker lock(&mutex);
    auto it = cache.find(key);
    if (it == cache.end()) {
        QList<QDate> dates;
        for (const Holiday& h : forYear(date.year(), nation))
            dates.append(h.date);
        it = cache.insert(key, dates);
    }
    return it->contains(date);
}

} // namespace alongside
