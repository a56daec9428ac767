// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace alongside {

// The numbered SQL files (001_schema.sql, 002_….sql) that take a database from one
// schema version to the next; the number is the version the file produces.
class Migrations
{
public:
    struct Step
    {
        int version = 0;
        QString sql;
    };

    explicit Migrations(const QString& directory);

    int latestVersion() const;
    QList<Step> stepsAfter(int version) const;

private:
    QList<Step> m_steps;
};

} // namespace alongside
