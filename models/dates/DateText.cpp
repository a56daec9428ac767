// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace alongside {

bool DateText::readTyped(const QString& typed, QString* iso, QString* problem)
{
    iso->clear();
    if (typed.trimmed().isEmpty())
        return true;
    const QDate date = parse(typed);
    if (!date.isValid()) {
        *problem = tr("%1 is not a date: type it as day/month/year, for example 23/11/2025, or as \"today\" or \"+2w\" (two weeks from today).").arg(typed.trimmed());
        return false;
    }
    *iso = date.toString(Qt::ISODate);
    return true;
}

QDate DateText::parse(const QString& text, const QLocale& locale, QDate today)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // Relative to today: the words in English and in the language on screen.
    const QString word = t.toLower();
    if (word == u"today" || word == tr("today").toLower())
        return today;
    if (word == u"yesterday" || word == tr("yesterday").toLower())
        return today.addDays(-1);
    if (word == u"tomorrow" || word == tr("tomorrow").toLower())
        return today.addDays(1);
    static const QRegularExpression relative(u"^([+-])\\s*(\\d{1,3})\\s*([dwmy])$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (const auto m = relative.match(t); m.hasMatch()) {
        const int n = (m.captured(1) == u"-" ? -1 : 1) * m.captured(2).toInt();
        switch (m.captured(3).toLower().at(0).unicode()) {
        case 'd':
            return today.addDays(n);
        case 'w':
            return today.addDays(7 * qint64(n));
        case 'm':
            return today.addMonths(n); // 31 January + 1 month: the last day of February
        default:
            return today.addYears(n);
        }
    }
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    static const QRegularExpression dmy(u"^(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{2}|\\d{4})$"_s);
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dmy.match(t); m.hasMatch()) {
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2) {
            // Two-digit years: up to this year's two digits are this century, the rest the last.
            const int thisYear = QDate::currentDate().year();
            year += (year <= thisYear % 100) ? (thisYear / 100) * 100 : (thisYear / 100 - 1) * 100;
        }
        return QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
    }
    for (const QString& format : { locale.dateFormat(QLocale::LongFormat), locale.dateFormat(QLocale::ShortFormat),
                                   u"d MMMM yyyy"_s, u"d MMM yyyy"_s }) {
        const QDate d = locale.toDate(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

QString DateText::format(QDate date, const QLocale& locale)
{
    if (!date.isValid())
        return {};
    QString f = locale.dateFormat(QLocale::ShortFormat);
    if (!f.contains(u"yyyy"_s))
        f.replace(u"yy"_s, u"yyyy"_s);
    return locale.toString(date, f);
}

QString DateText::formatIso(const QString& iso, const QLocale& locale)
{
    return format(QDate::fromString(iso, Qt::ISODate), locale);
}

QString DateText::dateTimeFormat(const QLocale& locale)
{
    return locale.dateFormat(QLocale::ShortFormat) + u" HH:mm"_s;
}

QString DateText::timeSpent(qint64 minutes, QDate since, QDate today)
{
    if (minutes <= 0)
        return {};
    const QString amount = minutes < 60 ? tr("%n min", "minutes", int(minutes))
                                        : tr("%n h", "hours", int((minutes + 30) / 60));
    const qint64 days = since.isValid() ? since.daysTo(today) : 0;
    if (days < 1)
        return amount;
    QString span;
    if (days < 14)
        span = tr("%n day(s)", nullptr, int(days));
    else if (days < 61)
        span = tr("%n week(s)", nullptr, int(days / 7));
    else if (days < 730)
        span = tr("%n month(s)", nullptr, int(days * 12 / 365));
    else
        span = tr("%n year(s)", nullptr, int(days / 365));
    return tr("%1 over %2", "time given over a span: 14 h over 9 months").arg(amount, span);
}

} // namespace alongside
