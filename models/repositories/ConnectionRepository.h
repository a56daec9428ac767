// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace alongside {

class Database;
class EditCommand;
class Editor;

// A person's links to the community directory, from first suggestion to contributing,
// with what the person gives as well as what they receive.
class ConnectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionRepository)

public:
    struct Connection
    {
        QString id;
        QString personId;
        QString resourceId;
        QString status = QStringLiteral("suggested");
        QString startedOn;
        QString endedOn;
        QString notes;
        QString contribution; // what the person gives: time, a skill, company
        // Read with the row, for display: the other end of the link.
        QString resourceName;
        QString resourceKind;
        QString personName;
    };

    // suggested → introduced → connected → contributing, or ended.
    static QStringList statuses();
    static QString statusLabel(const QString& status);

    ConnectionRepository(Database& database, Editor& editor);

    QList<Connection> forPerson(const QString& personId) const;     // current first, then by resource name
    QList<Connection> forResource(const QString& resourceId) const; // by person's name
    // How many people are linked to each resource now (not counting ended links).
    QHash<QString, int> currentCounts() const;
    std::optional<Connection> find(const QString& id) const;

    // Undoable changes (null, with Editor::error(), when refused).
    std::unique_ptr<EditCommand> adding(const Connection& connection);
    std::unique_ptr<EditCommand> editing(const Connection& before, const Connection& after);
    std::unique_ptr<EditCommand> removing(const Connection& connection);
    // The same, written at once (the demo, tests).
    QString add(const Connection& connection);
    bool save(const Connection& connection);
    bool remove(const QString& id);
    QString error() const { return m_error; }

private:
    bool check(const Connection& c);
    bool refuse(const QString& reason);
    static QVariantMap fieldsOf(const Connection& c);
    QList<Connection> select(const QString& where, const QString& order, const QString& value) const;

    Database& m_database;
    Editor& m_editor;
    QString m_error;
};

} // namespace alongside
