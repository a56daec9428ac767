// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncLines.h"

#include "schema/SyncSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
QJsonValue toJson(const QVariant& v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

// Back from JSON to the column's type; false for an object, array or boolean.
bool fromJson(const QJsonValue& j, SharedColumns::Type type, QVariant& out)
{
    if (j.isNull()) {
        out = QVariant();
        return true;
    }
    if (j.isString()) {
        out = j.toString();
        return true;
    }
    if (!j.isDouble())
        return false;
    if (type == SharedColumns::Type::Integer) {
        const double d = j.toDouble();
        if (d != double(qint64(d)))
            return false;
        out = qint64(d);
    } else if (type == SharedColumns::Type::Real) {
        out = j.toDouble();
    } else {
        out = QString::number(j.toDouble(), 'g', 17);
    }
    return true;
}

bool isSite(const QString& s)
{
    static const QRegularExpression re(u"^[0-9a-f]{32}$"_s);
    return re.match(s).hasMatch();
}

bool isRowId(const QString& s)
{
    static const QRegularExpression re(u"^[0-9A-Za-z-]{1,64}$"_s);
    return re.match(s).hasMatch();
}

bool readHlc(const QJsonValue& j, qint64& out)
{
    bool ok = false;
    out = j.toString().toLongLong(&ok);
    return ok && out > 0;
}

bool readDot(const QJsonObject& o, Dot& dot)
{
    dot.site = o.value("s"_L1).toString();
    return readHlc(o.value("h"_L1), dot.hlc) && isSite(dot.site);
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

bool SharedColumns::load(const QSqlDatabase& db)
{
    for (const QString& table : SyncSchema::sharedTables()) {
        QSqlQuery q(db);
        // key is this laptop's own number for the row, never sent.
        if (!q.exec(u"SELECT name, upper(type), \"notnull\" FROM pragma_table_info('%1') WHERE name <> 'key'"_s.arg(table)))
            return false;
        while (q.next()) {
            const QString name = q.value(0).toString();
            const QString type = q.value(1).toString();
            m_types[table].insert(name, type == u"INTEGER" ? Type::Integer : type == u"REAL" ? Type::Real : Type::Text);
            m_order[table].append(name);
            if (q.value(2).toBool() && name != u"id")
                m_required[table].append(name);
        }
    }
    return !m_types.isEmpty();
}

bool SharedColumns::hasColumn(const QString& table, const QString& column) const
{
    return column != u"id" && m_types.value(table).contains(column);
}

SharedColumns::Type SharedColumns::type(const QString& table, const QString& column) const
{
    return m_types.value(table).value(column, Type::Text);
}

QByteArray SyncLines::encode(const Manifest& m)
{
    QJsonObject clock;
    for (auto it = m.clock.cbegin(); it != m.clock.cend(); ++it)
        clock.insert(it.key(), QString::number(it.value()));
    return compact({ { "kind"_L1, "manifest"_L1 },
                     { "format"_L1, m.format },
                     { "schema"_L1, m.schema },
                     { "team"_L1, m.teamId },
                     { "team_name"_L1, m.teamName },
                     { "site"_L1, m.siteId },
                     { "laptop"_L1, m.laptopName },
                     { "coordinator"_L1, m.coordinatorName },
                     { "export"_L1, m.exportId },
                     { "seq_from"_L1, m.seqFrom },
                     { "seq_to"_L1, m.seqTo },
                     { "full"_L1, m.full },
                     { "created_at"_L1, m.createdAt },
                     { "counts"_L1,
                       QJsonObject { { "rows"_L1, m.rowCount }, { "fields"_L1, m.fieldCount },
                                     { "purges"_L1, m.purgeCount } } },
                     { "clock"_L1, clock } });
}

QByteArray SyncLines::encode(const RowVersion& row)
{
    QJsonObject values;
    for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
        values.insert(it.key(), toJson(it.value()));
    return compact({ { "t"_L1, row.table }, { "r"_L1, row.rowId }, { "f"_L1, "*"_L1 }, { "v"_L1, values },
                     { "h"_L1, QString::number(row.dot.hlc) }, { "s"_L1, row.dot.site } });
}

QByteArray SyncLines::encode(const FieldVersion& field)
{
    QJsonObject o { { "t"_L1, field.table }, { "r"_L1, field.rowId }, { "f"_L1, field.field },
                    { "v"_L1, toJson(field.value) }, { "h"_L1, QString::number(field.dot.hlc) },
                    { "s"_L1, field.dot.site } };
    if (!field.seen.isEmpty())
        o.insert("c"_L1, field.seen.toString());
    return compact(o);
}

QByteArray SyncLines::encode(const PurgeRecord& purge)
{
    return compact({ { "purge"_L1, purge.table }, { "r"_L1, purge.rowId },
                     { "h"_L1, QString::number(purge.dot.hlc) }, { "s"_L1, purge.dot.site } });
}

bool SyncLines::decodeManifest(const QByteArray& line, Manifest& m)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (o.value("kind"_L1).toString() != u"manifest")
        return false;
    m.format = o.value("format"_L1).toInt();
    m.schema = o.value("schema"_L1).toInt();
    m.teamId = o.value("team"_L1).toString();
    m.teamName = o.value("team_name"_L1).toString();
    m.siteId = o.value("site"_L1).toString();
    m.laptopName = o.value("laptop"_L1).toString();
    m.coordinatorName = o.value("coordinator"_L1).toString();
    m.exportId = o.value("export"_L1).toString();
    m.seqFrom = o.value("seq_from"_L1).toInteger();
    m.seqTo = o.value("seq_to"_L1).toInteger();
    m.full = o.value("full"_L1).toBool();
    m.createdAt = o.value("created_at"_L1).toString();
    const QJsonObject counts = o.value("counts"_L1).toObject();
    m.rowCount = counts.value("rows"_L1).toInteger(-1);
    m.fieldCount = counts.value("fields"_L1).toInteger(-1);
    m.purgeCount = counts.value("purges"_L1).toInteger(-1);
    const QJsonObject clock = o.value("clock"_L1).toObject();
    for (auto it = clock.constBegin(); it != clock.constEnd(); ++it) {
        qint64 hlc = 0;
        if (!isSite(it.key()) || !readHlc(it.value(), hlc))
            return false;
        m.clock.insert(it.key(), hlc);
    }
    return m.format >= 1 && m.schema >= 1 && isSite(m.siteId) && !m.exportId.isEmpty() && m.seqFrom >= 0
        && m.seqTo >= m.seqFrom && m.rowCount >= 0 && m.fieldCount >= 0 && m.purgeCount >= 0;
}

bool SyncLines::decodeLine(const QByteArray& text, int line, const SharedColumns& columns, SyncLine& out,
                           QString* reason)
{
    auto bad = [&](const char* what) {
        if (reason)
            *reason = u"line %1: %2"_s.arg(line).arg(QLatin1String(what));
        return false;
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad("not a JSON object");
    const QJsonObject o = doc.object();
    Dot dot;
    if (!readDot(o, dot))
        return bad("bad version");
    const QString rowId = o.value("r"_L1).toString();
    if (!isRowId(rowId))
        return bad("bad row id");
    if (o.contains("purge"_L1)) {
        const QString table = o.value("purge"_L1).toString();
        if (!columns.hasTable(table))
            return bad("unknown table");
        out.kind = SyncLine::Kind::Purge;
        out.purge = { table, rowId, dot, line };
        return true;
    }
    const QString table = o.value("t"_L1).toString();
    const QString field = o.value("f"_L1).toString();
    if (!columns.hasTable(table))
        return bad("unknown table");
    if (field == QLatin1String(SyncSchema::rowField)) {
        const QJsonObject values = o.value("v"_L1).toObject();
        RowVersion row { table, rowId, {}, dot, line };
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            QVariant v;
            if (!columns.hasColumn(table, it.key()) || !fromJson(it.value(), columns.type(table, it.key()), v))
                return bad("bad value");
            row.values.insert(it.key(), v);
        }
        for (const QString& name : columns.required(table)) {
            if (row.values.value(name).isNull())
                return bad("missing a required value");
        }
        out.kind = SyncLine::Kind::Row;
        out.row = std::move(row);
        return true;
    }
    if (!columns.hasColumn(table, field))
        return bad("unknown field");
    FieldVersion version { table, rowId, field, {}, dot, {}, line };
    if (!fromJson(o.value("v"_L1), columns.type(table, field), version.value))
        return bad("bad value");
    const QString seen = o.value("c"_L1).toString();
    if (!Seen::isWellFormed(seen))
        return bad("bad context");
    version.seen = Seen::parse(seen);
    out.kind = SyncLine::Kind::Field;
    out.field = std::move(version);
    return true;
}

const Dot& SyncLine::dot() const
{
    switch (kind) {
    case Kind::Row:
        return row.dot;
    case Kind::Field:
        break;
    case Kind::Purge:
        return purge.dot;
    }
    return field.dot;
}

} // namespace alongside
