// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <compare>

namespace alongside {

// One write of a field: its hybrid-logical-clock time and the laptop that made it.
// Versions are ordered by (hlc, site); the greatest is the field's value everywhere.
struct Dot
{
    qint64 hlc = 0;
    QString site;

    bool isNull() const { return site.isEmpty(); }
    friend bool operator==(const Dot&, const Dot&) = default;
    friend std::strong_ordering operator<=>(const Dot& a, const Dot& b)
    {
        if (auto c = a.hlc <=> b.hlc; c != 0)
            return c;
        const int s = a.site.compare(b.site);
        return s < 0 ? std::strong_ordering::less : s > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
    }
};

// The versions of a field that a writer had in view when writing: for each laptop, the
// latest of its versions seen. A version supersedes every version it has seen; two
// versions where neither has seen the other are concurrent, and the one that loses is
// kept as a conflict. A laptop's own versions of a field form a chain, so one entry per
// laptop describes the whole history seen (docs/sync-format.md).
class Seen
{
public:
    static Seen parse(QStringView text); // "site:hlc,site:hlc"; empty on bad input
    static bool isWellFormed(QStringView text);
    QString toString() const;

    void add(const Dot& dot);
    void join(const Seen& other);
    bool covers(const Dot& dot) const;
    bool isEmpty() const { return m_latest.isEmpty(); }
    bool operator==(const Seen&) const = default;

private:
    QMap<QString, qint64> m_latest;
};

// A field version as it travels: the value, who wrote it and when, and what it had seen.
struct FieldVersion
{
    QString table;
    QString rowId;
    QString field;
    QVariant value;
    Dot dot;
    Seen seen;
    int line = 0; // its line in the sync file it came from, for a refusal to name

    bool supersedes(const FieldVersion& other) const { return seen.covers(other.dot); }
};

} // namespace alongside
