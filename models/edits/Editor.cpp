// SPDX-License-Identifier: GPL-3.0-or-later
#include "Editor.h"

#include "EditCommand.h"
#include "domain/Clock.h"
#include "schema/Tables.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "versioning/ChangeWriter.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace alongside {

Editor::Editor(Database& database, ChangeWriter& writer, ChangeNotifier& notifier, const Clock& clock)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
    , m_clock(clock)
{
    // A renamed person (here or by an import) is looked up again.
    const auto forget = [this] { m_lastName = {}; };
    connect(&m_notifier, &ChangeNotifier::personChanged, this, forget);
    connect(&m_notifier, &ChangeNotifier::peopleReset, this, forget);
    connect(&m_notifier, &ChangeNotifier::personRemoved, this, forget);
}

Editor::~Editor() = default;

bool Editor::push(QUndoStack& stack, std::unique_ptr<EditCommand> command)
{
    if (!command)
        return false; // refused, with the reason in error()
    m_error.clear();
    stack.push(command.release()); // runs its first redo(); a failed one is dropped
    return m_error.isEmpty();
}

bool Editor::run(std::unique_ptr<EditCommand> command, QString* rowId)
{
    if (!command)
        return false; // refused, with the reason in error()
    m_error.clear();
    command->redo();
    if (rowId)
        *rowId = m_error.isEmpty() ? command->rowId() : QString();
    return m_error.isEmpty();
}

bool Editor::begin()
{
    if (m_depth++ == 0) {
        m_failed = false;
        m_notices.clear();
        m_touched.clear();
        m_touchedMany = false;
        m_erasedPeople.clear();
        m_transaction = std::make_unique<Transaction>(m_database);
        if (!m_transaction->isActive())
            return fail(m_transaction->error());
        m_writer.startedWriting(*m_transaction);
    }
    return !m_failed;
}

bool Editor::end(bool ok)
{
    if (--m_depth > 0)
        return ok;
    const auto settle = qScopeGuard([this] { Q_EMIT settled(); });
    if (!ok || m_failed) {
        m_transaction.reset(); // rolls back
        m_touched.clear();
        return false;
    }
    if (!m_transaction->commit()) {
        const QString why = m_transaction->error();
        m_transaction.reset();
        return fail(tr("Could not save: %1.").arg(why));
    }
    m_transaction.reset();
    for (const auto& [table, person] : std::as_const(m_touched)) {
        if (table == u"person")
            Q_EMIT m_notifier.personChanged(person);
        else if (table == u"goal" || table == u"step")
            Q_EMIT m_notifier.goalsChanged(person);
        else if (table == u"profile_item")
            Q_EMIT m_notifier.profileChanged(person);
        else if (table == u"supporter")
            Q_EMIT m_notifier.supportersChanged(person);
        else if (table == u"connection")
            Q_EMIT m_notifier.connectionsChanged(person);
        else if (table == u"note")
            Q_EMIT m_notifier.notesChanged(person);
        else if (table == u"review")
            Q_EMIT m_notifier.reviewsChanged(person);
        else if (table == u"wellbeing")
            Q_EMIT m_notifier.wellbeingChanged(person);
        else if (table == u"outcome")
            Q_EMIT m_notifier.outcomesChanged(person);
        else if (table == u"consent")
            Q_EMIT m_notifier.consentChanged(person);
        else if (table == u"team_setting")
            Q_EMIT m_notifier.teamSettingsChanged();
        else if (table == u"resource")
            Q_EMIT m_notifier.resourcesChanged();
    }
    m_touched.clear();
    if (!m_erasedPeople.isEmpty()) {
        m_database.wipeErasedTraces();
        if (!m_touchedMany) {
            for (const QString& id : std::as_const(m_erasedPeople))
                Q_EMIT m_notifier.personRemoved(id);
        }
        m_erasedPeople.clear();
    }
    if (m_touchedMany) {
        m_touchedMany = false;
        Q_EMIT m_notifier.peopleReset();
    }
    for (const QString& notice : std::as_const(m_notices))
        Q_EMIT noticed(notice);
    m_notices.clear();
    return true;
}

bool Editor::erasePerson(const QString& id)
{
    if (!m_writer.purge(u"person"_s, id))
        return fail(m_writer.error());
    m_erasedPeople.append(id);
    return true;
}

bool Editor::fail(const QString& message)
{
    m_failed = true;
    m_error = message;
    return false;
}

void Editor::touched(const QString& table, const QString& personId)
{
    m_touched.insert({ table, personId });
}

