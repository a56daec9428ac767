// SPDX-License-Identifier: GPL-3.0-or-later
#include "BankHolidays.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <QHash>
#include <QLocale>
#include <QMutex>

#include <algorithm>

using namespace Qt::StringLiterals;
namespace bg = boost::gregorian;

namespace alongside {

namespace {
using Nation = Calendar::Nation;

// A holiday before it is put into words: its title as GOV.UK writes it (which is also
// the source text of its translation) and GOV.UK's notes ("Substitute day").
struct Entry
{
    QDate date;
    QString title;
    QString notes;
    bool estimated = false;
};

const QString substituteDay = u"Substitute day"_s;

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

void addFixed(int year, const QList<Fixed>& days, QList<Entry>& out)
{
    const auto dateOf = [year](const Fixed& f) {
        return bg::date(static_cast<unsigned short>(year), static_cast<unsigned short>(f.month),
                        static_cast<unsigned short>(f.day));
    };
    QList<bg::date> taken;
    for (const Fixed& f : days) {
        if (!isWeekend(dateOf(f))) {
            taken.append(dateOf(f));
            out.append({ Calendar::fromBoost(dateOf(f)), QString::fromUtf8(f.name), {}, true });
        }
    }
    for (const Fixed& f : days) {
        bg::date d = dateOf(f);
        if (!isWeekend(d))
            continue;
        while (isWeekend(d) || taken.contains(d))
            d += bg::days(1);
        taken.append(d);
        out.append({ Calendar::fromBoost(d), QString::fromUtf8(f.name), substituteDay, true });
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

// Proclaimed for one year only: moved holidays and extra ones, each for the nations it
// was proclaimed in. The official list has them for the years it covers; this table
// keeps the estimate right for years it may not (an imported list that starts later).
enum NationMask { EnglandAndWales = 1, Scotland = 2, NorthernIreland = 4, Everywhere = 7 };

struct OneOff
{
    int year;
    int month;
    int day;
    const char* name;
    const char* replaces; // the usual holiday it moves, or nullptr for an extra day
    int nations;
};

const QList<OneOff>& oneOffs()
{
    static const QList<OneOff> table {
        { 2020, 5, 8, QT_TRANSLATE_NOOP("BankHolidays", "Early May bank holiday (VE day)"), "early-may", Everywhere },
        { 2022, 6, 2, QT_TRANSLATE_NOOP("BankHolidays", "Spring bank holiday"), "spring", Everywhere },
        { 2022, 6, 3, QT_TRANSLATE_NOOP("BankHolidays", "Platinum Jubilee bank holiday"), nullptr, Everywhere },
        { 2022, 9, 19, QT_TRANSLATE_NOOP("BankHolidays", "Bank Holiday for the State Funeral of Queen Elizabeth II"),
          nullptr, Everywhere },
        { 2023, 5, 8, QT_TRANSLATE_NOOP("BankHolidays", "Bank holiday for the coronation of King Charles III"), nullptr,
          Everywhere },
        { 2026, 6, 15, QT_TRANSLATE_NOOP("BankHolidays", "World Cup bank holiday"), nullptr, Scotland },
    };
    return table;
}

bool appliesTo(const OneOff& o, int year, Nation nation)
{
    return o.year == year && (o.nations & (1 << int(nation))) != 0;
}

// The titles are GOV.UK's, so a year estimated reads as a year listed.
QList<Entry> compute(int year, Nation nation, BankHolidays::Rules rules)
{
    QList<Entry> out;
    const bool oneOffsToo = rules == BankHolidays::Rules::WithOneOffs;
    const auto add = [&](const char* key, QDate usual, const char* name) {
        for (const OneOff& o : oneOffs()) {
            if (oneOffsToo && appliesTo(o, year, nation) && o.replaces && qstrcmp(o.replaces, key) == 0) {
                out.append({ QDate(o.year, o.month, o.day), QString::fromUtf8(o.name), {}, true });
                return;
            }
        }
        out.append({ usual, QString::fromUtf8(name), {}, true });
    };

    if (nation == Nation::Scotland) {
        addFixed(year, { { 1, 1, QT_TRANSLATE_NOOP("BankHolidays", "New Year’s Day") },
                         { 1, 2, QT_TRANSLATE_NOOP("BankHolidays", "2nd January") } },
                 out);
    } else {
        addFixed(year, { { 1, 1, QT_TRANSLATE_NOOP("BankHolidays", "New Year’s Day") } }, out);
    }
    if (nation == Nation::NorthernIreland)
        addFixed(year, { { 3, 17, QT_TRANSLATE_NOOP("BankHolidays", "St Patrick’s Day") } }, out);
    const QDate easter = BankHolidays::easterSunday(year);
    out.append({ easter.addDays(-2), QString::fromUtf8(QT_TRANSLATE_NOOP("BankHolidays", "Good Friday")), {}, true });
    if (nation != Nation::Scotland)
        out.append({ easter.addDays(1), QString::fromUtf8(QT_TRANSLATE_NOOP("BankHolidays", "Easter Monday")), {}, true });
    add("early-may", firstMonday(year, bg::May), QT_TRANSLATE_NOOP("BankHolidays", "Early May bank holiday"));
    add("spring", lastMonday(year, bg::May), QT_TRANSLATE_NOOP("BankHolidays", "Spring bank holiday"));
    if (nation == Nation::NorthernIreland)
        addFixed(year, { { 7, 12, QT_TRANSLATE_NOOP("BankHolidays", "Battle of the Boyne (Orangemen’s Day)") } }, out);
    add("summer", nation == Nation::Scotland ? firstMonday(year, bg::Aug) : lastMonday(year, bg::Aug),
        QT_TRANSLATE_NOOP("BankHolidays", "Summer bank holiday"));
    if (nation == Nation::Scotland)
        addFixed(year, { { 11, 30, QT_TRANSLATE_NOOP("BankHolidays", "St Andrew’s Day") } }, out);
    addFixed(year, { { 12, 25, QT_TRANSLATE_NOOP("BankHolidays", "Christmas Day") },
                     { 12, 26, QT_TRANSLATE_NOOP("BankHolidays", "Boxing Day") } },
             out);
    for (const OneOff& o : oneOffs()) {
        if (oneOffsToo && appliesTo(o, year, nation) && !o.replaces)
            out.append({ QDate(o.year, o.month, o.day), QString::fromUtf8(o.name), {}, true });
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.date < b.date; });
    return out;
}

bool inRange(int year)
{
    return year >= Calendar::firstHolidayYear && year <= Calendar::lastHolidayYear;
}

BankHolidays::Holiday holidayOf(const Entry& e)
{
    QString name = QCoreApplication::translate("BankHolidays", e.title.toUtf8().constData());
    if (e.notes.compare(substituteDay, Qt::CaseInsensitive) == 0)
        name = BankHolidays::tr("%1 (substitute day)").arg(name);
    else if (!e.notes.isEmpty())
        name = BankHolidays::tr("%1 (%2)", "a bank holiday and GOV.UK's note on it").arg(name, e.notes);
    return { e.date, name, e.estimated };
}
} // namespace

struct BankHolidays::Data
{
    BankHolidayList list;
    // Years already worked out, by year and nation: working-day counts ask about the
    // same few years again and again.
    QMutex mutex;
    QHash<int, QList<Entry>> years;

