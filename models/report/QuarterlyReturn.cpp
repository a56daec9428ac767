// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuarterlyReturn.h"
#include "ReturnTally.h"

#include "domain/Wellbeing.h"
#include "repositories/NotesRepository.h"
#include "schema/Vocabularies.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

using V = Vocabularies;

// The conditions that narrow a query to the scope's people (the person is `p`), with the
// values to bind after any that come before them.
QString scopeWhere(const QuarterlyReturn::Scope& scope)
{
    QString where;
    if (!scope.coordinatorId.isEmpty())
        where += u" AND p.coordinator_id = ?"_s;
    if (!scope.ward.isEmpty())
        where += u" AND p.ward = ?"_s;
    return where;
}

QSqlQuery run(const QSqlDatabase& connection, const QString& sql, const QVariantList& values, const QuarterlyReturn::Scope& scope,
              const QVariantList& after = {})
{
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    q.prepare(sql.arg(scopeWhere(scope)));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!scope.coordinatorId.isEmpty())
        q.addBindValue(scope.coordinatorId);
    if (!scope.ward.isEmpty())
        q.addBindValue(scope.ward);
    for (const QVariant& v : after)
        q.addBindValue(v);
    q.exec();
    return q;
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Notes are kept in UTC; a quarter runs from midnight to midnight here.
QString stored(QDate day)
{
    return NotesRepository::toStoredTime(QDateTime(day, QTime(0, 0)));
}

// Active at the end of the quarter: introduced by then, and not archived by then.
constexpr auto activeAtEnd = "p.introduced_on <= ? AND (p.archived_on IS NULL OR p.archived_on = '' OR p.archived_on > ?)";

} // namespace

QuarterlyReturn::QuarterlyReturn(Database& database)
    : m_connection(database.connection())
{
}

QuarterlyReturn::QuarterlyReturn(QSqlDatabase connection)
    : m_connection(std::move(connection))
{
}

void QuarterlyReturn::checked(const QSqlQuery& query) const
{
    if (query.lastError().isValid())
        m_incomplete = true;
}

QuarterlyReturn::Result QuarterlyReturn::compute(const Calendar::Quarter& quarter, const Scope& scope) const
{
    m_incomplete = false;
    Result result { quarter, scope, counted(quarter, scope), true };
    result.complete = !m_incomplete;
    return result;
}

QList<QuarterlyReturn::Section> QuarterlyReturn::counted(const Calendar::Quarter& q, const Scope& scope) const
{
    // Section by section, stopping at the first a query left part done (ReturnFeed then
    // lets the people list's search go first, and counts again).
    using Count = Section (QuarterlyReturn::*)(const Calendar::Quarter&, const Scope&) const;
    static constexpr Count counts[] { &QuarterlyReturn::introduced,    &QuarterlyReturn::atQuarterEnd,
                                      &QuarterlyReturn::contact,       &QuarterlyReturn::connections,
                                      &QuarterlyReturn::contributions, &QuarterlyReturn::outcomes,
                                      &QuarterlyReturn::wellbeing,     &QuarterlyReturn::reviews };
    QList<Section> sections;
    for (const Count count : counts) {
        sections.append((this->*count)(q, scope));
        if (m_incomplete)
            break;
    }
    return sections;
}

QuarterlyReturn::Section QuarterlyReturn::introduced(const Calendar::Quarter& q, const Scope& scope) const
{
    Tally t;
    t.row(tr("All people introduced"));
    for (const QString& key : V::keys(V::Kind::IntroducedBy))
        t.row(V::label(V::Kind::IntroducedBy, key));
    QSqlQuery r = run(m_connection, u"SELECT p.id, coalesce(p.introduced_by, '') FROM person p "
                                  "WHERE p.introduced_on BETWEEN ? AND ?%1"_s,
                      { iso(q.first), iso(q.last) }, scope);
    while (r.next()) {
        const QString by = r.value(1).toString();
        t.add(tr("All people introduced"), r.value(0).toString());
        t.add(by.isEmpty() ? tr("Not recorded") : V::label(V::Kind::IntroducedBy, by), r.value(0).toString());
    }
    checked(r);
    return t.section(u"Introduced"_s, tr("People introduced, by who introduced them"));
}

