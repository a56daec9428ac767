// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentRepository.h"

#include "dates/DateText.h"
#include "domain/Clock.h"
#include "edits/Editor.h"
#include "edits/RowEdits.h"
#include "schema/Vocabularies.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

constexpr auto columns = "c.id, c.person_id, c.purpose, c.named, c.decision, c.decided_on, c.how, c.given_by, c.note, "
                         "c.recorded_by, k.name, c.withdrawn_on, c.withdrawn_note";
constexpr auto from = " FROM consent c LEFT JOIN coordinator k ON k.id = c.recorded_by";

ConsentRepository::Decision fromRow(const QSqlQuery& q)
{
    ConsentRepository::Decision d;
    d.id = q.value(0).toString();
    d.personId = q.value(1).toString();
    d.purpose = q.value(2).toString();
    d.named = q.value(3).toString();
    d.decision = q.value(4).toString();
    d.decidedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    d.how = q.value(6).toString();
    d.givenBy = q.value(7).toString();
    d.note = q.value(8).toString();
    d.recordedBy = q.value(9).toString();
    d.recordedByName = q.value(10).toString();
    d.withdrawnOn = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    d.withdrawnNote = q.value(12).toString();
    return d;
}

QVariant textOrNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

// The same named other however it was typed: "Dr  Patel" and "dr patel" are one.
QString foldedName(const QString& name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

ConsentRepository::ConsentRepository(Database& database, Editor& editor, const Clock& clock)
    : m_database(database)
    , m_editor(editor)
    , m_clock(clock)
{
}

bool ConsentRepository::fail(const QString& message)
{
    m_error = message;
    m_editor.refuse(message);
    return false;
}

QList<ConsentRepository::Decision> ConsentRepository::history(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1%2 WHERE c.person_id = ? AND c.removed_at IS NULL ORDER BY c.decided_on DESC, c.key DESC"_s.arg(
        QLatin1String(columns), QLatin1String(from)));
    q.addBindValue(personId);
    QList<Decision> list;
    if (q.exec()) {
        while (q.next())
            list.append(fromRow(q));
    }
    return list;
}

QList<ConsentRepository::Decision> ConsentRepository::current(const QString& personId) const
{
    QList<Decision> holding;
    QStringList seen;
    for (const Decision& d : history(personId)) { // newest first: the first of each kind holds
        const QString kind = d.purpose + u'\n' + (d.purpose == u"contact_others" ? foldedName(d.named) : QString());
        if (seen.contains(kind))
            continue;
        seen.append(kind);
        holding.append(d);
    }
    return holding;
}

