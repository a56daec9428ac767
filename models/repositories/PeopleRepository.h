// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PeopleQuery.h"
#include "domain/Person.h"
#include "domain/PersonValidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace alongside {

class AuditLog;

class ChangeNotifier;
class ChangeWriter;
class Database;
class EditCommand;
class Editor;

// People: reading, creating, editing and archiving, and the windowed queries behind
// the people list.
class PeopleRepository
{
    Q_DECLARE_TR_FUNCTIONS(PeopleRepository)

public:
    // All borrowed. An erasure goes in the audit trail.
    PeopleRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier, Editor& editor,
                     AuditLog& audit);

    std::optional<Person> find(const QString& id) const;
    // Returns the new id, or an empty string with problems() / error() set.
    QString create(const Person& person);
    // An undoable edit of the fields the coordinator changed from `base` (the person as
    // shown when editing began) to `after`; fields changed elsewhere meanwhile are kept.
    // Null, with Editor::error() and problems(), when `after` is not valid.
    std::unique_ptr<EditCommand> editing(const Person& base, const Person& after, const QString& text);
    // Saves `after` over the stored person at once; only changed fields are written.
    bool save(const Person& after);
    bool archive(const QString& id, const QString& reason, QDate on);
    bool unarchive(const QString& id);
    // Right to erasure: removes the person and everything about them, here and, after
    // the next sync, on every laptop of the team. Cannot be undone.
    bool erase(const QString& id);
    // Erases these people in one step, every one or none, each as erase() does (recorded
    // in the audit trail, reaching every laptop). progress(done, total) after each.
    bool eraseAll(const QStringList& ids, const std::function<void(int, int)>& progress = {});

    Database& database() const { return m_database; }
    // The people list on the main connection (see PeopleList).
    int count(const PeopleQuery& query) const;
    QList<PersonRow> page(const PeopleQuery& query, int offset, int limit) const;
    // The row the person has in the list the query describes, or -1.
    int rowOf(const PeopleQuery& query, const QString& id) const;

    QList<PersonValidator::Problem> problems() const { return m_problems; }
    QString error() const { return m_error; }


private:
    bool validate(const Person& person);

    Database& m_database;
    ChangeWriter& m_writer;
    ChangeNotifier& m_notifier;
    Editor& m_editor;
    AuditLog& m_audit;
    QList<PersonValidator::Problem> m_problems;
    QString m_error;
};

} // namespace alongside
