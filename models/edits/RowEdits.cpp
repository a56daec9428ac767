// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowEdits.h"

#include "Editor.h"
#include "schema/Tables.h"
#include "versioning/ChangeWriter.h"

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
const QString removedField = QLatin1String(Tables::removedField);
}

QVariantMap changedFields(const QVariantMap& before, const QVariantMap& after)
{
    QVariantMap changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!ChangeWriter::sameValue(before.value(it.key()), it.value()))
            changed.insert(it.key(), it.value());
    }
    return changed;
}

FieldEdit::FieldEdit(Editor& editor, const QString& table, const QString& id, const QVariantMap& after,
                     const QString& personId, const QString& text)
    : EditCommand(editor, personId, text)
    , m_table(table)
    , m_id(id)
    , m_after(after)
{
}

bool FieldEdit::perform(Phase phase)
{
    Editor& e = editor();
    if (phase == Phase::First) {
        const auto stored = e.read(m_table, m_id, m_after.keys());
        if (!stored)
            return e.fail(Editor::tr("That is no longer on this laptop."));
        QVariantMap changes;
        for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
            if (!ChangeWriter::sameValue(stored->value(it.key()), it.value())) {
                changes.insert(it.key(), it.value());
                m_changes.append({ it.key(), stored->value(it.key()), it.value(), {}, true });
            }
        }
        if (changes.isEmpty()) {
            setObsolete(true); // nothing changed: nothing to undo
            return true;
        }
        if (!e.write(m_table, m_id, changes))
            return false;
        for (Change& c : m_changes)
            c.dot = e.lastDot();
        e.touched(m_table, personId());
        return true;
    }

    const bool undoing = phase == Phase::Back;
    if (m_changes.isEmpty())
        return true;
    QStringList names;
    for (const Change& c : std::as_const(m_changes))
        names.append(c.field);
    const auto stored = e.read(m_table, m_id, names);
    if (!stored) {
        e.tell(e.leftAlone(undoing, Editor::Why::Gone, personId(), m_table));
        return true;
    }
    QVariantMap values;
    for (Change& c : m_changes) {
        if (!c.ours)
            continue;
        Dot by;
        if (!e.isAsLeft(m_table, m_id, c.field, c.dot, stored->value(c.field), undoing ? c.after : c.before, &by)) {
            c.ours = false;
            e.tell(e.leftAlone(undoing, Editor::Why::ChangedSince, personId(), m_table, c.field, by));
        } else if (e.hasConflict(m_table, m_id, c.field)) {
            c.ours = false;
            e.tell(e.leftAlone(undoing, Editor::Why::Conflict, personId(), m_table, c.field));
        } else {
            values.insert(c.field, undoing ? c.before : c.after);
        }
    }
    if (values.isEmpty())
        return true;
    if (!e.write(m_table, m_id, values))
        return false;
    for (Change& c : m_changes) {
        if (values.contains(c.field))
            c.dot = e.lastDot();
    }
    e.touched(m_table, personId());
    return true;
}

AddRow::AddRow(Editor& editor, const QString& table, const QVariantMap& fields, const QString& personId,
               const QString& text, const QString& id)
    : EditCommand(editor, personId, text)
    , m_table(table)
    , m_id(id.isEmpty() ? ChangeWriter::newId() : id)
    , m_fields(fields)
{
}

bool AddRow::perform(Phase phase)
{
    Editor& e = editor();
    if (!Tables::isRemovable(m_table))
        return e.fail(Editor::tr("Internal error: rows of %1 cannot be added and removed.").arg(m_table));
    if (phase == Phase::First) {
        if (!e.insert(m_table, m_id, m_fields))
            return false;
        m_dot = e.lastDot();
        m_removedAt = QVariant();
        e.touched(m_table, personId());
        return true;
    }
    const bool undoing = phase == Phase::Back;
    if (!undoing && m_skipped)
        return true; // the undo left it in place: it is still there
    const auto row = e.read(m_table, m_id, { removedField });
    Dot by;
    if (!row) {
        e.tell(e.leftAlone(undoing, Editor::Why::Gone, personId(), m_table));
        m_skipped = undoing;
        return true;
    }
    if (!e.isAsLeft(m_table, m_id, removedField, m_dot, row->value(removedField), m_removedAt, &by)) {
        e.tell(e.leftAlone(undoing, Editor::Why::ChangedSince, personId(), m_table, {}, by));
        m_skipped = undoing;
        return true;
    }
    if (undoing && e.liveChildren(m_table, m_id) > 0) {
        e.tell(e.leftAlone(true, Editor::Why::HasChildren, personId(), m_table));
        m_skipped = true;
        return true;
    }
    m_skipped = false;
    m_removedAt = undoing ? QVariant(e.now()) : QVariant();
    if (!e.write(m_table, m_id, { { removedField, m_removedAt } }))
        return false;
    m_dot = e.lastDot();
    e.touched(m_table, personId());
    return true;
}

RemoveRow::RemoveRow(Editor& editor, const QString& table, const QString& id, const QString& personId,
                     const QString& text)
    : EditCommand(editor, personId, text)
    , m_table(table)
    , m_id(id)
{
}

bool RemoveRow::perform(Phase phase)
{
    Editor& e = editor();
    if (!Tables::isRemovable(m_table))
        return e.fail(Editor::tr("Internal error: rows of %1 cannot be added and removed.").arg(m_table));
    const auto row = e.read(m_table, m_id, { removedField });
    if (phase == Phase::First) {
        if (!row || !row->value(removedField).isNull())
            return e.fail(Editor::tr("That is no longer on this laptop."));
    } else {
        const bool undoing = phase == Phase::Back;
        if (!undoing && m_skipped)
            return true;
        Dot by;
        if (!row || !e.isAsLeft(m_table, m_id, removedField, m_dot, row->value(removedField),
                                undoing ? m_removedAt : QVariant(), &by)) {
            e.tell(e.leftAlone(undoing, row ? Editor::Why::ChangedSince : Editor::Why::Gone, personId(), m_table, {}, by));
            m_skipped = undoing;
            return true;
        }
        m_skipped = false;
    }
    const bool removing = phase != Phase::Back;
    const QVariant value = removing ? QVariant(e.now()) : QVariant();
    if (!e.write(m_table, m_id, { { removedField, value } }))
        return false;
    m_dot = e.lastDot();
    if (removing)
        m_removedAt = value;
    e.touched(m_table, personId());
    return true;
}

} // namespace alongside
