// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

Migrations::Migrations(const QString& directory)
{
    static const QRegularExpression numbered(u"^(\\d+)_.*\\.sql$"_s);
    const QDir dir(directory);
    const QStringList names = dir.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QRegularExpressionMatch m = numbered.match(name);
        if (!m.hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        m_steps.append({ m.captured(1).toInt(), QString::fromUtf8(file.readAll()) });
    }
    std::sort(m_steps.begin(), m_steps.end(), [](const Step& a, const Step& b) { return a.version < b.version; });
}

int Migrations::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

QList<Migrations::Step> Migrations::stepsAfter(int version) const
{
    QList<Step> result;
    for (const Step& s : m_steps) {
        if (s.version > version)
            result.append(s);
    }
    return result;
}

} // namespace alongside
