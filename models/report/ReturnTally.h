// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QuarterlyReturn.h"

#include <QHash>
#include <QSet>

namespace alongside {

// People counted under each row, in the order rows are added.
class Tally
{
public:
    void row(const QString& label, bool decimal = false)
    {
        if (!m_index.contains(label)) {
            m_index.insert(label, int(m_rows.size()));
            m_rows.append({ label, 0, decimal, {} });
            m_seen.append(QSet<QString>());
        }
    }
    // Adds `amount` to the row and the person to those behind it.
    void add(const QString& label, const QString& person, double amount = 1.0)
    {
        row(label);
        const int i = m_index.value(label);
        m_rows[i].value += amount;
        if (!person.isEmpty() && !m_seen[i].contains(person)) {
            m_seen[i].insert(person);
            m_rows[i].people.append(person);
        }
    }
    // Counts the people rather than the things.
    void addPerson(const QString& label, const QString& person)
    {
        row(label);
        if (!m_seen[m_index.value(label)].contains(person))
            add(label, person);
    }
    void set(const QString& label, double value, bool decimal)
    {
        row(label, decimal);
        m_rows[m_index.value(label)].value = value;
        m_rows[m_index.value(label)].decimal = decimal;
    }
    QuarterlyReturn::Section section(const QString& name, const QString& title) const { return { name, title, m_rows }; }

private:
    QList<QuarterlyReturn::Row> m_rows;
    QList<QSet<QString>> m_seen;
    QHash<QString, int> m_index;
};

} // namespace alongside
