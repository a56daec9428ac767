// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PeopleMapping.h"
#include "domain/Person.h"
#include "repositories/DuplicateFinder.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace alongside {

class CsvTable;
class Database;
class Editor;
class ImportPeople;

// A spreadsheet of people staged before anything is written: each row read through
// the mapping, checked by the same validator as the About tab, and compared with the
// caseload and with the rows above it. The coordinator chooses per row to add the
// person, fill the blanks of the person they already are, or skip the row; command()
// then makes it one undoable step.
class PeopleImport
{
    Q_DECLARE_TR_FUNCTIONS(PeopleImport)

public:
    enum class Choice { Add, Fill, Skip };
    struct Problem
    {
        int column; // -1 when not one column's
        QString message;
    };
    struct Row
    {
        int line = 0; // as the spreadsheet numbers it: the header is line 1
        Person person;
        QList<Problem> problems;
        QList<DuplicateFinder::Match> matches; // people on the laptop and earlier rows
        Choice choice = Choice::Add;
        QString fillInto;    // the person to fill, for Choice::Fill
        QVariantMap fills;   // the fields filling would set: blank there, given here
        QStringList differs; // labels of fields both have, with different values (kept)
    };

    // database is borrowed. New people get `coordinatorId` and, when the file gives no
    // date, are introduced on `today`.
    PeopleImport(Database& database, const QString& coordinatorId, QDate today = QDate::currentDate());

    // Reads every row. False, with error(), when the mapping cannot be used or the
    // caseload cannot be read; rows with problems are kept, to be listed.
    // `progress`, when given, is told (rows read, rows in all) as it goes.
    bool prepare(const CsvTable& table, const PeopleMapping& mapping,
                 const std::function<void(qint64 done, qint64 total)>& progress = {});
    const QList<Row>& rows() const { return m_rows; }
    const QStringList& header() const { return m_header; }
    QString error() const { return m_error; }

    // False, with error(), for a choice the row cannot take: adding or filling a row
    // with problems, filling from a row with no match on the laptop.
    bool choose(int row, Choice choice, const QString& personId = {});
    int count(Choice choice) const;
    // "Row 7, Date of birth: “31/02/1980” is not a date…", for the command line.
    QString describe(const Row& row, const Problem& problem) const;
    // What the row's matches are, in a sentence.
    static QString matchText(const Row& row);

    // The chosen rows as one step, or null when nothing would change.
    std::unique_ptr<ImportPeople> command(Editor& editor, const QString& fileName) const;

private:
    void fillFrom(Row& row, const QString& personId);

    Database& m_database;
    QString m_coordinatorId;
    QDate m_today;
    QStringList m_header;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace alongside
