// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace alongside {

class Database;
class EditCommand;
class Editor;

// The one-page profile: short items in three sections, each in the person's own order.
class ProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRepository)

public:
    struct Item
    {
        QString id;
        QString personId;
        QString section;
        QString text;
        double position = 0;
    };

    // Stable keys, in the order the profile shows them.
    static const QStringList& sections();
    static QString sectionTitle(const QString& section);

    ProfileRepository(Database& database, Editor& editor);

    QList<Item> items(const QString& personId, const QString& section) const;
    std::optional<Item> find(const QString& id) const;

    // Undoable changes (null, with Editor::error(), when refused).
    // Adds at the end of the section.
    std::unique_ptr<EditCommand> adding(const QString& personId, const QString& section, const QString& text);
    std::unique_ptr<EditCommand> editing(const QString& id, const QString& text);
    // Moves the item in row `from` of its section to row `to`; only its position changes.
    std::unique_ptr<EditCommand> moving(const QString& personId, const QString& section, int from, int to);
    std::unique_ptr<EditCommand> removing(const QString& id);

    // The same, written at once (the demo, tests). add() returns the new id.
    QString add(const QString& personId, const QString& section, const QString& text);
    bool move(const QString& personId, const QString& section, int from, int to);
    QString error() const { return m_error; }

private:
    bool fail(const QString& message);

    Database& m_database;
    Editor& m_editor;
    QString m_error;
};

} // namespace alongside
