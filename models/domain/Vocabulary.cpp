// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

#include "schema/Vocabularies.h"

namespace alongside {

using K = Vocabularies::Kind;

QStringList Vocabulary::stages()
{
    return Vocabularies::keys(K::Stage);
}

QString Vocabulary::stageLabel(const QString& key)
{
    return Vocabularies::label(K::Stage, key);
}

QStringList Vocabulary::introducedBy()
{
    return Vocabularies::keys(K::IntroducedBy);
}

QString Vocabulary::introducedByLabel(const QString& key)
{
    return Vocabularies::label(K::IntroducedBy, key);
}

QList<int> Vocabulary::levels()
{
    QList<int> levels;
    for (const QString& key : Vocabularies::keys(K::Level))
        levels.append(key.toInt());
    return levels;
}

QString Vocabulary::levelLabel(int level)
{
    return Vocabularies::contains(K::Level, QString::number(level)) ? Vocabularies::label(K::Level, QString::number(level))
                                                                     : QString();
}

QStringList Vocabulary::noteKinds()
{
    return Vocabularies::keys(K::NoteKind);
}

QString Vocabulary::noteKindLabel(const QString& key)
{
    return Vocabularies::label(K::NoteKind, key);
}

} // namespace alongside
