#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace alongside {

class ChangeNotifier;
class ChangeWriter;
class Database;

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

    ProfileRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier);

    QList<Item> items(const QString& personId, const QString& section) const;
    // Adds at the end of the section, or at `position` when given. Returns the new id.
    QString add(const QString& personId, const QString& section, const QString& text, double position = qQNaN());
    bool setText(const QString& id, const QString& text);
    // Moves the item in row `from` of its section to row `to`; only its position changes.
    bool move(const QString& personId, const QString& section, int from, int to);
    bool setPosition(const QString& id, double position);
    bool remove(const QString& id);
    QString error() const { return m_error; }

private:
    std::optional<Item> find(const QString& id) const;
    bool fail(const QString& message);

    Database& m_database;
    ChangeWriter& m_writer;
    ChangeNotifier& m_notifier;
    QString m_error;
};

} // namespace alongside
