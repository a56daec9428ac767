// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/Calendar.h"
#include "report/ReportTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace alongside {

class Database;

// The quarterly return a Local Area Coordination team sends to the people who fund it,
// counted from the whole team's synced records (or one coordinator's people, or one
// ward's) for a UK financial quarter: people introduced, people at each level and stage,
// contact and hours, new connections, contributions, outcomes, wellbeing change and
// reviews. Every figure keeps the people behind it, for the coordinator's eyes only:
// the exported tables carry the numbers alone.
class QuarterlyReturn
{
    Q_DECLARE_TR_FUNCTIONS(QuarterlyReturn)

public:
    struct Scope
    {
        QString coordinatorId; // empty: the whole team
        QString ward;          // empty: every ward
    };

    struct Row
    {
        QString label;
        double value = 0;
        bool decimal = false; // hours and mean changes: one decimal place
        QStringList people;   // person ids behind the figure
    };

    struct Section
    {
        QString name;  // short and stable: the sheet's and the CSV file's name
        QString title; // the heading
        QList<Row> rows;
    };

    struct Result
    {
        Calendar::Quarter quarter;
        Scope scope;
        QList<Section> sections;
        bool complete = true; // false when a query was stopped part way (see ReturnFeed)
        const Section* section(const QString& name) const;
        const Row* row(const QString& section, const QString& label) const;
    };

    // An outcome story of the quarter, as the return may quote it.
    struct Story
    {
        QString id;
        QString personId;
        QString who; // the person's name, or initials and ward when anonymised
        QDate on;
        QString categories;
        QString story;
        QString likelyWithout;
    };

    explicit QuarterlyReturn(Database& database);
    // On another connection to the caseload (the read connection's thread).
    explicit QuarterlyReturn(QSqlDatabase connection);

    // "2026-Q3": the third quarter of the financial year 2026–27 (October–December 2026).
    // An invalid quarter (number 0) when the text is not one.
    static Calendar::Quarter parseQuarter(const QString& text);
    static QString quarterKey(const Calendar::Quarter& quarter); // "2026-Q3"
    static Calendar::Quarter previous(const Calendar::Quarter& quarter);
    static Calendar::Quarter yearBefore(const Calendar::Quarter& quarter);
    // "Q3 2026–27 (1 Oct – 31 Dec 2026)"
    static QString quarterText(const Calendar::Quarter& quarter);

    Result compute(const Calendar::Quarter& quarter, const Scope& scope) const;
    // Every ward a person lives in, sorted.
    QStringList wards() const;
    // The people behind a figure, by name: (id, name) pairs.
    QList<std::pair<QString, QString>> namesOf(const QStringList& personIds) const;
    QList<Story> stories(const Calendar::Quarter& quarter, const Scope& scope, bool anonymise) const;

    // The figures as tables for a workbook or CSV: each section with this quarter, the
    // one before and the same quarter a year before; then the chosen stories.
    static QList<ReportTable> tables(const Result& now, const Result& before, const Result& yearAgo,
                                     const QList<Story>& chosen);
    static QString title(const Result& result, const QString& scopeText);
    // Whose figures, in words: "the whole team", "Alex Morgan's people", "Canton ward".
    static QString scopeText(const QString& coordinatorName, const QString& ward);

private:
    QList<Section> counted(const Calendar::Quarter& q, const Scope& scope) const;
    Section introduced(const Calendar::Quarter& q, const Scope& scope) const;
    Section atQuarterEnd(const Calendar::Quarter& q, const Scope& scope) const;
    Section contact(const Calendar::Quarter& q, const Scope& scope) const;
    Section connections(const Calendar::Quarter& q, const Scope& scope) const;
    Section contributions(const Calendar::Quarter& q, const Scope& scope) const;
    Section outcomes(const Calendar::Quarter& q, const Scope& scope) const;
    Section wellbeing(const Calendar::Quarter& q, const Scope& scope) const;
    Section reviews(const Calendar::Quarter& q, const Scope& scope) const;

    // Notes a query stopped part way, so the result is not taken as the whole count.
    void checked(const QSqlQuery& query) const;

    QSqlDatabase m_connection;
    mutable bool m_incomplete = false;
};

} // namespace alongside

Q_DECLARE_METATYPE(alongside::QuarterlyReturn::Result)
