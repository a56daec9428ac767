#pragma once

#include "Calendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace alongside {

// UK bank holidays for each nation, from date generators (first and last Mondays), an
// Easter computation, fixed days with their substitute days, and a table of one-off
// holidays and moves proclaimed for a single year.
class BankHolidays
{
    Q_DECLARE_TR_FUNCTIONS(BankHolidays)

public:
    struct Holiday
    {
        QDate date;
        QString name;
        bool operator==(const Holiday&) const = default;
    };

    static QList<Holiday> forYear(int year, Calendar::Nation nation);
    static bool isHoliday(QDate date, Calendar::Nation nation);
    // Easter Sunday in the Gregorian calendar.
    static QDate easterSunday(int year);
};

} // namespace alongside
