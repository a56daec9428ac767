// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Person.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace alongside {

class Database;

// Who a new or imported person may already be. Names are compared with accents, case
// and spacing folded ("Siân" is "sian"); similar names are a small edit apart ("Munro",
// "Monro"). Likely: the same name and the same date of birth, postcode or phone, or a
// similar name and the same date of birth. Possible: the same name alone, or a similar
// name and the same postcode or phone.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    enum class Strength { Possible, Likely };
    struct Match
    {
        QString personId;
        QString name;
        Strength strength = Strength::Possible;
        QString why; // what they share, in words: "same name and date of birth"
        int fileRow = 0; // for an import: the earlier row of the file, not a person
    };

    // A person as compared: names, date of birth, postcode and phone folded.
    struct Folded
    {
        QString id;
        QString display; // "Siân Evans"
        QString name;    // folded given and family name
        QString preferred; // folded preferred and family name, empty without a preferred name
        QString dateOfBirth;
        QString postcode;
        QString phone;
    };
    static Folded fold(const Person& person);
    // Whether `theirs` may be the same person as `mine`, and why; nothing when not.
    static std::optional<Match> compare(const Folded& mine, const Folded& theirs);
    // Likely ones first, then by name.
    static void sort(QList<Match>& matches);
    // The columns `SELECT id, given_name, family_name, preferred_name, date_of_birth,
    // postcode, phone` as a person.
    static Person fromRow(const QSqlQuery& query);

    // database is borrowed and must outlive the finder.
    explicit DuplicateFinder(Database& database);

    // The people who may be `person`, likely ones first, then by name.
    QList<Match> find(const Person& person) const;

    // Folded for comparing: no accents, lower case, single spaces, letters only.
    static QString foldName(const QString& name);
    static QString foldPostcode(const QString& postcode);
    static QString foldPhone(const QString& phone);
    // Edits (insert, delete, replace) that turn a into b.
    static int editDistance(const QString& a, const QString& b);

private:
    Database& m_database;
};

} // namespace alongside
