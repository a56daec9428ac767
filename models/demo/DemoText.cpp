// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoText.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty())
            lines.append(text);
    }
    return lines;
}
} // namespace

DemoText DemoText::load(const QString& directory)
{
    DemoText t;
    t.givenNames = readLines(directory + u"/given_names.txt"_s);
    t.familyNames = readLines(directory + u"/family_names.txt"_s);
    t.streets = readLines(directory + u"/streets.txt"_s);
    t.wards = readLines(directory + u"/wards.txt"_s);
    t.places = readLines(directory + u"/places.txt"_s);
    for (const QString& line : readLines(directory + u"/groups.txt"_s)) {
        t.groupKinds.append(line.section(u'|', 0, 0));
        t.groups.append(line.section(u'|', 1));
    }
    for (const QString& line : readLines(directory + u"/notes.txt"_s))
        t.notes.append({ line.section(u'|', 0, 0), line.section(u'|', 1) });
    return t;
}

bool DemoText::isComplete() const
{
    return !givenNames.isEmpty() && !familyNames.isEmpty() && !streets.isEmpty() && !wards.isEmpty()
        && !places.isEmpty() && !groups.isEmpty() && !notes.isEmpty();
}

} // namespace alongside
