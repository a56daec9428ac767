// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Wellbeing.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace alongside {

class Clock;
class Database;
class EditCommand;
class Editor;

// A person's answers to the ONS personal wellbeing questions, one measure per date.
// Any question may be left unanswered; a measure answers at least one.
class WellbeingRepository
{
    Q_DECLARE_TR_FUNCTIONS(WellbeingRepository)

public:
    struct Measure
    {
        QString id;
        QString personId;
        QDate takenOn;
        std::array<std::optional<int>, 4> scores; // in Wellbeing::questions() order
        QString answered;                         // "self", "helped", or empty when not said

        std::optional<int> score(Wellbeing::Question question) const { return scores.at(size_t(question)); }
        void setScore(Wellbeing::Question question, std::optional<int> value) { scores.at(size_t(question)) = value; }
    };

    WellbeingRepository(Database& database, Editor& editor, const Clock& clock);

    // Oldest first, as a chart draws them.
    QList<Measure> measures(const QString& personId) const;
    std::optional<Measure> find(const QString& id) const;

    // Undoable changes (null, with Editor::error(), when refused; editing() gives null
    // with an empty error when nothing changed).
    std::unique_ptr<EditCommand> adding(const Measure& measure);
    std::unique_ptr<EditCommand> editing(const Measure& measure);
    std::unique_ptr<EditCommand> removing(const QString& id);

    // Written at once (the demo, tests): the new id, or empty with error().
    QString add(const Measure& measure);
    QString error() const { return m_error; }

private:
    bool fail(const QString& message);
    bool check(const Measure& measure);

    Database& m_database;
    Editor& m_editor;
    const Clock& m_clock;
    QString m_error;
};

} // namespace alongside
