// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <Qt>

namespace alongside {

// What the people list shows: search text, filters and order, all applied in SQL.
struct PeopleQuery
{
    enum class Archived { Hide, Only, Include };
    enum class Sort { Name, Stage, LastContact };

    QString search;
    QString stage;     // empty: any stage
    int level = 0;     // 0: any level
    QString coordinatorId; // empty: anyone's
    Archived archived = Archived::Hide;
    Sort sort = Sort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const PeopleQuery&) const = default;
};

// One row of the people list: just what the list shows.
struct PersonRow
{
    qint64 key = 0; // person_local.key: the person's integer key on this laptop
    QString id;
    QString givenName;
    QString familyName;
    QString preferredName;
    QString stage;
    int level = 0;
    QString postcode;
    QString ward;
    QString lastContactAt;
    QString archivedOn;
    bool keepsRecords = false; // consent to keep records holds (ConsentRepository::records)
};

} // namespace alongside
