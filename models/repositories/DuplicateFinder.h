#pragma once

#include "domain/Person.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

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
    };

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
