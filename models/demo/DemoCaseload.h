// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoText.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <functional>

namespace alongside {

class Caseload;

// Fills a new caseload with fictional people and notes, the same for the same seed,
// through the same write path as a coordinator's edits.
class DemoCaseload
{
    Q_DECLARE_TR_FUNCTIONS(DemoCaseload)

public:
    struct Options
    {
        int people = 200;
        quint32 seed = 1;
        int notesPerPerson = 30; // on average
        // The time the ids are dated from (version-7 UUIDs, ms since 1970): by default a
        // fixed day, so that a seed gives the same ids.
        qint64 idsFromMs = 1735689600000; // 1 January 2025
    };
    using Progress = std::function<void(int done, int total)>;

    DemoCaseload(Caseload& caseload, Options options);

    bool generate(const Progress& progress = {});
    QString error() const { return m_error; }

private:
    QString nextId();
    QString pick(const QStringList& list);
    bool addPerson(const QStringList& coordinators, QDate today);
    bool addPlan(const Person& person, QDate today); // DemoPlans.cpp
    QString visionFor(const QString& stage);        // DemoPlans.cpp
    bool addDirectory(QDate today);                 // DemoCommunity.cpp
    bool addCircle(const Person& person);           // DemoCommunity.cpp
    bool addConnections(const Person& person, QDate today); // DemoCommunity.cpp
    bool addChanges(const Person& person, QDate today);     // DemoChanges.cpp
    // DemoConsent.cpp: clears the person's single consent date where decisions by
    // purpose (or none) stand instead, and says which.
    void chooseConsent(Person& person, QDate introduced, QDate today, QList<QVariantMap>* decisions);
    bool addConsent(const QList<QVariantMap>& decisions);
    bool addNotes(const QString& personId, const QString& shortName, const QString& author, QDate introduced,
                  QDate lastDay, int count);
    QString phone();
    QString postcode();

    Caseload& m_caseload;
    Options m_options;
    QRandomGenerator m_random;
    DemoText m_text;
    QString m_error;
    QStringList m_resourceIds; // the open directory entries, for connections
    quint64 m_made = 0;        // ids made so far
};

} // namespace alongside
