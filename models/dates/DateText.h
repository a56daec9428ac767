// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace alongside {

// Reading dates as coordinators type them: 23/11/1985, 23-11-85, 23.11.1985, 1985-11-23
// or in the locale's own short and long forms (day before month, UK order); and
// relative to today: "today", "yesterday", "tomorrow" (and in the language on screen,
// "heddiw", "ddoe", "yfory"), or a count of days, weeks, months or years from today:
// "+2w", "-3d", "+1m", "+1y".
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(DateText)

public:
    // A date typed into a form: true with `iso` set (empty for no date), or false with
    // `problem` saying how to type it.
    static bool readTyped(const QString& typed, QString* iso, QString* problem);
    // An invalid QDate when the text is not a real date (callers treat empty text as "no date").
    static QDate parse(const QString& text, const QLocale& locale = QLocale(), QDate today = QDate::currentDate());
    // The locale's short form, with a four-digit year.
    static QString format(QDate date, const QLocale& locale = QLocale());
    // The format for typing a date and time: the locale's short date, then hours and
    // minutes ("22/11/2025 14:30"), never seconds.
    static QString dateTimeFormat(const QLocale& locale = QLocale());
    static QString formatIso(const QString& iso, const QLocale& locale = QLocale());
    // Time given to someone, in words: "14 h over 9 months", "45 min over 2 weeks", or
    // "45 min" when it was all one day; empty when no minutes were recorded.
    static QString timeSpent(qint64 minutes, QDate since, QDate today);
};

} // namespace alongside
