// SPDX-License-Identifier: GPL-3.0-or-later
#include "Version.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
bool isSiteId(QStringView site)
{
    if (site.size() != 32)
        return false;
    for (QChar c : site) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}
} // namespace

Seen Seen::parse(QStringView text)
{
    Seen seen;
    if (text.isEmpty())
        return seen;
    for (QStringView entry : text.split(u',')) {
        const qsizetype colon = entry.indexOf(u':');
        bool ok = false;
        const qint64 hlc = colon > 0 ? entry.mid(colon + 1).toLongLong(&ok) : 0;
        if (!ok || hlc <= 0 || !isSiteId(entry.left(colon)))
            return {};
        seen.add({ hlc, entry.left(colon).toString() });
    }
    return seen;
}

bool Seen::isWellFormed(QStringView text)
{
    return text.isEmpty() || !parse(text).isEmpty();
}

QString Seen::toString() const
{
    QStringList parts;
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it)
        parts.append(it.key() + u':' + QString::number(it.value()));
    return parts.join(u',');
}

void Seen::add(const Dot& dot)
{
    qint64& latest = m_latest[dot.site];
    latest = std::max(latest, dot.hlc);
}

void Seen::join(const Seen& other)
{
    for (auto it = other.m_latest.cbegin(); it != other.m_latest.cend(); ++it)
        add({ it.value(), it.key() });
}

bool Seen::covers(const Dot& dot) const
{
    auto it = m_latest.constFind(dot.site);
    return it != m_latest.cend() && *it >= dot.hlc;
}

} // namespace alongside
