// SPDX-License-Identifier: GPL-3.0-or-later
#include "WellbeingRepository.h"

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

constexpr auto columns = "id, person_id, taken_on, satisfied, worthwhile, happy, anxious, answered";

WellbeingRepository::Measure fromRow(const QSqlQuery& q)
{
    WellbeingRepository::Measure m;
    m.id = q.value(0).toString();
    m.personId = q.value(1).toString();
    m.takenOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    for (int i = 0; i < 4; ++i) {
        if (!q.value(3 + i).isNull())
            m.scores.at(size_t(i)) = q.value(3 + i).toInt();
    }
    m.answered = q.value(7).toString();
    return m;
}

QVariantMap fieldsOf(const WellbeingRepository::Measure& m)
{
    QVariantMap fields { { u"taken_on"_s, m.takenOn.toString(Qt::ISODate) },
                         { u"answered"_s, m.answered.isEmpty() ? QVariant() : QVariant(m.answered) } };
    for (const Wellbeing::Question q : Wellbeing::questions()) {
        const std::optional<int> score = m.score(q);
        fields.insert(Wellbeing::column(q), score ? QVariant(*score) : QVariant());
    }
    return fields;
}

} // namespace

WellbeingRepository::WellbeingRepository(Database& database, Editor& editor, const Clock& clock)
    : m_database(database)
    , m_editor(editor)
    , m_clock(clock)
{
}

bool WellbeingRepository::fail(const QString& message)
{
    m_error = message;
    m_editor.refuse(message);
    return false;
}

QList<WellbeingRepository::Measure> WellbeingRepository::measures(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM wellbeing WHERE person_id = ? AND removed_at IS NULL ORDER BY taken_on, key"_s.arg(
        QLatin1String(columns)));
    q.addBindValue(personId);
    QList<Measure> list;
    if (q.exec()) {
        while (q.next())
            list.append(fromRow(q));
    }
    return list;
}

std::optional<WellbeingRepository::Measure> WellbeingRepository::find(const QString& id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM wellbeing WHERE id = ? AND removed_at IS NULL"_s.arg(QLatin1String(columns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

bool WellbeingRepository::check(const Measure& m)
{
    if (!m.takenOn.isValid())
        return fail(tr("Give the date the questions were asked."));
    if (m.takenOn > m_clock.now().toLocalTime().date())
        return fail(tr("The questions cannot have been asked on %1: that date has not come yet.")
                        .arg(DateText::format(m.takenOn)));
    bool any = false;
    for (const std::optional<int>& score : m.scores) {
        if (score && (*score < 0 || *score > 10))
            return fail(tr("Each answer is a number from 0 to 10."));
        any = any || score.has_value();
    }
    if (!any)
        return fail(tr("Answer at least one of the four questions, or leave the measure out."));
    if (!m.answered.isEmpty() && !Vocabularies::contains(Vocabularies::Kind::WellbeingAnswered, m.answered))
        return fail(tr("Internal error: %1 is not a way of answering.").arg(m.answered));
    return true;
}

std::unique_ptr<EditCommand> WellbeingRepository::adding(const Measure& measure)
{
    if (measure.personId.isEmpty()) {
        fail(tr("Internal error: wellbeing answers need a person."));
        return nullptr;
    }
    if (!check(measure))
        return nullptr;
    QVariantMap fields = fieldsOf(measure);
    fields.insert(u"person_id"_s, measure.personId);
    return std::make_unique<AddRow>(m_editor, u"wellbeing"_s, fields, measure.personId,
                                    tr("add %1's wellbeing answers").arg(m_editor.personName(measure.personId)));
}

std::unique_ptr<EditCommand> WellbeingRepository::editing(const Measure& measure)
{
    const std::optional<Measure> before = find(measure.id);
    if (!before) {
        fail(tr("Those wellbeing answers are no longer on this laptop."));
        return nullptr;
    }
    if (!check(measure))
        return nullptr;
    const QVariantMap changed = changedFields(fieldsOf(*before), fieldsOf(measure));
    if (changed.isEmpty()) {
        fail(QString()); // nothing to do, and nothing to tell
        return nullptr;
    }
    return std::make_unique<FieldEdit>(m_editor, u"wellbeing"_s, measure.id, changed, before->personId,
                                       tr("edit %1's wellbeing answers").arg(m_editor.personName(before->personId)));
}

std::unique_ptr<EditCommand> WellbeingRepository::removing(const QString& id)
{
    const std::optional<Measure> measure = find(id);
    if (!measure) {
        fail(tr("Those wellbeing answers are no longer on this laptop."));
        return nullptr;
    }
    return std::make_unique<RemoveRow>(m_editor, u"wellbeing"_s, id, measure->personId,
                                       tr("remove %1's wellbeing answers").arg(m_editor.personName(measure->personId)));
}

QString WellbeingRepository::add(const Measure& measure)
{
    QString id;
    if (!m_editor.run(adding(measure), &id))
        m_error = m_editor.error();
    return id;
}

} // namespace alongside
