// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/PagePrinter.h"
#include "print/PrintOptions.h"
#include "repositories/ConnectionRepository.h"
#include "repositories/GoalRepository.h"
#include "repositories/SupporterRepository.h"
#include "repositories/WellbeingRepository.h"

#include <QCoreApplication>

#include <optional>

namespace alongside {

class Caseload;
class DocumentWriter;
struct Person;

// "My plan", written for the person to keep: their vision, one-page profile, goals
// with steps, circle of support (the same drawing as on screen, and a list), community
// connections, next review and how to reach their coordinator. The person chooses the
// sections. The parts shared with the handover summary are here too.
class PlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(PlanDocument)

public:
    static std::optional<PrintedDocument> build(Caseload& caseload, const QString& personId, const PrintOptions& options);

    static void writeProfile(DocumentWriter& out, Caseload& caseload, const QString& personId, bool stacked);
    static void writeGoals(DocumentWriter& out, const QList<GoalRepository::Goal>& goals);
    static void writeCircle(DocumentWriter& out, QTextDocument& document, const Person& person,
                            const QList<SupporterRepository::Supporter>& supporters, double diagramPoints);
    static void writeConnections(DocumentWriter& out, const QList<ConnectionRepository::Connection>& connections);
    // The wellbeing chart, `chartPoints` wide, with what its shading means.
    static void writeWellbeing(DocumentWriter& out, QTextDocument& document,
                               const QList<WellbeingRepository::Measure>& measures, double chartPoints);
};

} // namespace alongside
