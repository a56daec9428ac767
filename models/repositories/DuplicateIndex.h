// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DuplicateFinder.h"

#include <QHash>
#include <QList>

namespace alongside {

class Database;

// DuplicateFinder's rules over many people at once (an import): everyone on the laptop
// is read once and indexed by folded name, date of birth, postcode and phone, so each
// row is compared only with the people it shares one of those with. A similar name
// counts only with a shared date of birth, postcode or phone, so no match is missed.
class DuplicateIndex
{
public:
    // Reads every person on the laptop, archived ones too. False when it cannot.
    bool load(Database& database);
    // Adds someone to compare later rows with (a row of the file being imported).
    void add(const DuplicateFinder::Folded& person, int fileRow = 0);
    // Who `person` may be, likely ones first.
    QList<DuplicateFinder::Match> find(const DuplicateFinder::Folded& person) const;
    int size() const { return int(m_people.size()); }

private:
    QList<DuplicateFinder::Folded> m_people;
    QList<int> m_rows; // per entry: its file row, or 0 for a person on the laptop
    QHash<QString, QList<int>> m_byName;
    QHash<QString, QList<int>> m_byBirth;
    QHash<QString, QList<int>> m_byPostcode;
    QHash<QString, QList<int>> m_byPhone;
};

} // namespace alongside
