// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubjectAccess.h"

#include "Caseload.h"
#include "report/ReportExport.h"
#include "schema/Tables.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
// Only the coordinator may read what is written.
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        *error = SubjectAccess::tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QFile::setPermissions(path, ownerOnly);
    return true;
}

QJsonValue jsonOf(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return value.toLongLong();
    if (value.typeId() == QMetaType::Double)
        return value.toDouble();
    return value.toString();
}
} // namespace

SubjectAccess::SubjectAccess(Caseload& caseload) : m_caseload(caseload)
{ }

bool SubjectAccess::collect(const QString& personId)
{
    m_tables.clear();
    m_names.clear();
    m_personId = personId;
    const auto person = m_caseload.people().find(personId);
    if (!person) {
        m_error = tr("There is no person with the id %1 on this laptop.").arg(personId);
        return false;
    }
    m_personName = person->displayName();
    m_writtenAt = m_caseload.clock().now().toString(Qt::ISODate);
    // What an erasure would remove is what is held about them.
    QList<std::pair<QString, QString>> rows;
    if (!m_caseload.writer().collectRows(u"person"_s, personId, rows)) {
        m_error = tr("Could not read the records: %1").arg(m_caseload.writer().error());
        return false;
    }
    for (const QString& table : Tables::sharedNames()) {
        QStringList ids;
        for (const auto& [rowTable, id] : std::as_const(rows)) {
            if (rowTable == table)
                ids.append(id);
        }
        if (!ids.isEmpty() && !readTable(table, ids))
            return false;
    }
    // The directory entries they are connected to, so the connections read.
    QStringList resources;
    for (const Table& t : std::as_const(m_tables)) {
        const qsizetype column = t.columns.indexOf(u"resource_id"_s);
        for (const QVariantList& row : t.rows) {
            if (t.name == u"connection" && column >= 0 && !resources.contains(row.at(column).toString()))
                resources.append(row.at(column).toString());
        }
    }
    if (!resources.isEmpty() && !readTable(u"resource"_s, resources))
        return false;
    Table audit { u"audit"_s, { u"at"_s, u"coordinator"_s, u"action"_s, u"detail"_s }, {} };
    AuditLog::Filter about;
    about.personId = personId;
    for (const AuditLog::Entry& e : m_caseload.audit().entries(about))
        audit.rows.append({ e.at.toString(Qt::ISODate), e.coordinatorName, e.action, e.detail });
    m_tables.append(audit);
    findNames();
    m_error.clear();
    return true;
}

bool SubjectAccess::readTable(const QString& table, const QStringList& ids)
{
    Table t { table, {}, {} };
    // A few hundred ids to a statement, well under SQLite's limit on parameters.
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        const QStringList part = ids.mid(from, 500);
        QSqlQuery q(m_caseload.database().connection());
        q.setForwardOnly(true);
        QStringList marks(part.size(), u"?"_s);
        q.prepare(u"SELECT * FROM %1 WHERE id IN (%2) ORDER BY rowid"_s.arg(table, marks.join(u',')));
        for (const QString& id : part)
            q.addBindValue(id);
        if (!q.exec()) {
            m_error = tr("Could not read the records: %1").arg(m_caseload.database().describe(q.lastError()));
            return false;
        }
        const QSqlRecord record = q.record();
        QList<int> shown; // the row's fields, without the file's internal row number
        if (t.columns.isEmpty()) {
            for (int c = 0; c < record.count(); ++c) {
                if (record.fieldName(c) != u"key")
                    t.columns.append(record.fieldName(c));
            }
        }
        for (int c = 0; c < record.count(); ++c) {
            if (record.fieldName(c) != u"key")
                shown.append(c);
        }
        while (q.next()) {
            QVariantList row;
            for (int c : std::as_const(shown))
                row.append(q.value(c));
            t.rows.append(row);
        }
    }
    m_tables.append(t);
    return true;
}

