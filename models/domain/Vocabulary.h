// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace alongside {

// The person and note vocabularies, as the screens use them; declared in
// schema/Vocabularies.
class Vocabulary
{
public:
    static QStringList stages();
    static QString stageLabel(const QString& key);
    static QStringList introducedBy();
    static QString introducedByLabel(const QString& key);
    static QList<int> levels();
    static QString levelLabel(int level);
    static QStringList noteKinds();
    static QString noteKindLabel(const QString& key);
};

} // namespace alongside
