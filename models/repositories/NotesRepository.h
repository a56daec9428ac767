#pragma once

#include "domain/Note.h"

#include <QCoreApplication>
#include <QList>

namespace alongside {

class ChangeNotifier;
class ChangeWriter;
class Database;

// Notes of contact with a person, newest first.
class NotesRepository
{
    Q_DECLARE_TR_FUNCTIONS(NotesRepository)

public:
    NotesRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier);

    // Returns the new note's id, or an empty string with error() set.
    QString add(const Note& note);
    bool save(const Note& note);
    QList<Note> forPerson(const QString& personId) const;
    int countForPerson(const QString& personId) const;
    // When the person was last in contact; invalid when never.
    QDateTime lastContact(const QString& personId) const;
    QString error() const { return m_error; }

    static QString toStoredTime(const QDateTime& when);
    static QDateTime fromStoredTime(const QString& stored);

private:
    bool check(const Note& note);
    static QVariantMap fieldsOf(const Note& note);

    Database& m_database;
    ChangeWriter& m_writer;
    ChangeNotifier& m_notifier;
    QString m_error;
};

} // namespace alongside