QuarterlyReturn::Section QuarterlyReturn::atQuarterEnd(const Calendar::Quarter& q, const Scope& scope) const
{
    Tally t;
    t.row(tr("All people being walked alongside"));
    for (const QString& key : V::keys(V::Kind::Level))
        t.row(V::label(V::Kind::Level, key));
    for (const QString& key : V::keys(V::Kind::Stage))
        t.row(tr("Stage: %1").arg(V::label(V::Kind::Stage, key)));
    QSqlQuery r = run(m_connection, u"SELECT p.id, p.level, p.stage FROM person p WHERE %2%1"_s.arg(u"%1"_s, QLatin1String(activeAtEnd)),
                      { iso(q.last), iso(q.last) }, scope);
    // Tens of thousands of people: each label made once, not once a person.
    const QString all = tr("All people being walked alongside");
    QHash<QString, QString> levels;
    QHash<QString, QString> stages;
    while (r.next()) {
        const QString id = r.value(0).toString();
        const QString level = r.value(1).toString();
        const QString stage = r.value(2).toString();
        if (!levels.contains(level))
            levels.insert(level, V::label(V::Kind::Level, level));
        if (!stages.contains(stage))
            stages.insert(stage, tr("Stage: %1").arg(V::label(V::Kind::Stage, stage)));
        t.add(all, id);
        t.add(levels.value(level), id);
        t.add(stages.value(stage), id);
    }
    checked(r);
    return t.section(u"Alongside"_s, tr("People at the end of the quarter, by level and stage"));
}

QuarterlyReturn::Section QuarterlyReturn::contact(const Calendar::Quarter& q, const Scope& scope) const
{
    Tally t;
    const QString firstContacts = tr("First contacts");
    const QString notes = tr("Contacts (visits, calls, meetings, messages)");
    const QString people = tr("People in contact");
    const QString hours = tr("Hours");
    for (const QString& label : { firstContacts, notes, people })
        t.row(label);
    t.row(hours, true);
    const QString from = stored(q.first);
    const QString to = stored(q.last.addDays(1));
    // People with a note in the quarter and none before it: the quarter's notes by date,
    // then for each person one step back in their own notes.
    QSqlQuery first = run(m_connection, u"SELECT q.person_id FROM (SELECT DISTINCT person_id FROM note INDEXED BY note_by_time "
                                      "WHERE removed_at IS NULL AND occurred_at >= ? AND occurred_at < ?) q "
                                      "JOIN person p ON p.id = q.person_id "
                                      "WHERE NOT EXISTS (SELECT 1 FROM note e INDEXED BY note_by_person "
                                      "WHERE e.person_id = q.person_id AND e.occurred_at < ? AND e.removed_at IS NULL)%1"_s,
                          { from, to, from }, scope);
    while (first.next())
        t.add(firstContacts, first.value(0).toString());
    checked(first);
    QHash<QString, QString> names;
    QSqlQuery c(m_connection);
    if (c.exec(u"SELECT id, name FROM coordinator"_s)) {
        while (c.next())
            names.insert(c.value(0).toString(), c.value(1).toString());
    }
    std::map<QString, double> byAuthor; // in name order
    QSqlQuery r = run(m_connection, u"SELECT n.person_id, coalesce(n.author_id, ''), coalesce(n.minutes, 0) "
                                  "FROM note n INDEXED BY note_by_time JOIN person p ON p.id = n.person_id "
                                  "WHERE n.removed_at IS NULL AND n.occurred_at >= ? AND n.occurred_at < ?%1"_s,
                      { from, to }, scope);
    double minutes = 0;
    const QString another = tr("Another coordinator");
    std::map<QString, QStringList> authorPeople; // each person once per author, in order met
    QHash<QString, QSet<QString>> authorSeen;
    while (r.next()) {
        const QString person = r.value(0).toString();
        t.add(notes, person);
        t.addPerson(people, person);
        minutes += r.value(2).toDouble();
        const QString author = names.value(r.value(1).toString(), another);
        byAuthor[author] += r.value(2).toDouble();
        QSet<QString>& seen = authorSeen[author];
        if (!seen.contains(person)) {
            seen.insert(person);
            authorPeople[author].append(person);
        }
    }
    checked(r);
    t.set(hours, minutes / 60.0, true);
    for (const auto& [author, spent] : byAuthor) {
        const QString label = tr("Hours: %1").arg(author);
        for (const QString& person : authorPeople[author])
            t.add(label, person, 0);
        t.set(label, spent / 60.0, true);
    }
    return t.section(u"Contact"_s, tr("Contact and time"));
}

