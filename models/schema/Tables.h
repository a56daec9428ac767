// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Vocabularies.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace alongside {

// Every shared table declared once: its fields with their labels, the rows it belongs
// to, how it reaches a person, and the order it travels in. Sync, erasure, undo and the
// conflicts list all read this, so a table or field added here is covered everywhere.
class Tables
{
    Q_DECLARE_TR_FUNCTIONS(Tables)

public:
    struct Field
    {
        const char* name;
        const char* label; // QT_TR_NOOP: translated by fieldLabel()
    };

    // A column naming the row this one belongs to.
    struct Link
    {
        QString table;
        QString column;
    };

    struct Table
    {
        QString name;
        const char* label; // the kind of row in a sentence ("goal"), QT_TR_NOOP
        QList<Link> parents;
        QString personColumn; // the column holding the person's id, when the row names one directly
        bool removable;       // removed rows are kept (removed_at) so undo and sync can restore them
        QList<Field> fields;
    };

    struct Child
    {
        QString table;
        QString parentColumn;
    };

    static constexpr auto removedField = "removed_at";

    // Parents before children: the order rows are exported and applied in.
    static const QList<Table>& shared();
    static const QStringList& sharedNames();
    static const Table* find(const QString& table);
    static bool isRemovable(const QString& table);
    static bool hasField(const QString& table, const QString& field);
    static QList<Child> childrenOf(const QString& table);
    // Each shared row's integer key (its table's INTEGER PRIMARY KEY) lies in its table's
    // own range: the n-th table of shared() numbers its rows from n << 40 (schema 7).
    static qint64 firstKey(const QString& table);
    static qint64 lastKey(const QString& table) { return firstKey(table) + (qint64(1) << 40) - 1; }

    // Translated labels for messages and the conflicts list.
    static QString tableLabel(const QString& table);
    static QString fieldLabel(const QString& table, const QString& field);
    // The vocabulary a field's keys come from, if it has one.
    static std::optional<Vocabularies::Kind> vocabularyOf(const QString& table, const QString& field);
};

} // namespace alongside
