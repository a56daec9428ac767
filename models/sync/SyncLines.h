// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versioning/Version.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace alongside {

// The first line of every sync file: who exported it, from which team, which changes.
struct Manifest
{
    int format = 1;
    int schema = 1;
    QString teamId;
    QString teamName;
    QString siteId;
    QString laptopName;
    QString coordinatorName;
    QString exportId;
    qint64 seqFrom = 0;
    qint64 seqTo = 0;
    bool full = false;
    QString createdAt;
    QMap<QString, qint64> clock; // site → latest hlc among the file's versions
    qint64 rowCount = 0;
    qint64 fieldCount = 0;
    qint64 purgeCount = 0;
};

// A new row: the version standing for all its fields (field "*"), with every value.
struct RowVersion
{
    QString table;
    QString rowId;
    QVariantMap values;
    Dot dot;
    int line = 0; // its line in the file
};

struct PurgeRecord
{
    QString table;
    QString rowId;
    Dot dot;
    int line = 0; // its line in the file
};

// One line after the manifest: a new row, an edit (or a kept conflict), or an erasure.
struct SyncLine
{
    enum class Kind { Row, Field, Purge };
    Kind kind = Kind::Row;
    RowVersion row;
    FieldVersion field;
    PurgeRecord purge;

    const Dot& dot() const;
};

// Column names and SQLite types of each shared table, read from the schema, so lines
// can be checked and their numbers given back their types.
class SharedColumns
{
public:
    enum class Type { Text, Integer, Real };
    bool load(const QSqlDatabase& db);
    bool hasTable(const QString& table) const { return m_types.contains(table); }
    bool hasColumn(const QString& table, const QString& column) const;
    Type type(const QString& table, const QString& column) const;
    // Columns a new row cannot be without (NOT NULL): every row line carries them.
    QStringList required(const QString& table) const { return m_required.value(table); }
    QStringList columns(const QString& table) const { return m_order.value(table); }

private:
    QHash<QString, QHash<QString, Type>> m_types;
    QHash<QString, QStringList> m_required;
    QHash<QString, QStringList> m_order;
};

// Encodes and decodes the JSON Lines inside a sync file (docs/sync-format.md).
class SyncLines
{
    Q_DECLARE_TR_FUNCTIONS(SyncLines)

public:
    static QByteArray encode(const Manifest& manifest);
    static QByteArray encode(const RowVersion& row);
    static QByteArray encode(const FieldVersion& field);
    static QByteArray encode(const PurgeRecord& purge);

    // Parses and validates one line after the manifest (line: its number in the file);
    // false with a reason (for the log, not the person) when it is not what this
    // version of Alongside writes.
    static bool decodeLine(const QByteArray& text, int line, const SharedColumns& columns, SyncLine& out,
                           QString* reason);
    // The manifest alone, from the first line.
    static bool decodeManifest(const QByteArray& line, Manifest& out);
};

} // namespace alongside
