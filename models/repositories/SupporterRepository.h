// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

#include <memory>

namespace alongside {

class ChangeNotifier;
class ChangeWriter;
class Database;
class EditCommand;
class Editor;

// The person's circle of support: who is in their life, and how close.
// Circles: 1 intimacy (closest family and friends), 2 friendship, 3 participation
// (clubs, neighbours, work, faith), 4 exchange (paid people).
class SupporterRepository
{
    Q_DECLARE_TR_FUNCTIONS(SupporterRepository)

public:
    struct Supporter
    {
        QString id;
        QString personId;
        QString name;
        QString relationship;
        int circle = 1;
        QString phone;
        QString email;
        QString notes;
    };

    static QString circleName(int circle);
    static QString circleDescription(int circle);

    SupporterRepository(Database& database, Editor& editor);

    QList<Supporter> forPerson(const QString& personId) const; // by circle, then name
    std::optional<Supporter> find(const QString& id) const;

    // Undoable changes (null, with Editor::error(), when refused).
    std::unique_ptr<EditCommand> adding(const Supporter& supporter);
    std::unique_ptr<EditCommand> editing(const Supporter& before, const Supporter& after);
    std::unique_ptr<EditCommand> removing(const Supporter& supporter);
    // The same, written at once (the demo, tests).
    QString add(const Supporter& supporter);
    bool save(const Supporter& supporter);
    bool remove(const QString& id);
    QString error() const { return m_error; }

private:
    bool check(const Supporter& s);
    static QVariantMap fieldsOf(const Supporter& s);

    Database& m_database;
    Editor& m_editor;
    QString m_error;
};

} // namespace alongside
