// SPDX-License-Identifier: GPL-3.0-or-later
// The community part of the demo caseload: a directory built from the demo word lists,
// each person's circle of support across the four circles, and their connections, from
// suggested to contributing. Fictional throughout: example.org addresses and Ofcom's
// drama telephone numbers.

#include "DemoCaseload.h"

#include "Caseload.h"

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
// A sentence about each kind, and when it happens.
const QHash<QString, std::pair<const char*, const char*>> kindText {
    { u"group"_s, { "A friendly group that welcomes newcomers; come along and see.", "Tuesdays 10:00 to 12:00" } },
    { u"place"_s, { "A place to meet, with rooms to book and a café.", "Open Monday to Saturday, 9 till 5" } },
    { u"timebank"_s, { "Give an hour, get an hour: neighbours swapping skills and time.", "Office open Wednesday mornings" } },
    { u"shared_lives"_s, { "Approved carers who share their home and family life.", "By arrangement" } },
    { u"homeshare"_s, { "An older householder with a spare room matched with someone who helps around the house.", "By arrangement" } },
    { u"community_enterprise"_s, { "Run by local people; profits go back into the community.", "Thursday to Saturday, 10 till 3" } },
    { u"volunteering"_s, { "Always glad of more volunteers; training and expenses given.", "Flexible, an hour or two a week" } },
    { u"learning"_s, { "Free course for adults, no experience needed.", "Term time, Monday evenings 6:30" } },
    { u"employment"_s, { "Help with CVs, interviews and finding the right job.", "Drop in Fridays 1 till 4" } },
    { u"service"_s, { "Free and confidential advice; can visit at home.", "Monday to Friday, 9 till 5" } },
    { u"other"_s, { "Take what you need, leave what you can.", "Any time" } },
};
const QStringList contacts { u"Sian"_s, u"Mark"_s, u"Bethan"_s, u"Raj"_s, u"Carol"_s, u"Owen"_s, u"Leah"_s, u"Dewi"_s };
const QStringList contributions { u"Makes the tea and welcomes people"_s,    u"Teaches others to knit"_s,
                                  u"Drives the minibus once a month"_s,      u"Shares vegetables from the allotment"_s,
                                  u"Fixes bikes for other members"_s,        u"Bakes for the coffee morning"_s,
                                  u"Speaks Welsh with learners"_s,           u"Sets out the chairs and locks up"_s,
                                  u"Phones two members who live alone"_s,    u"Helps with the accounts"_s };
struct Circle
{
    int circle;
    QStringList relationships;
};
const QList<Circle> circles {
    { 1, { u"daughter"_s, u"son"_s, u"sister"_s, u"brother"_s, u"partner"_s, u"best friend"_s, u"granddaughter"_s } },
    { 2, { u"friend from school"_s, u"cousin"_s, u"old workmate"_s, u"friend from chapel"_s, u"niece"_s } },
    { 3, { u"neighbour"_s, u"choir friend"_s, u"from the walking group"_s, u"shopkeeper"_s, u"allotment neighbour"_s } },
    { 4, { u"GP"_s, u"support worker"_s, u"district nurse"_s, u"housing officer"_s, u"social worker"_s } },
};

QString slug(const QString& name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
        else if (c.isSpace() && !out.endsWith(u'-'))
            out.append(u'-');
    }
    return out;
}
} // namespace

bool DemoCaseload::addDirectory(QDate today)
{
    ChangeWriter& writer = m_caseload.writer();
    for (int i = 0; i < m_text.groups.size(); ++i) {
        const QString& name = m_text.groups.at(i);
        const QString kind = m_text.groupKinds.at(i);
        const auto text = kindText.value(kind, kindText.value(u"other"_s));
        const QString site = slug(name);
        QVariantMap fields { { u"name"_s, name },
                             { u"kind"_s, kind },
                             { u"description"_s, QString::fromUtf8(text.first) },
                             { u"when_text"_s, QString::fromUtf8(text.second) },
                             { u"address"_s, u"%1 %2"_s.arg(1 + m_random.bounded(90)).arg(pick(m_text.streets)) },
                             { u"postcode"_s, postcode() },
                             { u"ward"_s, pick(m_text.wards) },
                             { u"contact_name"_s, pick(contacts) },
                             { u"phone"_s, phone() },
                             { u"email"_s, u"hello@%1.example.org"_s.arg(site) } };
        if (i % 2 == 0)
            fields.insert(u"website"_s, u"https://%1.example.org"_s.arg(site));
        if (i % 3 == 0)
            fields.insert(u"hsds_id"_s, nextId());
        const bool closed = i % 23 == 22; // a few have closed, and are archived
        if (closed)
            fields.insert(u"archived_on"_s, today.addDays(-30 - m_random.bounded(300)).toString(Qt::ISODate));
        const QString id = writer.insert(u"resource"_s, fields, nextId());
        if (id.isEmpty()) {
            m_error = writer.error();
            return false;
        }
        if (!closed)
            m_resourceIds.append(id);
    }
    Q_EMIT m_caseload.notifier().resourcesChanged();
    return true;
}

