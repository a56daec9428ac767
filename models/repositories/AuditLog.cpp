// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "domain/Clock.h"
#include "report/ReportExport.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
const QString keepKey = u"audit.keepMonths"_s;

struct Known
{
    AuditLog::Action action;
    const char* key;   // as stored
    const char* label; // as shown, translated by AuditLog::actionLabel
};

constexpr Known known[] = {
    { AuditLog::Action::Unlocked, "unlocked", QT_TRANSLATE_NOOP("alongside::AuditLog", "Opened or unlocked the caseload") },
    { AuditLog::Action::OpenedPerson, "opened_person", QT_TRANSLATE_NOOP("alongside::AuditLog", "Opened a person's record") },
    { AuditLog::Action::Printed, "printed", QT_TRANSLATE_NOOP("alongside::AuditLog", "Printed or saved a plan as PDF") },
    { AuditLog::Action::ExportedSync, "exported_sync", QT_TRANSLATE_NOOP("alongside::AuditLog", "Exported a sync file") },
    { AuditLog::Action::ImportedSync, "imported_sync", QT_TRANSLATE_NOOP("alongside::AuditLog", "Imported sync files") },
    { AuditLog::Action::Erased, "erased", QT_TRANSLATE_NOOP("alongside::AuditLog", "Erased a person") },
    { AuditLog::Action::RanReport, "ran_report", QT_TRANSLATE_NOOP("alongside::AuditLog", "Made the quarterly return") },
    { AuditLog::Action::SubjectAccess, "subject_access", QT_TRANSLATE_NOOP("alongside::AuditLog", "Wrote out everything held about a person") },
    { AuditLog::Action::ChangedPassphrase, "changed_passphrase", QT_TRANSLATE_NOOP("alongside::AuditLog", "Changed the caseload's passphrase") },
    { AuditLog::Action::ImportedPeople, "imported_people", QT_TRANSLATE_NOOP("alongside::AuditLog", "Imported people from a spreadsheet") },
    { AuditLog::Action::ExportedCalendar, "exported_calendar", QT_TRANSLATE_NOOP("alongside::AuditLog", "Exported a calendar") },
    { AuditLog::Action::ExportedAudit, "exported_audit", QT_TRANSLATE_NOOP("alongside::AuditLog", "Exported the audit trail") },
    { AuditLog::Action::SiteRenewed, "site_renewed", QT_TRANSLATE_NOOP("alongside::AuditLog", "Found the caseload copied from another laptop") },
};

// A local day's first instant, as stored (UTC, ISO with milliseconds).
QString startOf(QDate day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

AuditLog::AuditLog(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
}

QString AuditLog::actionKey(Action action)
{
    const auto* it = std::find_if(std::begin(known), std::end(known), [&](const Known& k) { return k.action == action; });
    return it != std::end(known) ? QString::fromLatin1(it->key) : QString();
}

QList<AuditLog::Action> AuditLog::actions()
{
    QList<Action> list;
    for (const Known& k : known)
        list.append(k.action);
    return list;
}

QString AuditLog::actionLabel(const QString& key)
{
    const auto* it = std::find_if(std::begin(known), std::end(known),
                                  [&](const Known& k) { return key == QLatin1String(k.key); });
    return it != std::end(known) ? tr(it->label) : key;
}

bool AuditLog::record(Action action, const QString& personId, const QString& detail)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO audit_log (at, action, coordinator_id, person_id, detail) "
              "VALUES (?, ?, (SELECT coordinator_id FROM local_site LIMIT 1), ?, ?)"_s);
    q.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    q.addBindValue(actionKey(action));
    q.addBindValue(personId.isEmpty() ? QVariant() : QVariant(personId));
    q.addBindValue(detail.isEmpty() ? QVariant() : QVariant(detail));
    if (!q.exec()) {
        m_error = tr("Could not add to the audit trail (%1): %2.")
                      .arg(actionLabel(actionKey(action)), m_database.describe(q.lastError()));
        Q_EMIT failed(m_error);
        return false;
    }
    m_error.clear();
    Q_EMIT recorded();
    return true;
}

