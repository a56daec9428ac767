// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Calendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace alongside {

// The official list of UK bank holidays, in GOV.UK's bank-holidays.json format
// (www.gov.uk/bank-holidays.json, Open Government Licence v3.0): one list of events per
// division (England and Wales, Scotland, Northern Ireland). The copy built into the
// application is resources/holidays/bank-holidays.json; a coordinator can import a
// newer one. A year is covered for a nation when the list has any event in it.
class BankHolidayList
{
    Q_DECLARE_TR_FUNCTIONS(BankHolidayList)

public:
    using Nation = Calendar::Nation;

    struct Event
    {
        QDate date;
        QString title; // as published: "Boxing Day"
        QString notes; // as published: "Substitute day", or empty
        bool operator==(const Event&) const = default;
    };

    // GOV.UK's files are some 20 KB; anything far larger is not one.
    static constexpr qint64 largestFile = 1024 * 1024;

    // Reads a copy strictly: JSON with all three divisions, each with at least one event,
    // every event a real YYYY-MM-DD date in firstHolidayYear–lastHolidayYear and a title.
    // Events are put in date order; an event listed twice is kept once, but one date
    // with two different titles in a division is refused. On refusal, std::nullopt and
    // *error (when given) says what is wrong and what to do, in one sentence.
    static std::optional<BankHolidayList> parse(const QByteArray& json, QString* error = nullptr);
    // The copy built in; empty only if the build lost it.
    static const BankHolidayList& builtIn();

    // GOV.UK's name for a nation's division, and the nation a name stands for.
    static QString divisionKey(Nation nation);
    static std::optional<Nation> nationOf(const QString& divisionKey);
    // The nation's name as the coordinator reads it: "England and Wales".
    static QString nationName(Nation nation);
    static constexpr std::array<Nation, 3> nations { Nation::EnglandAndWales, Nation::Scotland,
                                                    Nation::NorthernIreland };

    bool isEmpty() const;
    bool covers(int year, Nation nation) const { return m_events[index(nation)].contains(year); }
    QList<Event> events(int year, Nation nation) const { return m_events[index(nation)].value(year); }
    // The years the list covers for any nation: first and last (0 when empty).
    int firstYear() const;
    int lastYear() const;
    // The text the list was read from, to keep an imported copy as it came.
    QByteArray json() const { return m_json; }

private:
    static int index(Nation nation) { return int(nation); }

    std::array<QMap<int, QList<Event>>, 3> m_events; // by nation, then year
    QByteArray m_json;
};

} // namespace alongside
