// SPDX-License-Identifier: GPL-3.0-or-later
// The person-centred part of the demo caseload: one-page profiles, visions, goals with
// steps and past reviews, written through the same ChangeWriter as a coordinator's edits.

#include "DemoCaseload.h"

#include "Caseload.h"
#include "dates/Calendar.h"

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
const QStringList appreciated { u"Always has a kind word for the neighbours"_s, u"A brilliant cook"_s,
                                u"Funny, with a quick wit"_s, u"Knows everyone on the street"_s,
                                u"Patient with children"_s, u"Good with their hands: fixes anything"_s,
                                u"Remembers everyone's birthday"_s, u"Loyal to friends"_s,
                                u"A lovely singing voice"_s, u"Tells great stories about the old days"_s };
const QStringList important { u"Seeing my grandchildren every week"_s, u"My dog, Bryn"_s,
                              u"Staying in my own home"_s, u"Chapel on Sunday mornings"_s,
                              u"My allotment"_s, u"Watching the rugby with friends"_s,
                              u"Speaking Welsh at home"_s, u"Being useful to other people"_s,
                              u"Getting out of the house every day"_s, u"Keeping my independence"_s };
const QStringList support { u"Phone before you visit, and let it ring"_s, u"Mornings are best"_s,
                            u"Speak slowly and give me time to answer"_s, u"Write things down for me"_s,
                            u"Don't talk about me in front of me"_s, u"Meet somewhere quiet"_s,
                            u"Remind me the day before"_s, u"Ask my daughter if I am unsure"_s };
const QStringList visions {
    u"A home that feels like mine, friends nearby, and something useful to do each day."_s,
    u"To feel part of the community again, and not to be lonely in the evenings."_s,
    u"To be well enough to enjoy my garden and have the grandchildren to stay."_s,
    u"A job, even a small one, and people who know my name."_s,
    u"To get out and about on my own, and to sing again."_s,
};
struct GoalText
{
    const char* title;
    const char* why;
    QList<std::pair<const char*, const char*>> steps; // what, who
};
const QList<GoalText> goalTexts {
    { "Join a walking group", "I want to get fitter and meet people",
      { { "Find out when the Tuesday group meets", "coordinator" }, { "Buy walking boots", "with my sister" },
        { "Go along for the first walk", "me, with a volunteer" } } },
    { "Cook a Sunday dinner for friends", "I used to love having people round",
      { { "Plan the menu", "me" }, { "Invite two neighbours", "me" }, { "Borrow a bigger table", "neighbour" } } },
    { "Volunteer at the community café", "To be useful and have a reason to get up",
      { { "Visit the café and meet the manager", "me and the coordinator" }, { "Try a morning shift", "me" } } },
    { "Sort out the money worries", "So I can sleep at night",
      { { "Gather the letters in one folder", "me" }, { "Book an appointment with the advice centre", "coordinator" },
        { "Go to the appointment", "me, with my son" } } },
    { "Learn to use the tablet", "To video-call my grandchildren in Australia",
      { { "Ask at the library about digital help sessions", "me" }, { "Practise a video call", "volunteer" } } },
};
} // namespace

QString DemoCaseload::visionFor(const QString& stage)
{
    static const QStringList before { u"introduced"_s, u"getting_to_know"_s };
    return before.contains(stage) ? QString() : pick(visions);
}

bool DemoCaseload::addPlan(const Person& p, QDate today)
{
    ChangeWriter& writer = m_caseload.writer();
    auto failed = [this, &writer] {
        m_error = writer.error();
        return false;
    };
    const int stage = int(QStringList { u"introduced"_s, u"getting_to_know"_s, u"vision"_s, u"planning"_s,
                                        u"connecting"_s, u"reviewing"_s, u"stepped_back"_s }
                              .indexOf(p.stage));
    if (stage >= 1) {
        const std::pair<QString, const QStringList*> sections[] { { u"appreciate"_s, &appreciated },
                                                                   { u"important"_s, &important },
                                                                   { u"support"_s, &support } };
        for (const auto& [section, texts] : sections) {
            // Two to four different items, from a random place in the list.
            const int n = 2 + int(m_random.bounded(3));
            const int start = int(m_random.bounded(quint32(texts->size())));
            for (int i = 0; i < n; ++i) {
                const QString& text = texts->at((start + i * 3) % texts->size());
                if (writer.insert(u"profile_item"_s, { { u"person_id"_s, p.id }, { u"section"_s, section },
                                                       { u"text"_s, text }, { u"position"_s, double(i + 1) } },
                                  nextId())
                        .isEmpty())
                    return failed();
            }
        }
    }
    if (stage >= 3) {
        const int goals = 1 + int(m_random.bounded(2));
        const QDate introduced = QDate::fromString(p.introducedOn, Qt::ISODate);
        const int first = int(m_random.bounded(quint32(goalTexts.size())));
        for (int g = 0; g < goals; ++g) {
            const GoalText& t = goalTexts.at((first + g) % goalTexts.size()); // never the same goal twice
            const QString goal = writer.insert(
                u"goal"_s,
                { { u"person_id"_s, p.id }, { u"title"_s, QString::fromUtf8(t.title) }, { u"why"_s, QString::fromUtf8(t.why) },
                  { u"status"_s, m_random.bounded(4) == 0 ? u"achieved"_s : u"working"_s },
                  { u"target_on"_s, today.addDays(30 + m_random.bounded(150)).toString(Qt::ISODate) },
                  { u"position"_s, double(g + 1) } },
                nextId());
            if (goal.isEmpty())
                return failed();
            for (int s = 0; s < t.steps.size(); ++s) {
                const bool done = m_random.bounded(100) < 45;
                const QDate due = introduced.addDays(30 + 20 * s + m_random.bounded(60));
                QVariantMap fields { { u"goal_id"_s, goal }, { u"text"_s, QString::fromUtf8(t.steps.at(s).first) },
                                     { u"who"_s, QString::fromUtf8(t.steps.at(s).second) },
                                     { u"due_on"_s, due.toString(Qt::ISODate) }, { u"position"_s, double(s + 1) } };
                if (done)
                    fields.insert(u"done_on"_s, std::min(due, today).toString(Qt::ISODate));
                if (writer.insert(u"step"_s, fields, nextId()).isEmpty())
                    return failed();
            }
        }
    }
    // Reviews done so far for people with a cadence; about one person in eight has
    // let the latest slip, so the Reviews due page has something to show.
    if (p.reviewEveryMonths > 0 && p.archivedOn.isEmpty()) {
        QDate due = Calendar::nextReview(QDate::fromString(p.introducedOn, Qt::ISODate), p.reviewEveryMonths);
        while (due.isValid() && due < today) {
            const QDate next = Calendar::nextReview(due, p.reviewEveryMonths);
            if (next >= today && m_random.bounded(100) < 12)
                break;
            const QDate done = std::min(today, due.addDays(qint64(m_random.bounded(15)) - 5));
            if (writer.insert(u"review"_s, { { u"person_id"_s, p.id }, { u"due_on"_s, due.toString(Qt::ISODate) },
                                             { u"done_on"_s, done.toString(Qt::ISODate) },
                                             { u"notes"_s, u"Talked through the plan together."_s } },
                              nextId())
                    .isEmpty())
                return failed();
            due = Calendar::nextReview(done, p.reviewEveryMonths);
        }
    }
    return true;
}

} // namespace alongside