bool DemoCaseload::addCircle(const Person& p)
{
    if (p.stage == u"introduced")
        return true;
    // Someone in every circle for most people; a few have an empty friendship circle,
    // which is what a coordinator works on.
    for (const Circle& c : circles) {
        const int count = c.circle == 2 && m_random.bounded(5) == 0 ? 0 : 1 + int(m_random.bounded(c.circle == 3 ? 4 : 3));
        for (int i = 0; i < count; ++i) {
            const QString relationship = pick(c.relationships);
            const QString name = relationship == u"GP" ? u"Dr "_s + pick(m_text.familyNames) : pick(m_text.givenNames);
            QVariantMap fields { { u"person_id"_s, p.id }, { u"name"_s, name }, { u"relationship"_s, relationship },
                                 { u"circle"_s, c.circle } };
            if (m_random.bounded(2) == 0)
                fields.insert(u"phone"_s, phone());
            if (c.circle == 1 && m_random.bounded(3) == 0)
                fields.insert(u"notes"_s, u"Visits most weekends."_s);
            if (m_caseload.writer().insert(u"supporter"_s, fields, nextId()).isEmpty()) {
                m_error = m_caseload.writer().error();
                return false;
            }
        }
    }
    return true;
}

bool DemoCaseload::addConnections(const Person& p, QDate today)
{
    static const QStringList stages { u"planning"_s, u"connecting"_s, u"reviewing"_s, u"stepped_back"_s };
    const int stage = int(stages.indexOf(p.stage));
    if (stage < 0 || m_resourceIds.isEmpty())
        return true;
    // Further along, more connections, and more of them giving something back.
    static const QList<QStringList> statusesByStage {
        { u"suggested"_s },
        { u"suggested"_s, u"introduced"_s, u"connected"_s },
        { u"connected"_s, u"contributing"_s, u"introduced"_s, u"ended"_s },
        { u"contributing"_s, u"connected"_s, u"ended"_s },
    };
    const int count = stage == 0 ? int(m_random.bounded(2)) : 1 + int(m_random.bounded(3));
    const QDate introduced = QDate::fromString(p.introducedOn, Qt::ISODate);
    QStringList used;
    for (int i = 0; i < count; ++i) {
        const QString resource = pick(m_resourceIds);
        if (used.contains(resource))
            continue;
        used.append(resource);
        const QString status = pick(statusesByStage.at(stage));
        QVariantMap fields { { u"person_id"_s, p.id }, { u"resource_id"_s, resource }, { u"status"_s, status } };
        const qint64 span = std::max<qint64>(1, introduced.daysTo(today));
        const QDate started = introduced.addDays(span / 3 + m_random.bounded(span * 2 / 3 + 1));
        if (status != u"suggested" && status != u"introduced")
            fields.insert(u"started_on"_s, started.toString(Qt::ISODate));
        if (status == u"ended") {
            fields.insert(u"ended_on"_s, std::min(today, started.addDays(30 + m_random.bounded(120))).toString(Qt::ISODate));
            fields.insert(u"notes"_s, u"Enjoyed it, then moved on to other things."_s);
        }
        if (status == u"contributing" || (status == u"connected" && m_random.bounded(3) == 0))
            fields.insert(u"contribution"_s, pick(contributions));
        if (status == u"introduced")
            fields.insert(u"notes"_s, u"Went along together for the first time."_s);
        if (m_caseload.writer().insert(u"connection"_s, fields, nextId()).isEmpty()) {
            m_error = m_caseload.writer().error();
            return false;
        }
    }
    return true;
}

} // namespace alongside
