// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace alongside {

class Caseload;

// Everything held about one person, for a subject access request: every row of every
// shared table that belongs to them (what an erasure would remove: their details,
// profile, goals and steps, circle, connections, notes in full, reviews, wellbeing and
// outcomes, removed rows included), the directory entries they are connected to, and
// this laptop's audit entries about them. Written as a folder: person.json (the schema
// is in docs/subject-access.md), a CSV file per table, and a README in plain English.
// Other people's names in the notes are kept as written; each note's supporters and
// other people on the caseload named in it are listed for the coordinator to review
// before anything is released.
class SubjectAccess
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccess)

public:
    struct Table
    {
        QString name; // the table's ("note")
        QStringList columns;
        QList<QVariantList> rows;
    };

    struct NamesInNote
    {
        QString noteId;
        QString occurredAt;
        QStringList names; // as found, once each
    };

    static constexpr int formatVersion = 1;

    // The caseload is borrowed and must outlive this.
    explicit SubjectAccess(Caseload& caseload);

    // Reads everything about the person. False, with error(), when they are not here or
    // the caseload cannot be read.
    bool collect(const QString& personId);
    const QList<Table>& tables() const { return m_tables; }
    const QList<NamesInNote>& namesToReview() const { return m_names; }
    QString personName() const { return m_personName; }
    // Every row as JSON (see docs/subject-access.md).
    QJsonObject json() const;
    // Writes person.json, csv/<table>.csv and README.txt into `folder` (made if missing;
    // files already there are replaced) and records the export in the audit trail.
    // False, with error(), when any of it could not be written.
    bool writeFolder(const QString& folder);
    QString error() const { return m_error; }

private:
    bool readTable(const QString& table, const QStringList& ids);
    void findNames();
    QString readme() const;

    Caseload& m_caseload;
    QString m_personId;
    QString m_personName;
    QString m_writtenAt;
    QList<Table> m_tables;
    QList<NamesInNote> m_names;
    QString m_error;
};

} // namespace alongside
