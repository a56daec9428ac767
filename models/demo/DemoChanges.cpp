// SPDX-License-Identifier: GPL-3.0-or-later
// What changed for the people of the demo caseload: wellbeing answers that move as a
// plan goes on, and outcome stories with what would likely have happened without, so
// the person's page and the quarterly return have something true to show.

#include "DemoCaseload.h"

#include "Caseload.h"
#include "domain/Wellbeing.h"

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

struct StoryText
{
    const char* categories;
    const char* story;
    const char* without;
};
const QList<StoryText> storyTexts {
    { "housing_kept money", "\"I sorted the arrears with the housing officer and I'm staying put.\"", "Eviction" },
    { "crisis_avoided health", "\"When things got bad I rang Sian from the group instead of going to A&E.\"",
      "A hospital admission" },
    { "friendship contribution", "\"I go to the choir every week and I've made two good friends there.\"", "Isolation" },
    { "volunteering_work", "\"I do two mornings a week at the community café now. They rely on me.\"", "" },
    { "family safety", "\"My daughter and I are talking again, and she pops in on Sundays.\"", "A crisis" },
    { "health", "\"I walk with the Tuesday group and I've not needed the GP since spring.\"", "" },
    { "money", "\"The advice centre helped me claim what I was owed. I can heat the house.\"", "Debt getting worse" },
    { "learning friendship", "\"I learnt to video-call the grandchildren at the library sessions.\"", "Isolation" },
    { "crisis_avoided family", "\"My neighbour and my brother share the shopping now, so I manage at home.\"",
      "A care package" },
    { "contribution", "\"I fix bikes for the youth club on Saturdays.\"", "" },
};

} // namespace

bool DemoCaseload::addChanges(const Person& p, QDate today)
{
    ChangeWriter& writer = m_caseload.writer();
    const QDate introduced = QDate::fromString(p.introducedOn, Qt::ISODate);
    const QDate lastDay = p.archivedOn.isEmpty() ? today : QDate::fromString(p.archivedOn, Qt::ISODate);
    const int stage = int(QStringList { u"introduced"_s, u"getting_to_know"_s, u"vision"_s, u"planning"_s,
                                        u"connecting"_s, u"reviewing"_s, u"stepped_back"_s }
                              .indexOf(p.stage));
    // Most people walking alongside answer the questions two to six times, a few weeks
    // into knowing their coordinator and then every couple of months; a few at light touch once.
    int measures = 0;
    if (p.level == 2 && stage >= 1 && m_random.bounded(100) < 85)
        measures = 2 + int(m_random.bounded(5));
    else if (p.level == 1 && m_random.bounded(100) < 15)
        measures = 1;
    int scores[4] { 3 + int(m_random.bounded(4)), 3 + int(m_random.bounded(4)), 3 + int(m_random.bounded(4)),
                    5 + int(m_random.bounded(4)) };
    QDate on = introduced.addDays(14 + m_random.bounded(30));
    for (int i = 0; i < measures && on <= lastDay; ++i) {
        QVariantMap fields { { u"person_id"_s, p.id }, { u"taken_on"_s, on.toString(Qt::ISODate) },
                             { u"answered"_s, m_random.bounded(100) < 80 ? u"self"_s : u"helped"_s } };
        const QList<Wellbeing::Question> questions = Wellbeing::questions();
        for (int q = 0; q < 4; ++q) {
            if (m_random.bounded(100) >= 4) // now and then a question the person would rather not answer
                fields.insert(Wellbeing::column(questions.at(q)), scores[q]);
            // Mostly better as the plan goes on, not always: anxiety down, the rest up.
            const int step = int(m_random.bounded(4)) - 1; // -1 … 2
            scores[q] = std::clamp(scores[q] + (q == 3 ? -step : step), 0, 10);
        }
        if (writer.insert(u"wellbeing"_s, fields, nextId()).isEmpty()) {
            m_error = writer.error();
            return false;
        }
        on = on.addDays(45 + m_random.bounded(60));
    }
    // Stories once connections have begun.
    if (stage < 4 || m_random.bounded(100) >= 60)
        return true;
    const QList<OutcomeRepository::Relatable> relatable = m_caseload.outcomes().relatable(p.id);
    const int stories = 1 + int(m_random.bounded(2));
    for (int i = 0; i < stories; ++i) {
        const StoryText& t = storyTexts.at(int(m_random.bounded(quint32(storyTexts.size()))));
        const qint64 span = std::max<qint64>(1, introduced.daysTo(lastDay));
        const QDate when = introduced.addDays(span / 3 + m_random.bounded(span - span / 3 + 1));
        QVariantMap fields { { u"person_id"_s, p.id }, { u"occurred_on"_s, std::min(when, lastDay).toString(Qt::ISODate) },
                             { u"kind"_s, QString::fromUtf8(t.categories) }, { u"story"_s, QString::fromUtf8(t.story) } };
        if (*t.without)
            fields.insert(u"likely_without"_s, QString::fromUtf8(t.without));
        if (!relatable.isEmpty())
            fields.insert(u"related"_s, relatable.at(int(m_random.bounded(quint32(relatable.size())))).id);
        if (writer.insert(u"outcome"_s, fields, nextId()).isEmpty()) {
            m_error = writer.error();
            return false;
        }
    }
    return true;
}

} // namespace alongside
