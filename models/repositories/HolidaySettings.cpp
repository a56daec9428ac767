// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolidaySettings.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
const QString nationKey = u"holidays.nation"_s;
const QString movesKey = u"holidays.moveReviews"_s;
const QString listKey = u"holidays.list"_s;
const QString importedOnKey = u"holidays.importedOn"_s;
} // namespace

HolidaySettings::HolidaySettings(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

QString HolidaySettings::setting(const QString& key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT value FROM setting WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void HolidaySettings::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    Choice choice;
    choice.nation = BankHolidayList::nationOf(setting(nationKey)).value_or(Nation::EnglandAndWales);
    choice.movesReviews = setting(movesKey) == u"1";
    const QString kept = setting(listKey);
    if (!kept.isEmpty()) {
        // A copy that no longer reads, or one the built-in list has overtaken since (a
        // newer Alongside), gives way to the built-in list.
        std::optional<BankHolidayList> list = BankHolidayList::parse(kept.toUtf8());
        if (list && list->lastYear() >= BankHolidayList::builtIn().lastYear()) {
            choice.imported = std::move(list);
            choice.importedOn = QDate::fromString(setting(importedOnKey), Qt::ISODate);
        }
    }
    m_choice = choice;
    m_holidays = m_choice.imported ? BankHolidays(*m_choice.imported) : BankHolidays::builtIn();
}

HolidaySettings::Choice HolidaySettings::choice() const
{
    load();
    return m_choice;
}

HolidaySettings::Nation HolidaySettings::nation() const
{
    load();
    return m_choice.nation;
}

bool HolidaySettings::movesReviews() const
{
    load();
    return m_choice.movesReviews;
}

const BankHolidays& HolidaySettings::holidays() const
{
    load();
    return m_holidays;
}

QDate HolidaySettings::importedOn() const
{
    load();
    return m_choice.imported ? m_choice.importedOn : QDate();
}

std::optional<BankHolidayList> HolidaySettings::readList(const QByteArray& json)
{
    m_error.clear();
    std::optional<BankHolidayList> list = BankHolidayList::parse(json, &m_error);
    if (!list)
        return std::nullopt;
    const int inUse = holidays().list().lastYear();
    if (list->lastYear() < inUse) {
        m_error = tr("This list runs to %1 and the one in use already runs to %2: download a fresh copy from "
                     "www.gov.uk/bank-holidays.json and import that.")
                      .arg(list->lastYear())
                      .arg(inUse);
        return std::nullopt;
    }
    return list;
}

bool HolidaySettings::save(const Choice& choice)
{
    m_error.clear();
    Transaction transaction(m_database);
    QSqlQuery set(m_database.connection());
    set.prepare(u"INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"_s);
    QSqlQuery drop(m_database.connection());
    drop.prepare(u"DELETE FROM setting WHERE key IN (?, ?)"_s);
    const auto put = [&](const QString& key, const QString& value) {
        set.addBindValue(key);
        set.addBindValue(value);
        return set.exec();
    };
    bool ok = transaction.isActive() && put(nationKey, BankHolidayList::divisionKey(choice.nation))
        && put(movesKey, choice.movesReviews ? u"1"_s : u"0"_s);
    if (ok && choice.imported) {
        ok = put(listKey, QString::fromUtf8(choice.imported->json()))
            && put(importedOnKey, choice.importedOn.toString(Qt::ISODate));
    } else if (ok) {
        drop.addBindValue(listKey);
        drop.addBindValue(importedOnKey);
        ok = drop.exec();
    }
    if (!ok || !transaction.commit()) {
        const QString why = !transaction.error().isEmpty() ? transaction.error()
            : set.lastError().isValid()                    ? m_database.describe(set.lastError())
                                                           : m_database.describe(drop.lastError());
        m_error = tr("The bank holiday settings were not saved: %1").arg(why);
        return false;
    }
    m_choice = choice;
    m_holidays = choice.imported ? BankHolidays(*choice.imported) : BankHolidays::builtIn();
    m_loaded = true;
    Q_EMIT changed();
    return true;
}

bool HolidaySettings::importList(const QByteArray& json, QDate today)
{
    std::optional<BankHolidayList> list = readList(json);
    if (!list)
        return false;
    Choice next = choice();
    next.imported = std::move(list);
    next.importedOn = today;
    return save(next);
}

QString HolidaySettings::dayNote(QDate date) const
{
    const std::optional<BankHolidays::Day> day = holidays().day(date, nation());
    return day ? BankHolidays::note(*day) : QString();
}

QString HolidaySettings::dateWithMarker(QDate date, const QString& shown) const
{
    const std::optional<BankHolidays::Day> known = day(date);
    const QString marker = known ? BankHolidays::marker(*known) : QString();
    return marker.isEmpty() ? shown : tr("%1, %2", "a date and what it falls on: 27/12/2025, Saturday").arg(shown, marker);
}

QDate HolidaySettings::reviewDay(QDate due) const
{
    if (!movesReviews() || !due.isValid())
        return due;
    return Calendar::nextWorkingDay(due, nation(), holidays()).value_or(due);
}

QDate HolidaySettings::nextReview(QDate last, int everyMonths) const
{
    return reviewDay(Calendar::nextReview(last, everyMonths));
}

} // namespace alongside
