// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace alongside {

class Clock;
class Database;
class EditCommand;
class Editor;

// Outcome stories: what changed for a person, in their words where possible, what would
// likely have happened without, the kinds of change (Vocabularies::OutcomeCategory), and
// the goals and connections it came from.
class OutcomeRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeRepository)

public:
    struct Story
    {
        QString id;
        QString personId;
        QDate occurredOn;
        QStringList categories; // vocabulary keys, at least one
        QString story;
        QString likelyWithout;
        QStringList related; // ids of the person's goals and connections
    };

    // Something the story can relate to: one of the person's goals or connections.
    struct Relatable
    {
        QString id;
        QString table; // "goal" or "connection"
        QString title;
    };

    OutcomeRepository(Database& database, Editor& editor, const Clock& clock);

    // The newest first, as a list reads.
    QList<Story> stories(const QString& personId) const;
    std::optional<Story> find(const QString& id) const;
    // The person's goals, then their connections (with the resource's name).
    QList<Relatable> relatable(const QString& personId) const;
    // What the related ids name now; an id whose goal or connection is gone is left out.
    QStringList relatedTitles(const Story& story) const;

    // Undoable changes (null, with Editor::error(), when refused; editing() gives null
    // with an empty error when nothing changed).
    std::unique_ptr<EditCommand> adding(const Story& story);
    std::unique_ptr<EditCommand> editing(const Story& story);
    std::unique_ptr<EditCommand> removing(const QString& id);

    QString add(const Story& story);
    QString error() const { return m_error; }

private:
    bool fail(const QString& message);
    bool check(const Story& story, const QStringList& keptRelated = {});

    Database& m_database;
    Editor& m_editor;
    const Clock& m_clock;
    QString m_error;
};

} // namespace alongside