void SubjectAccess::findNames()
{
    // The people in their circle, by name; and anyone else on the caseload whose full
    // name appears, found from pairs of capitalised words in the note.
    QStringList circle;
    QSet<QString> others;
    for (const Table& t : std::as_const(m_tables)) {
        if (t.name == u"supporter") {
            const qsizetype name = t.columns.indexOf(u"name"_s);
            for (const QVariantList& row : t.rows) {
                if (const QString n = row.value(name).toString().trimmed(); n.size() > 1 && !circle.contains(n))
                    circle.append(n);
            }
        }
    }
    QSqlQuery q(m_caseload.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT lower(trim(ifnull(given_name, '') || ' ' || ifnull(family_name, ''))) FROM person WHERE id != ?"_s);
    q.addBindValue(m_personId);
    if (q.exec()) {
        while (q.next())
            others.insert(q.value(0).toString());
    }
    static const QRegularExpression pair(u"\\b(\\p{Lu}[\\p{L}'’-]+)\\s+(\\p{Lu}[\\p{L}'’-]+)"_s);
    for (const Table& t : std::as_const(m_tables)) {
        if (t.name != u"note")
            continue;
        const qsizetype text = t.columns.indexOf(u"text"_s);
        const qsizetype id = t.columns.indexOf(u"id"_s);
        const qsizetype at = t.columns.indexOf(u"occurred_at"_s);
        for (const QVariantList& row : t.rows) {
            const QString words = row.value(text).toString();
            QStringList found;
            for (const QString& name : std::as_const(circle)) {
                if (words.contains(name, Qt::CaseInsensitive))
                    found.append(name);
            }
            for (auto it = pair.globalMatch(words); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString name = m.captured(1) + u' ' + m.captured(2);
                if (others.contains(name.toLower()) && !found.contains(name))
                    found.append(name);
            }
            if (!found.isEmpty())
                m_names.append({ row.value(id).toString(), row.value(at).toString(), found });
        }
    }
}

QJsonObject SubjectAccess::json() const
{
    QJsonObject tables;
    for (const Table& t : m_tables) {
        QJsonArray rows;
        for (const QVariantList& row : t.rows) {
            QJsonObject object;
            for (qsizetype c = 0; c < t.columns.size(); ++c)
                object.insert(t.columns.at(c), jsonOf(row.value(c)));
            rows.append(object);
        }
        tables.insert(t.name, rows);
    }
    QJsonArray names;
    for (const NamesInNote& n : m_names)
        names.append(QJsonObject { { u"note_id"_s, n.noteId }, { u"occurred_at"_s, n.occurredAt },
                                   { u"names"_s, QJsonArray::fromStringList(n.names) } });
    return { { u"format"_s, u"alongside-subject-access"_s }, { u"version"_s, formatVersion },
             { u"person_id"_s, m_personId }, { u"person_name"_s, m_personName }, { u"written_at"_s, m_writtenAt },
             { u"tables"_s, tables }, { u"names_to_review"_s, names } };
}

QString SubjectAccess::readme() const
{
    QString text = tr("Everything Alongside holds about %1, written on %2.\n\n").arg(m_personName, m_writtenAt);
    text += tr("BEFORE YOU RELEASE ANY OF THIS: the notes are as the coordinators wrote them and may name other "
               "people. names-to-review.csv lists, for each note, the people in the circle of support and other "
               "people known to Alongside named in it. Read every note and remove what is about someone else "
               "before anything is given to the person.\n\n");
    text += tr("The files:\n");
    text += tr("- everything.pdf: all of it to read and print: every detail, consent, the plan, the circle of "
               "support, connections, reviews, wellbeing, outcomes, every note in full, and who used the record "
               "on this laptop.\n");
    text += tr("- person.json: every record, for a computer to read (the format is described in Alongside's "
               "docs/subject-access.md).\n");
    text += tr("- csv/: the same records as spreadsheets, one file per kind of record:\n");
    for (const Table& t : m_tables) {
        const Tables::Table* known = Tables::find(t.name);
        const QString what = t.name == u"audit" ? tr("who opened, printed or exported their records on this laptop, and when")
                                                : known ? Tables::tr(known->label) : t.name;
        text += u"  - csv/%1.csv: %2 (%3)\n"_s.arg(t.name, what, tr("%n row(s)", nullptr, int(t.rows.size())));
    }
    text += tr("- names-to-review.csv: the names found in notes, to review before release.\n");
    text += tr("\nRows with a removed_at date were removed by a coordinator but are still held (so that a change "
               "can be undone and reach every laptop); they are included because they are held.\n");
    return text;
}

bool SubjectAccess::writeFolder(const QString& folder)
{
    // Recorded first: nothing about the person is written out unrecorded.
    if (!m_caseload.audit().record(AuditLog::Action::SubjectAccess, m_personId, u"pdf, json, csv"_s)) {
        m_error = m_caseload.audit().error();
        return false;
    }
    const QDir dir(folder);
    if (!QDir().mkpath(dir.filePath(u"csv"_s))) {
        m_error = tr("Could not make the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!writeFile(dir.filePath(u"person.json"_s), QJsonDocument(json()).toJson(QJsonDocument::Indented), &m_error))
        return false;
    for (const Table& t : std::as_const(m_tables)) {
        const QString path = dir.filePath(u"csv/%1.csv"_s.arg(t.name));
        if (!ReportExport::writeCsvFile(path, { t.name, t.name, t.columns, t.rows }, &m_error))
            return false;
        QFile::setPermissions(path, ownerOnly);
    }
    ReportTable names { u"names-to-review"_s, u"names-to-review"_s, { u"note_id"_s, u"occurred_at"_s, u"names"_s }, {} };
    for (const NamesInNote& n : std::as_const(m_names))
        names.rows.append({ n.noteId, n.occurredAt, n.names.join(u"; "_s) });
    const QString namesPath = dir.filePath(u"names-to-review.csv"_s);
    if (!ReportExport::writeCsvFile(namesPath, names, &m_error))
        return false;
    QFile::setPermissions(namesPath, ownerOnly);
    return writeFile(dir.filePath(u"README.txt"_s), readme().toUtf8(), &m_error);
}

} // namespace alongside