QuarterlyReturn::Section QuarterlyReturn::connections(const Calendar::Quarter& q, const Scope& scope) const
{
    Tally t;
    const QString all = tr("All new connections");
    t.row(all);
    for (const QString& key : V::keys(V::Kind::ResourceKind))
        t.row(V::label(V::Kind::ResourceKind, key));
    for (const QString& key : V::keys(V::Kind::ConnectionStatus))
        t.row(tr("Reached: %1").arg(V::label(V::Kind::ConnectionStatus, key)));
    QSqlQuery r = run(m_connection, u"SELECT c.person_id, coalesce(r.kind, 'other'), coalesce(c.status, 'suggested') "
                                  "FROM connection c JOIN resource r ON r.id = c.resource_id JOIN person p ON p.id = c.person_id "
                                  "WHERE c.removed_at IS NULL AND c.started_on BETWEEN ? AND ?%1"_s,
                      { iso(q.first), iso(q.last) }, scope);
    while (r.next()) {
        const QString person = r.value(0).toString();
        t.add(all, person);
        t.add(V::label(V::Kind::ResourceKind, r.value(1).toString()), person);
        t.add(tr("Reached: %1").arg(V::label(V::Kind::ConnectionStatus, r.value(2).toString())), person);
    }
    checked(r);
    return t.section(u"Connections"_s, tr("New connections, by kind of resource and how far they came"));
}

QuarterlyReturn::Section QuarterlyReturn::contributions(const Calendar::Quarter& q, const Scope& scope) const
{
    Tally t;
    const QString giving = tr("People giving something");
    t.row(giving);
    QSqlQuery r = run(m_connection, u"SELECT DISTINCT c.person_id FROM connection c JOIN person p ON p.id = c.person_id "
                                  "WHERE c.removed_at IS NULL AND (c.status = 'contributing' OR trim(coalesce(c.contribution, '')) <> '') "
                                  "AND coalesce(c.started_on, '') <= ? AND (c.ended_on IS NULL OR c.ended_on = '' OR c.ended_on >= ?)%1"_s,
                      { iso(q.last), iso(q.first) }, scope);
    while (r.next())
        t.add(giving, r.value(0).toString());
    checked(r);
    return t.section(u"Contributions"_s, tr("Contributions: people giving their time, skills or company"));
}

QuarterlyReturn::Section QuarterlyReturn::outcomes(const Calendar::Quarter& q, const Scope& scope) const
{
    Tally t;
    const QString stories = tr("Outcome stories");
    t.row(stories);
    for (const QString& key : V::keys(V::Kind::OutcomeCategory))
        t.row(V::label(V::Kind::OutcomeCategory, key));
    QSqlQuery r = run(m_connection, u"SELECT o.person_id, coalesce(o.kind, '') FROM outcome o JOIN person p ON p.id = o.person_id "
                                  "WHERE o.removed_at IS NULL AND o.occurred_on BETWEEN ? AND ?%1"_s,
                      { iso(q.first), iso(q.last) }, scope);
    while (r.next()) {
        const QString person = r.value(0).toString();
        t.add(stories, person);
        for (const QString& key : r.value(1).toString().split(u' ', Qt::SkipEmptyParts))
            t.add(V::label(V::Kind::OutcomeCategory, key), person);
    }
    checked(r);
    return t.section(u"Outcomes"_s, tr("Outcomes, by kind of change"));
}

