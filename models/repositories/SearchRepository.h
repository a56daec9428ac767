// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace alongside {

class Database;

// A search of everything written about people: notes, goals, steps, profile items,
// supporters and connections. Every word typed must start a word in the text, accents
// and case aside ("cor" finds "Côr"). Removed rows are never found.
class SearchRepository
{
    Q_DECLARE_TR_FUNCTIONS(SearchRepository)

public:
    struct Hit
    {
        QString kind; // note, goal, step, profile_item, supporter, connection
        QString rowId;
        QString personId;
        QString personName;
        QString snippet; // the words around the match, the match in [brackets]
    };

    // database is borrowed and must outlive the repository.
    explicit SearchRepository(Database& database);

    // The best matches, grouped by person (people in order of their best match), at
    // most `limit` in all.
    QList<Hit> search(const QString& text, int limit = 200) const;
    // What a hit is, for a heading: "Note", "Goal"…
    static QString kindLabel(const QString& kind);

private:
    Database& m_database;
};

} // namespace alongside
