// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Migrations.h"
#include "Transaction.h"
#include "schema/DerivedTables.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

// Bringing an opened file up to date: its schema, and a bulk load left unfinished.

bool Database::migrate()
{
    const Migrations migrations(m_options.migrationsDir);
    const int from = schemaVersion();
    const int to = migrations.latestVersion();
    if (from >= to)
        return true;
    if (from > 0) {
        m_backupPath = u"%1.before-v%2-%3.backup"_s.arg(
            m_path, QString::number(to), QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s));
        QString why;
        if (!backupTo(m_backupPath, &why))
            return fail(tr("Could not back up the database before updating it (%1). Nothing was changed; free some "
                           "disk space and try again.")
                            .arg(why));
        // Only the two newest backups are kept: each is a whole copy of the caseload.
        for (const QString& old : backups().mid(2))
            QFile::remove(old);
    }
    for (const Migrations::Step& step : migrations.stepsAfter(from)) {
        QString why;
        const QString script = u"BEGIN IMMEDIATE;\n"_s + step.sql + u"\nPRAGMA user_version = %1;\nCOMMIT;"_s.arg(step.version);
        if (!executeScript(script, &why)) {
            executeScript(u"ROLLBACK"_s);
            return fail(tr("Could not update the database to schema %1 (%2). It was left as it was.")
                            .arg(step.version)
                            .arg(why));
        }
    }
    // A migration that rewrote tables leaves their old pages free inside the file: give
    // them back, so an updated caseload is as lean as a new one. Rows keep their keys
    // (every table that is read by rowid names it as its INTEGER PRIMARY KEY). VACUUM
    // builds the new file in memory (an encrypted caseload never writes plain temporary
    // files), so a very large one keeps its free pages instead, for the records to come.
    QSqlQuery q(connection());
    const qint64 free = q.exec(u"PRAGMA freelist_count"_s) && q.next() ? q.value(0).toLongLong() : 0;
    const qint64 pages = q.exec(u"PRAGMA page_count"_s) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    constexpr qint64 vacuumPagesAtMost = 512 * 256; // 512 MB of 4 KB pages left in use
    if (from > 0 && free > pages / 4 && pages - free <= vacuumPagesAtMost)
        executeScript(u"VACUUM"_s); // only space: the file is whole and current either way
    return true;
}

// A bulk load (the demo) pauses the list and search tables across its transactions and
// rebuilds them at the end; if it was stopped before that, they are rebuilt now, before
// anything reads them.
bool Database::finishPausedLoad()
{
    QSqlQuery q(connection());
    const bool paused = q.exec(u"SELECT EXISTS (SELECT 1 FROM derived_paused)"_s) && q.next() && q.value(0).toBool();
    q.finish();
    if (!paused)
        return true;
    QString why;
    Transaction tx(*this);
    if (!DerivedTables::rebuild(connection(), &why) || !tx.commit())
        return fail(tr("Could not finish bringing the people list and search up to date (%1).").arg(why.isEmpty() ? tx.error() : why));
    return true;
}

} // namespace alongside
