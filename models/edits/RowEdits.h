// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditCommand.h"
#include "versioning/Version.h"

#include <QList>
#include <QVariantMap>

namespace alongside {

// The fields of `after` whose values differ from `before`.
QVariantMap changedFields(const QVariantMap& before, const QVariantMap& after);

// Changes some fields of one row. Records, per field it changed, the value before and
// after and the version it wrote; undo and redo restore a field only while that
// version is still the field's current one, so a change made since (another page, an
// import, a teammate's edit) is never overwritten.
class FieldEdit : public EditCommand
{
public:
    FieldEdit(Editor& editor, const QString& table, const QString& id, const QVariantMap& after,
              const QString& personId, const QString& text);
    QString rowId() const override { return m_id; }

protected:
    bool perform(Phase phase) override;

private:
    struct Change
    {
        QString field;
        QVariant before;
        QVariant after;
        Dot dot;          // the version this command last wrote for the field
        bool ours = true; // false once the field was changed by someone else
    };

    QString m_table;
    QString m_id;
    QVariantMap m_after;
    QList<Change> m_changes;
};

// Adds a row with its id chosen up front, so undo and redo keep the same row. Undo
// removes it (removed_at) unless something has been added to it since.
class AddRow : public EditCommand
{
public:
    AddRow(Editor& editor, const QString& table, const QVariantMap& fields, const QString& personId,
           const QString& text, const QString& id = {});
    QString rowId() const override { return m_id; }

protected:
    bool perform(Phase phase) override;

private:
    QString m_table;
    QString m_id;
    QVariantMap m_fields;
    Dot m_dot;              // the version of removed_at this command last wrote
    QVariant m_removedAt;   // and its value
    bool m_skipped = false; // the last undo left the row as it was
};

// Removes a row and, with it, everything that belongs to it: the row is kept, marked
// removed, so undo brings back the same row with its children and their ids, and with
// any edit made to them since.
class RemoveRow : public EditCommand
{
public:
    RemoveRow(Editor& editor, const QString& table, const QString& id, const QString& personId, const QString& text);
    QString rowId() const override { return m_id; }

protected:
    bool perform(Phase phase) override;

private:
    QString m_table;
    QString m_id;
    Dot m_dot;
    QVariant m_removedAt;
    bool m_skipped = false;
};

} // namespace alongside
