#pragma once

#include "SyncLines.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace alongside {

class ChangeWriter;

// Checks every line of a decoded sync file against this laptop's records before any is
// merged: an id names one kind of record everywhere (a purge or a version of a note must
// name a note, not a person's id), and a row's parent (a note's person, a step's goal)
// is of the parent's kind, here and within the file. One line that does not fit refuses
// the whole file.
class LineCheck
{
    Q_DECLARE_TR_FUNCTIONS(LineCheck)

public:
    // writer is borrowed (for its prepared statements) and must outlive the check.
    explicit LineCheck(ChangeWriter& writer);

    bool check(const SyncContents& contents);
    // One sentence naming the line and what does not fit.
    QString problem() const { return m_problem; }

private:
    // The table a row id belongs to, in the file or on this laptop; empty when unknown.
    QString tableOf(const QString& rowId);
    bool claim(const QString& table, const QString& rowId, int line);
    bool checkParent(const QString& table, const QString& column, const QVariant& value, int line);
    bool refuse(int line, const QString& rowTable, const QString& foundTable);

    ChangeWriter& m_writer;
    QHash<QString, QString> m_tables; // row id → table, from the file and the lookups
    QString m_problem;
};

} // namespace alongside
