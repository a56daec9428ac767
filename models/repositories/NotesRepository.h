// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Note.h"

#include <QCoreApplication>
#include <QList>

namespace alongside {

class Database;
class EditCommand;
class Editor;

// Notes of contact with a person, newest first.
class NotesRepository
{
    Q_DECLARE_TR_FUNCTIONS(NotesRepository)

public:
    NotesRepository(Database& database, Editor& editor);

    // Undoable changes (null, with Editor::error(), when refused).
    std::unique_ptr<EditCommand> adding(const Note& note);
    std::unique_ptr<EditCommand> editing(const Note& before, const Note& after);
    std::unique_ptr<EditCommand> removing(const Note& note);
    // Written at once (the demo, tests): returns the new note's id, or an empty string
    // with error() set.
    QString add(const Note& note);
    std::optional<Note> find(const QString& id) const;
    QList<Note> forPerson(const QString& personId) const;
    int countForPerson(const QString& personId) const;
    // When the person was last in contact; invalid when never.
    QDateTime lastContact(const QString& personId) const;
    // The minutes written on the person's notes, and when the first note was.
    struct TimeSpent
    {
        qint64 minutes = 0;
        QDateTime since; // invalid when there is no note
    };
    TimeSpent timeWith(const QString& personId) const;
    QString error() const { return m_error; }

    static QString toStoredTime(const QDateTime& when);
    static QDateTime fromStoredTime(const QString& stored);

private:
    bool check(const Note& note);
    static QVariantMap fieldsOf(const Note& note);

    QList<Note> select(const QString& where, const QString& value) const;

    Database& m_database;
    Editor& m_editor;
    QString m_error;
};

} // namespace alongside
