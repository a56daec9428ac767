// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Person.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace alongside {

// Which column of a spreadsheet goes into which field of a person, and how each cell
// becomes a field's value. Several columns may go into the address (joined with
// commas: "Address 1", "Address 2", "Town"); any other field takes one column.
class PeopleMapping
{
    Q_DECLARE_TR_FUNCTIONS(PeopleMapping)

public:
    // The fields a column can fill: person columns, and "full_name" for a column holding
    // both names ("Siân Evans", or "Evans, Siân").
    static const QStringList& fields();
    static QString fieldLabel(const QString& field);
    static constexpr auto fullName = "full_name";

    // The field a header most likely means ("Surname", "Last name", "DOB", "Post code"),
    // or an empty string.
    static QString guess(const QString& header);
    static PeopleMapping guessed(const QStringList& header);

    // A mapping saved as JSON: { "Surname": "family_name", "Notes": "" }. Headers the
    // file has and the mapping does not are guessed. False, with error(), when the file
    // cannot be read or names a field that does not exist.
    bool load(const QString& path, const QStringList& header);
    bool save(const QString& path, const QStringList& header);

    QString fieldOf(int column) const { return m_fields.value(column); }
    void setField(int column, const QString& field);
    int columnCount() const { return int(m_fields.size()); }
    QList<int> columnsOf(const QString& field) const;
    // A sentence when the mapping cannot be used (no name column, one field twice).
    QString problem(const QStringList& header) const;
    QString error() const { return m_error; }

    struct CellProblem
    {
        int column; // -1 when the problem is not one column's
        QString message;
    };
    // One row as a person (the defaults first) and what in its cells could not be read.
    Person person(const QStringList& row, const Person& defaults, QList<CellProblem>& problems) const;

private:
    QList<QString> m_fields; // per column: a field name or empty
    QString m_error;
};

} // namespace alongside
