// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/BankHolidays.h"

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QString>

#include <optional>

namespace alongside {

class Database;

// This laptop's bank holidays, kept in `setting`: which nation's apply (England and
// Wales unless chosen), the official list in use (the one built in, or a newer copy of
// GOV.UK's file imported here, whichever runs later), and whether reviews that fall on
// a weekend or bank holiday move to the next working day. One per open caseload, held
// by ReviewRepository, so the lists that flag dates and the scheduling of reviews
// follow one choice; changed() tells them when it moves.
class HolidaySettings : public QObject
{
    Q_OBJECT

public:
    using Nation = Calendar::Nation;

    struct Choice
    {
        Nation nation = Nation::EnglandAndWales;
        bool movesReviews = false;
        // The list to use: an imported copy and the day it came, or none for the built-in one.
        std::optional<BankHolidayList> imported;
        QDate importedOn;
    };

    explicit HolidaySettings(Database& database, QObject* parent = nullptr);

    Choice choice() const;
    Nation nation() const;
    bool movesReviews() const;
    // The list in use, with the rules for the years it does not cover.
    const BankHolidays& holidays() const;
    // When the list in use was imported; invalid for the built-in one.
    QDate importedOn() const;

    // Reads a copy of bank-holidays.json to import: strictly (BankHolidayList::parse),
    // and refusing one that runs to an earlier year than the list in use. On refusal,
    // std::nullopt and error() says why in one sentence; nothing changes either way.
    std::optional<BankHolidayList> readList(const QByteArray& json);
    // Keeps the choice, all of it in one transaction, and makes it the one in use; on
    // failure nothing changes and error() says why.
    bool save(const Choice& choice);
    // readList, then save it as imported on `today`.
    bool importList(const QByteArray& json, QDate today);
    QString error() const { return m_error; }

    // A date for the chosen nation: weekend, bank holiday (and which) or working day;
    // std::nullopt for an invalid date or one outside the years holidays are known for.
    std::optional<BankHolidays::Day> day(QDate date) const { return holidays().day(date, nation()); }
    // What to flag about a date for the chosen nation (BankHolidays::note): "Bank
    // holiday: Christmas Day (estimated)", "Saturday", or empty for a working day (or a
    // date nothing is known of).
    QString dayNote(QDate date) const;
    // A date as a list shows it (`shown`, as the list writes it), followed by its marker
    // (BankHolidays::marker): "25/12/2030, bank holiday (estimated)", "27/12/2025,
    // Saturday", or `shown` alone for a working day.
    QString dateWithMarker(QDate date, const QString& shown) const;
    // The date a review due on `due` is held: the next working day when reviews move,
    // else `due` itself.
    QDate reviewDay(QDate due) const;
    // The review `everyMonths` after `last` (Calendar::nextReview), then reviewDay.
    QDate nextReview(QDate last, int everyMonths) const;

Q_SIGNALS:
    void changed();

private:
    void load() const;
    QString setting(const QString& key) const;

    Database& m_database;
    mutable bool m_loaded = false;
    mutable Choice m_choice;
    mutable BankHolidays m_holidays;
    QString m_error;
};

} // namespace alongside