std::optional<QVariantMap> Editor::read(const QString& table, const QString& id, const QStringList& fields)
{
    const Tables::Table* t = Tables::find(table);
    if (!t || fields.isEmpty())
        return std::nullopt;
    for (const QString& f : fields) {
        if (!Tables::hasField(table, f))
            return std::nullopt;
    }
    QSqlQuery& q = m_writer.prepared(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(fields.join(u", "_s), table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QVariantMap values;
    for (int i = 0; i < fields.size(); ++i)
        values.insert(fields.at(i), q.value(i));
    q.finish();
    return values;
}

bool Editor::insert(const QString& table, const QString& id, const QVariantMap& fields)
{
    if (m_writer.insert(table, fields, id).isEmpty())
        return fail(m_writer.error());
    return true;
}

bool Editor::write(const QString& table, const QString& id, const QVariantMap& changes)
{
    if (!m_writer.update(table, id, changes))
        return fail(m_writer.error());
    return true;
}

Dot Editor::lastDot() const
{
    return m_writer.lastDot();
}

Dot Editor::versionOf(const QString& table, const QString& id, const QString& field)
{
    return m_writer.versions().current(table, id, field).dot;
}

bool Editor::isAsLeft(const QString& table, const QString& id, const QString& field, const Dot& wrote,
                      const QVariant& stored, const QVariant& left, Dot* by)
{
    const Dot now = versionOf(table, id, field);
    *by = now;
    return now == wrote || (now.site == m_writer.siteId() && ChangeWriter::sameValue(stored, left));
}

bool Editor::hasConflict(const QString& table, const QString& id, const QString& field)
{
    return !m_writer.versions().conflictsOf(table, id, field).isEmpty();
}

int Editor::liveChildren(const QString& table, const QString& id)
{
    int count = 0;
    for (const Tables::Child& child : Tables::childrenOf(table)) {
        const QString live = Tables::isRemovable(child.table) ? u" AND removed_at IS NULL"_s : QString();
        QSqlQuery& q = m_writer.prepared(
            u"SELECT count(*) FROM %1 WHERE %2 = ?%3"_s.arg(child.table, child.parentColumn, live));
        q.addBindValue(id);
        if (q.exec() && q.next())
            count += q.value(0).toInt();
        q.finish();
    }
    return count;
}

QString Editor::personOf(const QString& table, const QString& id)
{
    const Tables::Table* t = Tables::find(table);
    if (!t)
        return {};
    if (table == u"person")
        return id;
    if (t->personColumn.isEmpty() && t->parents.size() == 1) {
        // Reached through its parent (a step through its goal).
        const Tables::Link& up = t->parents.constFirst();
        const auto parent = read(table, id, { up.column });
        return parent ? personOf(up.table, parent->value(up.column).toString()) : QString();
    }
    if (t->personColumn.isEmpty())
        return {};
    const auto row = read(table, id, { t->personColumn });
    return row ? row->value(t->personColumn).toString() : QString();
}

QString Editor::personName(const QString& personId)
{
    if (!personId.isEmpty() && m_lastName.first == personId)
        return m_lastName.second;
    const auto row = read(u"person"_s, personId, { u"given_name"_s, u"family_name"_s });
    if (!row)
        return {};
    m_lastName = { personId, (row->value(u"given_name"_s).toString() + u' ' + row->value(u"family_name"_s).toString()).trimmed() };
    return m_lastName.second;
}

QString Editor::laptopOf(const Dot& dot)
{
    if (dot.site == m_writer.siteId())
        return {};
    QSqlQuery& q = m_writer.prepared(u"SELECT laptop_name FROM known_site WHERE site_id = ?"_s);
    q.addBindValue(dot.site);
    QString name = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return name.isEmpty() ? tr("another laptop") : name;
}

QString Editor::now() const
{
    return m_clock.now().toString(Qt::ISODateWithMs);
}

namespace {
// "Phone" reads "phone" inside a sentence; "GP" stays as it is.
QString inSentence(const QString& label)
{
    if (label.size() > 1 && label.at(0).isUpper() && label.at(1).isLower())
        return label.at(0).toLower() + label.mid(1);
    return label;
}
} // namespace

QString Editor::leftAlone(bool undoing, Why why, const QString& personId, const QString& table, const QString& field,
                          const Dot& by)
{
    const QString name = personName(personId);
    // "Bethan Pritchard's phone", "Bethan Pritchard's goal", or "the resource's name".
    const QString what = field.isEmpty() ? inSentence(Tables::tableLabel(table)) : inSentence(Tables::fieldLabel(table, field));
    const QString whose = name.isEmpty() ? tr("the %1").arg(what) : tr("%1's %2").arg(name, what);
    switch (why) {
    case Why::ChangedSince: {
        const QString laptop = laptopOf(by);
        if (laptop.isEmpty())
            return undoing ? tr("Not undone: %1 was changed since on this laptop.").arg(whose)
                           : tr("Not redone: %1 was changed since on this laptop.").arg(whose);
        return undoing ? tr("Not undone: %1 was changed on %2 since.").arg(whose, laptop)
                       : tr("Not redone: %1 was changed on %2 since.").arg(whose, laptop);
    }
    case Why::Conflict:
        return undoing ? tr("Not undone: %1 has a value from another laptop to settle on the Sync page first.").arg(whose)
                       : tr("Not redone: %1 has a value from another laptop to settle on the Sync page first.").arg(whose);
    case Why::Gone:
        return undoing ? tr("Not undone: %1 is no longer on this laptop.").arg(whose)
                       : tr("Not redone: %1 is no longer on this laptop.").arg(whose);
    case Why::HasChildren:
        return tr("Not undone: %1 has had more added to it since, so it stays.").arg(whose);
    }
    return {};
}

QString Editor::siteId() const
{
    return m_writer.siteId();
}

} // namespace alongside
