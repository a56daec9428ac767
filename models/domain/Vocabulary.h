#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace alongside {

// The stable keys stored for enumerations, in display order, and their translated labels.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

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
