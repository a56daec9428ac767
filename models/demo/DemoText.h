// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace alongside {

// The word lists behind the demo caseload (resources/demo): names, streets, wards,
// places, community groups and note templates.
struct DemoText
{
    struct Template
    {
        QString kind;
        QString text;
    };

    QStringList givenNames;
    QStringList familyNames;
    QStringList streets;
    QStringList wards;
    QStringList places;
    QStringList groups;     // community resources by name
    QStringList groupKinds; // and the directory kind of each
    QList<Template> notes;

    static DemoText load(const QString& directory = QStringLiteral(":/demo"));
    bool isComplete() const;
};

} // namespace alongside
