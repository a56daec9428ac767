// SPDX-License-Identifier: GPL-3.0-or-later
// The quarterly return's quarters, its stories, and its figures as tables for a workbook
// or CSV (QuarterlyReturn.cpp counts them).

#include "QuarterlyReturn.h"

#include "dates/DateText.h"
#include "schema/Vocabularies.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

const QuarterlyReturn::Section* QuarterlyReturn::Result::section(const QString& name) const
{
    for (const Section& s : sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const QuarterlyReturn::Row* QuarterlyReturn::Result::row(const QString& sectionName, const QString& label) const
{
    if (const Section* s = section(sectionName)) {
        for (const Row& r : s->rows) {
            if (r.label == label)
                return &r;
        }
    }
    return nullptr;
}

Calendar::Quarter QuarterlyReturn::parseQuarter(const QString& text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{4})\\s*-?\\s*[Qq]([1-4])\\s*$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    const int number = m.captured(2).toInt();
    // Q1 starts in April of the year named; Q4 is January to March of the next.
    return Calendar::financialQuarter(Calendar::addMonths(QDate(year, 4, 1), (number - 1) * 3));
}

QString QuarterlyReturn::quarterKey(const Calendar::Quarter& quarter)
{
    return u"%1-Q%2"_s.arg(quarter.startYear).arg(quarter.number);
}

Calendar::Quarter QuarterlyReturn::previous(const Calendar::Quarter& quarter)
{
    return Calendar::financialQuarter(quarter.first.addDays(-1));
}

Calendar::Quarter QuarterlyReturn::yearBefore(const Calendar::Quarter& quarter)
{
    return Calendar::financialQuarter(Calendar::addMonths(quarter.first, -12));
}

QString QuarterlyReturn::quarterText(const Calendar::Quarter& quarter)
{
    return tr("%1 (%2 to %3)").arg(quarter.label(), DateText::format(quarter.first), DateText::format(quarter.last));
}

QList<QuarterlyReturn::Story> QuarterlyReturn::stories(const Calendar::Quarter& quarter, const Scope& scope,
                                                       bool anonymise) const
{
    QString sql = u"SELECT o.id, o.person_id, o.occurred_on, coalesce(o.kind, ''), coalesce(o.story, ''), "
                  "coalesce(o.likely_without, ''), p.given_name, p.family_name, coalesce(p.preferred_name, ''), "
                  "coalesce(p.ward, '') FROM outcome o JOIN person p ON p.id = o.person_id "
                  "WHERE o.removed_at IS NULL AND o.occurred_on BETWEEN ? AND ?"_s;
    if (!scope.coordinatorId.isEmpty())
        sql += u" AND p.coordinator_id = ?"_s;
    if (!scope.ward.isEmpty())
        sql += u" AND p.ward = ?"_s;
    QSqlQuery q(m_connection);
    q.prepare(sql + u" ORDER BY o.occurred_on, o.key"_s);
    q.addBindValue(quarter.first.toString(Qt::ISODate));
    q.addBindValue(quarter.last.toString(Qt::ISODate));
    if (!scope.coordinatorId.isEmpty())
        q.addBindValue(scope.coordinatorId);
    if (!scope.ward.isEmpty())
        q.addBindValue(scope.ward);
    QList<Story> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        Story s;
        s.id = q.value(0).toString();
        s.personId = q.value(1).toString();
        s.on = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        s.categories = Vocabularies::labels(Vocabularies::Kind::OutcomeCategory, q.value(3).toString());
        s.story = q.value(4).toString();
        s.likelyWithout = q.value(5).toString();
        const QString given = q.value(8).toString().isEmpty() ? q.value(6).toString() : q.value(8).toString();
        const QString family = q.value(7).toString();
        const QString ward = q.value(9).toString();
        if (anonymise) {
            const QString initials = QString(given.left(1) + family.left(1)).toUpper();
            s.who = ward.isEmpty() ? initials : tr("%1, %2", "initials, ward").arg(initials, ward);
        } else {
            s.who = QStringList { given, family }.join(u' ').trimmed();
        }
        list.append(s);
    }
    return list;
}

QStringList QuarterlyReturn::wards() const
{
    QStringList list;
    QSqlQuery q(m_connection);
    if (q.exec(u"SELECT DISTINCT ward FROM person WHERE trim(coalesce(ward, '')) <> '' ORDER BY ward COLLATE NOCASE"_s)) {
        while (q.next())
            list.append(q.value(0).toString());
    }
    return list;
}

QList<std::pair<QString, QString>> QuarterlyReturn::namesOf(const QStringList& personIds) const
{
    QList<std::pair<QString, QString>> list;
    QSqlQuery q(m_connection);
    // One query for any number of people: the ids travel as one JSON array.
    q.prepare(u"SELECT p.id, trim(coalesce(nullif(p.preferred_name, ''), p.given_name) || ' ' || p.family_name) AS name "
              "FROM json_each(?) j JOIN person p ON p.id = j.value ORDER BY name COLLATE NOCASE"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(personIds)).toJson(QJsonDocument::Compact)));
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString() });
    }
    return list;
}

QString QuarterlyReturn::scopeText(const QString& coordinatorName, const QString& ward)
{
    if (coordinatorName.isEmpty())
        return ward.isEmpty() ? tr("the whole team") : tr("%1 ward").arg(ward);
    const QString people = tr("%1's people").arg(coordinatorName);
    return ward.isEmpty() ? people : tr("%1, in %2 ward").arg(people, ward);
}

QString QuarterlyReturn::title(const Result& result, const QString& scopeText)
{
    return tr("Local Area Coordination quarterly return, %1: %2").arg(quarterText(result.quarter), scopeText);
}

QList<ReportTable> QuarterlyReturn::tables(const Result& now, const Result& before, const Result& yearAgo,
                                           const QList<Story>& chosen)
{
    QList<ReportTable> list;
    const QStringList columns { tr("Figure"), now.quarter.label(), before.quarter.label(), yearAgo.quarter.label() };
    auto value = [](const Row* row) -> QVariant {
        if (!row)
            return 0;
        return row->decimal ? QVariant(qRound(row->value * 10) / 10.0) : QVariant(qint64(qRound64(row->value)));
    };
    for (const Section& section : now.sections) {
        ReportTable table { section.name, section.title, columns, {} };
        for (const Row& row : section.rows)
            table.rows.append({ row.label, value(&row), value(before.row(section.name, row.label)),
                                value(yearAgo.row(section.name, row.label)) });
        list.append(table);
    }
    if (!chosen.isEmpty()) {
        ReportTable stories { u"Stories"_s, tr("Outcome stories"),
                              { tr("Who"), tr("When"), tr("What changed"), tr("The story"), tr("Likely without") }, {} };
        for (const Story& s : chosen)
            stories.rows.append({ s.who, DateText::format(s.on), s.categories, s.story, s.likelyWithout });
        list.append(stories);
    }
    return list;
}

} // namespace alongside