QuarterlyReturn::Section QuarterlyReturn::wellbeing(const Calendar::Quarter& q, const Scope& scope) const
{
    // People answering in the quarter, with an earlier answer to compare: the change from
    // their first measure to their latest.
    Tally t;
    const QString measured = tr("People with two measures or more");
    t.row(measured);
    const QList<Wellbeing::Question> questions = Wellbeing::questions();
    for (const Wellbeing::Question question : questions) {
        t.row(tr("Mean change: %1").arg(Wellbeing::shortName(question)), true);
        t.row(tr("Better band: %1").arg(Wellbeing::shortName(question)));
        t.row(tr("Worse band: %1").arg(Wellbeing::shortName(question)));
    }
    QSqlQuery r = run(m_connection, u"SELECT w.person_id, w.satisfied, w.worthwhile, w.happy, w.anxious FROM wellbeing w "
                                  "JOIN person p ON p.id = w.person_id WHERE w.removed_at IS NULL AND w.taken_on <= ? "
                                  "AND w.person_id IN (SELECT person_id FROM wellbeing WHERE removed_at IS NULL "
                                  "AND taken_on BETWEEN ? AND ?)%1 ORDER BY w.person_id, w.taken_on, w.key"_s,
                      { iso(q.last), iso(q.first), iso(q.last) }, scope);
    struct Span
    {
        int count = 0;
        QVariant first[4];
        QVariant latest[4];
        int firstAt[4] {}; // which measure gave each: a question answered once has no change
        int latestAt[4] {};
    };
    std::map<QString, Span> spans;
    while (r.next()) {
        Span& s = spans[r.value(0).toString()];
        ++s.count;
        for (int i = 0; i < 4; ++i) {
            if (r.value(1 + i).isNull())
                continue;
            if (!s.first[i].isValid()) {
                s.first[i] = r.value(1 + i);
                s.firstAt[i] = s.count;
            }
            s.latest[i] = r.value(1 + i);
            s.latestAt[i] = s.count;
        }
    }
    checked(r);
    double change[4] {};
    int answered[4] {};
    for (const auto& [person, s] : spans) {
        if (s.count < 2)
            continue;
        t.add(measured, person);
        for (int i = 0; i < 4; ++i) {
            // Answered on two different days.
            if (!s.first[i].isValid() || s.firstAt[i] == s.latestAt[i])
                continue;
            const int before = s.first[i].toInt();
            const int after = s.latest[i].toInt();
            change[i] += after - before;
            ++answered[i];
            t.add(tr("Mean change: %1").arg(Wellbeing::shortName(questions.at(i))), person, 0);
            const int move = Wellbeing::bandMove(questions.at(i), before, after);
            if (move > 0)
                t.add(tr("Better band: %1").arg(Wellbeing::shortName(questions.at(i))), person);
            else if (move < 0)
                t.add(tr("Worse band: %1").arg(Wellbeing::shortName(questions.at(i))), person);
        }
    }
    for (int i = 0; i < 4; ++i)
        t.set(tr("Mean change: %1").arg(Wellbeing::shortName(questions.at(i))), answered[i] ? change[i] / answered[i] : 0, true);
    return t.section(u"Wellbeing"_s, tr("Wellbeing change (ONS4), first measure to latest, for people answering this quarter"));
}

QuarterlyReturn::Section QuarterlyReturn::reviews(const Calendar::Quarter& q, const Scope& scope) const
{
    Tally t;
    const QString held = tr("Reviews held");
    const QString overdue = tr("Reviews overdue at the end of the quarter");
    t.row(held);
    t.row(overdue);
    QSqlQuery r = run(m_connection, u"SELECT r.person_id FROM review r JOIN person p ON p.id = r.person_id "
                                  "WHERE r.removed_at IS NULL AND r.done_on BETWEEN ? AND ?%1"_s,
                      { iso(q.first), iso(q.last) }, scope);
    while (r.next())
        t.add(held, r.value(0).toString());
    checked(r);
    // As the Reviews due page counts them, on the quarter's last day: the earliest review
    // then still open, or the cadence from the last one held by then (or the introduction).
    QSqlQuery d = run(m_connection,
                      u"SELECT p.id, p.introduced_on, coalesce(p.review_every_months, 0), "
                      "(SELECT max(h.done_on) FROM review h WHERE h.person_id = p.id AND h.removed_at IS NULL AND h.done_on <= ?), "
                      "(SELECT min(o.due_on) FROM review o WHERE o.person_id = p.id AND o.removed_at IS NULL "
                      "AND (o.done_on IS NULL OR o.done_on = '' OR o.done_on > ?)) "
                      "FROM person p WHERE %2%1"_s.arg(u"%1"_s, QLatin1String(activeAtEnd)),
                      { iso(q.last), iso(q.last), iso(q.last), iso(q.last) }, scope);
    while (d.next()) {
        QDate due = QDate::fromString(d.value(4).toString(), Qt::ISODate);
        if (!due.isValid() && d.value(2).toInt() > 0) {
            const QDate base = QDate::fromString(d.value(3).isNull() ? d.value(1).toString() : d.value(3).toString(), Qt::ISODate);
            due = Calendar::nextReview(base, d.value(2).toInt());
        }
        if (due.isValid() && due < q.last)
            t.add(overdue, d.value(0).toString());
    }
    checked(d);
    return t.section(u"Reviews"_s, tr("Reviews of plans"));
}

} // namespace alongside
