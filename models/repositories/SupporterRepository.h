#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace alongside {

class ChangeNotifier;
class ChangeWriter;
class Database;

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

    SupporterRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier);

    QList<Supporter> forPerson(const QString& personId) const; // by circle, then name
    QString add(const Supporter& supporter);
    bool save(const Supporter& supporter);
    bool remove(const QString& id);
    QString error() const { return m_error; }

private:
    bool check(const Supporter& s);
    static QVariantMap fieldsOf(const Supporter& s);

    Database& m_database;
    ChangeWriter& m_writer;
    ChangeNotifier& m_notifier;
    QString m_error;
};

} // namespace alongside