std::optional<ConsentRepository::Decision> ConsentRepository::find(const QString& id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1%2 WHERE c.id = ? AND c.removed_at IS NULL"_s.arg(QLatin1String(columns), QLatin1String(from)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QString ConsentRepository::keepsRecordsSql(const QString& personIdColumn, const QString& consentOnColumn)
{
    // The newest decision about keeping records, if there is one; else the old single date.
    return u"ifnull((SELECT c.decision = 'given' AND c.withdrawn_on IS NULL FROM consent c WHERE c.person_id = %1 "
           "AND c.purpose = 'keep_records' AND c.removed_at IS NULL ORDER BY c.decided_on DESC, c.key DESC LIMIT 1), "
           "%2 IS NOT NULL AND %2 <> '')"_s.arg(personIdColumn, consentOnColumn);
}

ConsentRepository::RecordsConsent ConsentRepository::records(const QString& personId) const
{
    RecordsConsent result;
    for (const Decision& d : current(personId)) {
        if (d.purpose == u"keep_records") {
            result.holds = d.holds();
            result.since = d.decidedOn;
            return result;
        }
    }
    if (const std::optional<Legacy> old = legacy(personId)) {
        result.holds = true;
        result.legacy = true;
        result.since = old->on;
    }
    return result;
}

std::optional<ConsentRepository::Legacy> ConsentRepository::legacy(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT consent_on, consent_note FROM person WHERE id = ?"_s);
    q.addBindValue(personId);
    if (!q.exec() || !q.next() || q.value(0).toString().isEmpty())
        return std::nullopt;
    return Legacy { QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString() };
}

std::unique_ptr<EditCommand> ConsentRepository::recording(const Decision& d)
{
    if (d.personId.isEmpty()) {
        fail(tr("Internal error: a consent needs a person."));
        return nullptr;
    }
    if (!Vocabularies::contains(Vocabularies::Kind::ConsentPurpose, d.purpose)) {
        fail(tr("Choose what the consent is for."));
        return nullptr;
    }
    if (d.purpose == u"contact_others" && d.named.trimmed().isEmpty()) {
        fail(tr("Say who may be contacted, for example “Dr Patel at Heath Surgery”."));
        return nullptr;
    }
    if (!Vocabularies::contains(Vocabularies::Kind::ConsentDecision, d.decision)) {
        fail(tr("Say whether consent was given or refused."));
        return nullptr;
    }
    if (!d.decidedOn.isValid()) {
        fail(tr("Give the date consent was given or refused."));
        return nullptr;
    }
    if (d.decidedOn > m_clock.now().toLocalTime().date()) {
        fail(tr("%1 has not come yet: record consent on the day it is given or refused.").arg(DateText::format(d.decidedOn)));
        return nullptr;
    }
    if (!d.how.isEmpty() && !Vocabularies::contains(Vocabularies::Kind::ConsentHow, d.how)) {
        fail(tr("Internal error: %1 is not a way of giving consent.").arg(d.how));
        return nullptr;
    }
    QString coordinator;
    QSqlQuery q(m_database.connection());
    if (q.exec(u"SELECT coordinator_id FROM local_site LIMIT 1"_s) && q.next())
        coordinator = q.value(0).toString();
    const QVariantMap fields { { u"person_id"_s, d.personId },
                               { u"purpose"_s, d.purpose },
                               { u"named"_s, d.purpose == u"contact_others" ? textOrNull(d.named) : QVariant() },
                               { u"decision"_s, d.decision },
                               { u"decided_on"_s, d.decidedOn.toString(Qt::ISODate) },
                               { u"how"_s, textOrNull(d.how) },
                               { u"given_by"_s, textOrNull(d.givenBy) },
                               { u"note"_s, textOrNull(d.note) },
                               { u"recorded_by"_s, textOrNull(coordinator) } };
    const QString name = m_editor.personName(d.personId);
    const QString text = d.decision == u"given" ? tr("record %1's consent").arg(name) : tr("record that %1 refused consent").arg(name);
    return std::make_unique<AddRow>(m_editor, u"consent"_s, fields, d.personId, text);
}

std::unique_ptr<EditCommand> ConsentRepository::withdrawing(const QString& id, const QDate& on, const QString& note)
{
    const std::optional<Decision> d = find(id);
    if (!d) {
        fail(tr("That consent is no longer on this laptop."));
        return nullptr;
    }
    if (!d->holds()) {
        fail(d->withdrawnOn.isValid() ? tr("That consent was already withdrawn on %1.").arg(DateText::format(d->withdrawnOn))
                                      : tr("Only consent that was given can be withdrawn."));
        return nullptr;
    }
    if (!on.isValid()) {
        fail(tr("Give the date consent was withdrawn."));
        return nullptr;
    }
    if (on < d->decidedOn) {
        fail(tr("Consent cannot be withdrawn before it was given on %1.").arg(DateText::format(d->decidedOn)));
        return nullptr;
    }
    if (on > m_clock.now().toLocalTime().date()) {
        fail(tr("%1 has not come yet: record a withdrawal on the day it is made.").arg(DateText::format(on)));
        return nullptr;
    }
    const QVariantMap changed { { u"withdrawn_on"_s, on.toString(Qt::ISODate) }, { u"withdrawn_note"_s, textOrNull(note) } };
    return std::make_unique<FieldEdit>(m_editor, u"consent"_s, id, changed, d->personId,
                                       tr("record that %1 withdrew consent").arg(m_editor.personName(d->personId)));
}

} // namespace alongside