QList<AuditLog::Entry> AuditLog::entries(const Filter& filter, int limit) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.personId.isEmpty()) {
        where.append(u"a.person_id = ?"_s);
        binds.append(filter.personId);
    }
    if (const QString text = filter.personText.trimmed(); !text.isEmpty()) {
        where.append(u"(a.person_id = ? OR trim(ifnull(p.given_name, '') || ' ' || ifnull(p.family_name, '')) LIKE ? ESCAPE '\\')"_s);
        binds.append(text);
        QString pattern = text;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        binds.append(u"%"_s + pattern + u"%"_s);
    }
    if (!filter.action.isEmpty()) {
        where.append(u"a.action = ?"_s);
        binds.append(filter.action);
    }
    if (filter.from.isValid()) {
        where.append(u"a.at >= ?"_s);
        binds.append(startOf(filter.from));
    }
    if (filter.to.isValid()) {
        where.append(u"a.at < ?"_s);
        binds.append(startOf(filter.to.addDays(1)));
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.at, a.action, a.coordinator_id, c.name, a.person_id, "
              "trim(ifnull(p.given_name, '') || ' ' || ifnull(p.family_name, '')), a.detail "
              "FROM audit_log a LEFT JOIN coordinator c ON c.id = a.coordinator_id "
              "LEFT JOIN person p ON p.id = a.person_id %1 ORDER BY a.at DESC, a.id DESC %2"_s.arg(
                  where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s),
                  limit > 0 ? u"LIMIT %1"_s.arg(limit) : QString()));
    for (const QVariant& bind : std::as_const(binds))
        q.addBindValue(bind);
    QList<Entry> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.at.setTimeZone(QTimeZone::utc());
        e.action = q.value(2).toString();
        e.coordinatorId = q.value(3).toString();
        e.coordinatorName = q.value(4).toString();
        e.personId = q.value(5).toString();
        e.personName = q.value(6).toString();
        e.detail = q.value(7).toString();
        list.append(e);
    }
    return list;
}

int AuditLog::keepMonths() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT value FROM setting WHERE key = ?"_s);
    q.addBindValue(keepKey);
    bool ok = false;
    const int months = q.exec() && q.next() ? q.value(0).toInt(&ok) : 0;
    return ok && months >= 1 && months <= 120 ? months : defaultKeepMonths;
}

bool AuditLog::setKeepMonths(int months)
{
    if (months < 1 || months > 120) {
        m_error = tr("Keep the audit trail for between 1 and 120 months.");
        return false;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(keepKey);
    q.addBindValue(QString::number(months));
    if (!q.exec()) {
        m_error = tr("Could not save how long the audit trail is kept: %1.").arg(m_database.describe(q.lastError()));
        return false;
    }
    m_error.clear();
    return true;
}

int AuditLog::prune()
{
    const QString cutoff = m_clock.now().addMonths(-keepMonths()).toString(Qt::ISODateWithMs);
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM audit_log WHERE at < ?"_s);
    q.addBindValue(cutoff);
    if (!q.exec()) {
        m_error = tr("Could not remove old entries from the audit trail: %1.").arg(m_database.describe(q.lastError()));
        Q_EMIT failed(m_error);
        return -1;
    }
    return q.numRowsAffected();
}

bool AuditLog::writeCsv(const QString& path, const Filter& filter)
{
    ReportTable table;
    table.name = u"audit"_s;
    table.title = tr("Audit trail");
    table.columns = { tr("When (UTC)"), tr("Coordinator"), tr("What"), tr("Person's id"), tr("Person"), tr("Detail") };
    for (const Entry& e : entries(filter)) {
        table.rows.append({ e.at.toString(Qt::ISODate), e.coordinatorName.isEmpty() ? e.coordinatorId : e.coordinatorName,
                            actionLabel(e.action), e.personId, e.personName, e.detail });
    }
    if (!ReportExport::writeCsvFile(path, table, &m_error))
        return false;
    return record(Action::ExportedAudit, filter.personId, u"entries: %1"_s.arg(table.rows.size()));
}

} // namespace alongside
