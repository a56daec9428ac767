// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicateIndex.h"

#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

bool DuplicateIndex::load(Database& database)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, given_name, family_name, preferred_name, date_of_birth, postcode, phone FROM person"_s))
        return false;
    while (q.next())
        add(DuplicateFinder::fold(DuplicateFinder::fromRow(q)));
    return true;
}

void DuplicateIndex::add(const DuplicateFinder::Folded& person, int fileRow)
{
    const int at = int(m_people.size());
    m_people.append(person);
    m_rows.append(fileRow);
    if (!person.name.isEmpty())
        m_byName[person.name].append(at);
    if (!person.preferred.isEmpty())
        m_byName[person.preferred].append(at);
    if (!person.dateOfBirth.isEmpty())
        m_byBirth[person.dateOfBirth].append(at);
    if (!person.postcode.isEmpty())
        m_byPostcode[person.postcode].append(at);
    if (!person.phone.isEmpty())
        m_byPhone[person.phone].append(at);
}

QList<DuplicateFinder::Match> DuplicateIndex::find(const DuplicateFinder::Folded& person) const
{
    QSet<int> candidates;
    auto gather = [&](const QHash<QString, QList<int>>& index, const QString& key) {
        if (key.isEmpty())
            return;
        for (const int i : index.value(key))
            candidates.insert(i);
    };
    gather(m_byName, person.name);
    gather(m_byName, person.preferred);
    gather(m_byBirth, person.dateOfBirth);
    gather(m_byPostcode, person.postcode);
    gather(m_byPhone, person.phone);
    QList<DuplicateFinder::Match> matches;
    for (const int i : std::as_const(candidates)) {
        if (auto m = DuplicateFinder::compare(person, m_people.at(i))) {
            m->fileRow = m_rows.at(i);
            matches.append(*m);
        }
    }
    DuplicateFinder::sort(matches);
    return matches;
}

} // namespace alongside
