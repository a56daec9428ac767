// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncLines.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace alongside {

class ChangeWriter;

// Checks each line of a sync file against this laptop's records just before it is
// merged: an id names one kind of record everywhere (a purge or a version of a note must
// name a note, not a person's id), and a row's parent (a note's person, a step's goal)
// is of the parent's kind, here and within the file. Lines already merged are known
// from the database; a parent named before its own line is remembered until then. One
// line that does not fit refuses the whole file (the caller rolls back).
class LineCheck
{
    Q_DECLARE_TR_FUNCTIONS(LineCheck)

public:
    // writer is borrowed (for its prepared statements) and must outlive the check.
    explicit LineCheck(ChangeWriter& writer);

    // In a large merge (remember: DerivedTables::worthPausing), every id this laptop
    // holds is read once into memory, hashed with its table; a line's id is then looked
    // up there, and the database is asked only to confirm a match (a hash is not an id).
    bool begin(bool remember);
    bool check(const SyncLine& line);
    // Whether the last line checked named an id held nowhere here (not even erased or
    // waiting): then it is a new row, without asking the database. Only known when
    // remembering; false otherwise.
    bool isNew() const { return m_new; }
    // One sentence naming the line and what does not fit.
    QString problem() const { return m_problem; }

private:
    // The table a row id belongs to on this laptop (merged lines included), or that a
    // line named it as a parent of; empty when unknown.
    QString tableOf(const QString& rowId);
    QString confirmedTableOf(const QString& rowId, qint8 table);
    bool claim(const QString& table, const QString& rowId, int line);
    bool checkParent(const QString& table, const QString& column, const QVariant& value, int line);
    bool refuse(int line, const QString& rowTable, const QString& foundTable);

    ChangeWriter& m_writer;
    QHash<QString, QString> m_parents; // unknown parent id → the table lines say it is of
    QSqlQuery* m_tableOf = nullptr;    // owned by the writer
    QHash<qint8, QSqlQuery*> m_inTable; // whether an id is in a table, by its index; owned by the writer
    bool m_remember = false;
    QHash<size_t, qint8> m_known; // when remembering: each id's hash → its table's index in Tables::shared()
    bool m_new = false;
    QString m_problem;
};

} // namespace alongside
