// SPDX-License-Identifier: GPL-3.0-or-later
#include "BankHolidayList.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
// Every refusal ends the same way: what to do about it.
bool refuse(QString* error, const QString& problem)
{
    if (error)
        *error = BankHolidayList::tr("%1: download a fresh copy from www.gov.uk/bank-holidays.json and import that.")
                     .arg(problem);
    return false;
}

// One division's events, checked and in date order, into `out` by year.
bool readDivision(const QJsonObject& root, BankHolidayList::Nation nation, QMap<int, QList<BankHolidayList::Event>>& out,
                  QString* error)
{
    const QString key = BankHolidayList::divisionKey(nation);
    const QString name = BankHolidayList::nationName(nation);
    const QJsonValue division = root.value(key);
    if (division.isUndefined() || division.isNull())
        return refuse(error, BankHolidayList::tr("This list has no bank holidays for %1").arg(name));
    const QJsonValue events = division.toObject().value(u"events"_s);
    const QJsonValue named = division.toObject().value(u"division"_s);
    if (!division.isObject() || !events.isArray() || (!named.isUndefined() && named.toString() != key))
        return refuse(error, BankHolidayList::tr("This list's entries for %1 are damaged").arg(name));
    if (events.toArray().isEmpty())
        return refuse(error, BankHolidayList::tr("This list has no bank holidays for %1").arg(name));

    static const QRegularExpression isoDay(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    QList<BankHolidayList::Event> list;
    for (const QJsonValue& value : events.toArray()) {
        const QJsonObject event = value.toObject();
        const QJsonValue date = event.value(u"date"_s);
        const QJsonValue title = event.value(u"title"_s);
        const QJsonValue notes = event.value(u"notes"_s);
        if (!value.isObject() || !date.isString() || !(title.isString() || title.isUndefined() || title.isNull())
            || !(notes.isString() || notes.isUndefined() || notes.isNull()))
            return refuse(error, BankHolidayList::tr("This list's entries for %1 are damaged").arg(name));
        const QString iso = date.toString();
        const QDate day = isoDay.match(iso).hasMatch() ? QDate::fromString(iso, Qt::ISODate) : QDate();
        if (!day.isValid())
            return refuse(error, BankHolidayList::tr("This list has “%1” for %2, which is not a real date").arg(iso, name));
        if (day.year() < Calendar::firstHolidayYear || day.year() > Calendar::lastHolidayYear)
            return refuse(error, BankHolidayList::tr("This list has a bank holiday in %1 for %2, outside the years %3 to %4")
                                     .arg(QString::number(day.year()), name, QString::number(Calendar::firstHolidayYear),
                                          QString::number(Calendar::lastHolidayYear)));
        const QString text = title.toString().trimmed();
        if (text.isEmpty())
            return refuse(error, BankHolidayList::tr("This list has a bank holiday on %1 for %2 with no name").arg(iso, name));
        list.append({ day, text, notes.toString().trimmed() });
    }
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0 && list.at(i).date == list.at(i - 1).date) {
            if (list.at(i).title != list.at(i - 1).title)
                return refuse(error, BankHolidayList::tr("This list gives %1 two different names for %2")
                                         .arg(list.at(i).date.toString(Qt::ISODate), name));
            continue; // the same holiday twice: once is enough
        }
        out[list.at(i).date.year()].append(list.at(i));
    }
    return true;
}
} // namespace

std::optional<BankHolidayList> BankHolidayList::parse(const QByteArray& json, QString* error)
{
    if (json.size() > largestFile) {
        refuse(error, tr("This file is too large to be GOV.UK's list of bank holidays"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        refuse(error, tr("This file is not GOV.UK's list of bank holidays"));
        return std::nullopt;
    }
    BankHolidayList list;
    for (Nation nation : nations) {
        if (!readDivision(document.object(), nation, list.m_events[index(nation)], error))
            return std::nullopt;
    }
    list.m_json = json;
    return list;
}

const BankHolidayList& BankHolidayList::builtIn()
{
    // Read once: the resource never changes while the application runs.
    static const BankHolidayList list = [] {
        QFile file(u":/holidays/bank-holidays.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return BankHolidayList();
        return parse(file.readAll()).value_or(BankHolidayList());
    }();
    return list;
}

QString BankHolidayList::divisionKey(Nation nation)
{
    switch (nation) {
    case Nation::Scotland:
        return u"scotland"_s;
    case Nation::NorthernIreland:
        return u"northern-ireland"_s;
    case Nation::EnglandAndWales:
        break;
    }
    return u"england-and-wales"_s;
}

std::optional<BankHolidayList::Nation> BankHolidayList::nationOf(const QString& divisionKey)
{
    for (Nation nation : nations) {
        if (BankHolidayList::divisionKey(nation) == divisionKey)
            return nation;
    }
    return std::nullopt;
}

QString BankHolidayList::nationName(Nation nation)
{
    switch (nation) {
    case Nation::Scotland:
        return tr("Scotland");
    case Nation::NorthernIreland:
        return tr("Northern Ireland");
    case Nation::EnglandAndWales:
        break;
    }
    return tr("England and Wales");
}

bool BankHolidayList::isEmpty() const
{
    return std::all_of(m_events.begin(), m_events.end(), [](const auto& years) { return years.isEmpty(); });
}

int BankHolidayList::firstYear() const
{
    int first = 0;
    for (const auto& years : m_events) {
        if (!years.isEmpty() && (first == 0 || years.firstKey() < first))
            first = years.firstKey();
    }
    return first;
}

int BankHolidayList::lastYear() const
{
    int last = 0;
    for (const auto& years : m_events) {
        if (!years.isEmpty())
            last = std::max(last, years.lastKey());
    }
    return last;
}

} // namespace alongside
