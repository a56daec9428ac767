// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace alongside {

class Database;

// The values written on two laptops at once, where one was kept and the other set
// aside: what a coordinator needs to choose between them.
class ConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRepository)

public:
    struct Written
    {
        QString value; // as a coordinator reads it
        QString coordinator;
        QString laptop;
        QDateTime at;
        bool mine = false; // written on this laptop
    };

    struct Entry
    {
        qint64 id = 0;
        QString personId;
        QString record; // whose record, and which part of it
        QString field;  // the field's label
        Written current; // the value shown now, on every laptop
        Written other;   // the value set aside
    };

    explicit ConflictRepository(Database& database);
    QList<Entry> list() const;
    int count() const;

    static QString fieldLabel(const QString& table, const QString& field);
    static QString valueText(const QString& table, const QString& field, const QVariant& value);

private:
    Written author(qint64 hlc, const QString& site) const;
    Database& m_database;
};

} // namespace alongside