    QList<Entry> entries(int year, Nation nation)
    {
        const int key = year * 4 + int(nation);
        QMutexLocker lock(&mutex);
        auto it = years.constFind(key);
        if (it != years.constEnd())
            return *it;
        QList<Entry> found;
        if (list.covers(year, nation)) {
            for (const BankHolidayList::Event& e : list.events(year, nation))
                found.append({ e.date, e.title, e.notes, false });
        } else {
            found = compute(year, nation, Rules::WithOneOffs);
        }
        years.insert(key, found);
        return found;
    }
};

BankHolidays::BankHolidays()
    : BankHolidays(BankHolidayList::builtIn())
{
}

BankHolidays::BankHolidays(BankHolidayList list)
    : m_data(std::make_shared<Data>())
{
    m_data->list = std::move(list);
}

const BankHolidays& BankHolidays::builtIn()
{
    static const BankHolidays holidays;
    return holidays;
}

const BankHolidayList& BankHolidays::list() const
{
    return m_data->list;
}

std::optional<QList<BankHolidays::Holiday>> BankHolidays::holidays(int year, Nation nation) const
{
    if (!inRange(year))
        return std::nullopt;
    QList<Holiday> out;
    for (const Entry& e : m_data->entries(year, nation))
        out.append(holidayOf(e));
    return out;
}

std::optional<bool> BankHolidays::isEstimated(int year, Nation nation) const
{
    if (!inRange(year))
        return std::nullopt;
    return !m_data->list.covers(year, nation);
}

std::optional<BankHolidays::Day> BankHolidays::day(QDate date, Nation nation) const
{
    if (!Calendar::inHolidayRange(date))
        return std::nullopt;
    Day day { date, date.dayOfWeek() >= 6, std::nullopt };
    for (const Entry& e : m_data->entries(date.year(), nation)) {
        if (e.date == date) {
            day.holiday = holidayOf(e);
            break;
        }
    }
    return day;
}

QString BankHolidays::note(const Day& day)
{
    if (day.holiday) {
        return day.holiday->estimated ? tr("Bank holiday: %1 (estimated)").arg(day.holiday->name)
                                      : tr("Bank holiday: %1").arg(day.holiday->name);
    }
    return day.weekend ? QLocale().dayName(day.date.dayOfWeek()) : QString();
}

QString BankHolidays::marker(const Day& day)
{
    if (day.holiday)
        return day.holiday->estimated ? tr("bank holiday (estimated)") : tr("bank holiday");
    return day.weekend ? QLocale().dayName(day.date.dayOfWeek()) : QString();
}

std::optional<QList<BankHolidays::Holiday>> BankHolidays::computed(int year, Nation nation, Rules rules)
{
    if (!inRange(year))
        return std::nullopt;
    QList<Holiday> out;
    for (const Entry& e : compute(year, nation, rules))
        out.append(holidayOf(e));
    return out;
}

QList<BankHolidays::Holiday> BankHolidays::forYear(int year, Nation nation)
{
    return builtIn().holidays(year, nation).value_or(QList<Holiday>());
}

bool BankHolidays::isHoliday(QDate date, Nation nation)
{
    const std::optional<Day> day = builtIn().day(date, nation);
    return day && day->holiday;
}

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

} // namespace alongside
