// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionRepository.h"

#include "domain/Clock.h"
#include "storage/ChangeNotifier.h"
#include "versioning/ChangeWriter.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

RetentionRepository::RetentionRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier,
                                         const Clock& clock)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
    , m_clock(clock)
{
}

bool RetentionRepository::isSet() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT value FROM team_setting WHERE id = ?"_s);
    q.addBindValue(QLatin1String(settingId));
    return q.exec() && q.next() && !q.value(0).isNull();
}

int RetentionRepository::years() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT value FROM team_setting WHERE id = ?"_s);
    q.addBindValue(QLatin1String(settingId));
    if (!q.exec() || !q.next())
        return defaultYears;
    bool ok = false;
    const int value = q.value(0).toString().toInt(&ok);
    return ok && value >= 1 && value <= maximumYears ? value : defaultYears;
}

bool RetentionRepository::setYears(int value)
{
    m_error.clear();
    if (value < 1 || value > maximumYears) {
        m_error = tr("Keep records between 1 and %1 years after archiving.").arg(maximumYears);
        return false;
    }
    if (isSet() && years() == value)
        return true;
    const QString id = QLatin1String(settingId);
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT 1 FROM team_setting WHERE id = ?"_s);
    q.addBindValue(id);
    const bool exists = q.exec() && q.next();
    q.finish();
    // The id is the setting's name on every laptop, so two laptops setting it meet on one row.
    const QVariantMap fields { { u"value"_s, QString::number(value) } };
    const bool written = exists ? m_writer.update(u"team_setting"_s, id, fields)
                                : !m_writer.insert(u"team_setting"_s, fields, id).isEmpty();
    if (!written) {
        m_error = m_writer.error();
        return false;
    }
    Q_EMIT m_notifier.teamSettingsChanged();
    return true;
}

QList<RetentionRepository::Due> RetentionRepository::pastRetention() const
{
    const int period = years();
    const QDate today = m_clock.now().toLocalTime().date();
    // Archived on or before this day means kept the whole period by today.
    const QDate latest = today.addYears(-period);
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, trim(given_name || ' ' || family_name), archived_on, archived_reason FROM person "
              "WHERE archived_on IS NOT NULL AND archived_on <> '' AND archived_on <= ? "
              "ORDER BY archived_on, given_name COLLATE NOCASE, family_name COLLATE NOCASE, id"_s);
    q.addBindValue(latest.toString(Qt::ISODate));
    QList<Due> list;
    if (q.exec()) {
        while (q.next()) {
            const QDate archived = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            list.append({ q.value(0).toString(), q.value(1).toString(), archived, q.value(3).toString(),
                          archived.addYears(period) });
        }
    }
    return list;
}

} // namespace alongside
