// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StatementCache.h"

#include "Version.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace alongside {

class Database;

// The stored versions of shared rows (schema 7: `version`, keyed by the row's integer key
// and the field, with a `version_site` code) and the conflicting values kept beside them:
// read and written for the change writer and the merge, with statements prepared once per
// table.
class VersionStore
{
public:
    // database is borrowed and must outlive the store.
    explicit VersionStore(Database& database);

    // The field's own version, else the version of the row's creation; a null dot when
    // the row is not here.
    FieldVersion current(const QString& table, const QString& id, const QString& field);
    QList<FieldVersion> conflictsOf(const QString& table, const QString& id, const QString& field);
    // Stores a field's version (field '*' for the row's creation) of a row that exists,
    // replacing the one before, numbered `seq` in this laptop's sequence.
    bool write(const QString& table, const QString& id, const QString& field, const Dot& dot, const Seen& seen,
               qint64 seq);
    // Call when an outermost write transaction begins: what an undone one added is gone.
    void forgetSites() { m_knownSites.clear(); }
    QString error() const { return m_error; }

private:
    QSqlQuery& prepared(const QString& sql);

    Database& m_database;
    QString m_error;
    StatementCache m_statements; // prepared once, reused
    QHash<QString, QSqlQuery*> m_read;  // by table
    QHash<QString, QSqlQuery*> m_write; // by table
    QSet<QString> m_knownSites;         // in version_site, as far as this transaction knows
};

} // namespace alongside
