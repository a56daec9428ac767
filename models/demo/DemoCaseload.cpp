// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCaseload.h"

#include "schema/DerivedTables.h"

#include "Caseload.h"
#include "storage/Transaction.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
constexpr int batchSize = 500; // people per transaction

QString nickname(const QString& given)
{
    static const QHash<QString, QString> names = {
        { u"Elizabeth"_s, u"Liz"_s },   { u"Margaret"_s, u"Maggie"_s }, { u"William"_s, u"Bill"_s },
        { u"Robert"_s, u"Bob"_s },      { u"Rhiannon"_s, u"Rhi"_s },    { u"Gwenllïan"_s, u"Gwen"_s },
        { u"Catherine"_s, u"Cath"_s },  { u"Christopher"_s, u"Chris"_s }, { u"Jonathan"_s, u"Jon"_s },
        { u"Alexander"_s, u"Alex"_s },  { u"Dafydd"_s, u"Dai"_s },      { u"Michael"_s, u"Mike"_s },
        { u"Nicholas"_s, u"Nick"_s },   { u"Katherine"_s, u"Kate"_s },  { u"Samantha"_s, u"Sam"_s },
        { u"Jennifer"_s, u"Jen"_s },    { u"Deborah"_s, u"Debbie"_s },  { u"Susan"_s, u"Sue"_s },
        { u"Patricia"_s, u"Pat"_s },    { u"Anthony"_s, u"Tony"_s },    { u"Gwenllian"_s, u"Gwen"_s },
        { u"Llywelyn"_s, u"Llew"_s },   { u"Bethan"_s, u"Beth"_s },     { u"Angharad"_s, u"Hari"_s },
    };
    return names.value(given);
}

QString asciiFolded(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}
} // namespace

DemoCaseload::DemoCaseload(Caseload& caseload, Options options)
    : m_caseload(caseload)
    , m_options(options)
    , m_random(options.seed)
{
}

QString DemoCaseload::nextId()
{
    // Version-7 UUIDs like the app's (ChangeWriter::newId), in the order they are made:
    // a counter from Options::idsFromMs stands for the clock and the seeded generator for
    // the random bits, so a seed gives the same ids.
    QByteArray bytes(16, Qt::Uninitialized);
    m_random.fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    const quint64 ms = quint64(m_options.idsFromMs) + m_made++;
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(ms >> (40 - 8 * i));
    bytes[6] = char((bytes[6] & 0x0f) | 0x70);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString DemoCaseload::pick(const QStringList& list)
{
    return list.at(int(m_random.bounded(quint32(list.size()))));
}

QString DemoCaseload::phone()
{
    // Ofcom's ranges set aside for drama: never a real number.
    if (m_random.bounded(3) == 0)
        return u"029 2018 0%1"_s.arg(m_random.bounded(1000), 3, 10, QChar(u'0'));
    return u"07700 900%1"_s.arg(m_random.bounded(1000), 3, 10, QChar(u'0'));
}

QString DemoCaseload::postcode()
{
    static const QString letters = u"ABDEFGHJLNPQRSTUWXYZ"_s;
    return u"CF%1 %2%3%4"_s.arg(40 + m_random.bounded(9))
        .arg(m_random.bounded(10))
        .arg(letters.at(m_random.bounded(int(letters.size()))))
        .arg(letters.at(m_random.bounded(int(letters.size()))));
}

bool DemoCaseload::generate(const Progress& progress)
{
    m_text = DemoText::load();
    if (!m_text.isComplete()) {
        m_error = tr("The demo word lists are missing from this build.");
        return false;
    }
    SiteRepository& site = m_caseload.site();
    if (!site.isSetUp() && !site.setUp(u"Alex Morgan"_s, u"demo-laptop"_s)) {
        m_error = site.error();
        return false;
    }
    QStringList coordinators { site.site().coordinatorId };
    const auto contact = [](const QString& name) {
        return asciiFolded(name.section(u' ', 0, 0)) + u'.' + asciiFolded(name.section(u' ', 1)) + u"@lac.example.org"_s;
    };
    if (const auto me = site.coordinator(coordinators.first())) {
        if (!site.saveCoordinator({ me->id, me->name, u"07700 900555"_s, contact(me->name) })) {
            m_error = site.error();
            return false;
        }
    }
    for (const QString& name : { u"Ceri Williams"_s, u"Priya Shah"_s }) {
        const QString id = m_caseload.writer().insert(
            u"coordinator"_s, { { u"name"_s, name }, { u"phone"_s, phone() }, { u"email"_s, contact(name) } }, nextId());
        if (id.isEmpty()) {
            m_error = m_caseload.writer().error();
            return false;
        }
        coordinators.append(id);
    }
    const QDate today = m_caseload.clock().now().toLocalTime().date();
    if (!addDirectory(today))
        return false;
    // A bulk load: the people list and search are built once at the end rather than
    // row by row (Database::open finishes them if this is stopped on the way).
    QString why;
    if (!DerivedTables::pause(m_caseload.database().connection(), &why)) {
        m_error = why;
        return false;
    }
    bool filled = true;
    for (int done = 0; filled && done < m_options.people;) {
        Transaction tx(m_caseload.database());
        m_caseload.writer().startedWriting(tx);
        const int end = std::min(m_options.people, done + batchSize);
        for (; filled && done < end; ++done)
            filled = addPerson(coordinators, today);
        if (filled && !tx.commit()) {
            m_error = tx.error();
            filled = false;
        }
        if (filled && progress)
            progress(done, m_options.people);
    }
    // Built whether or not every person was made: what was committed is then listed.
    Transaction tx(m_caseload.database());
    if (!DerivedTables::rebuild(m_caseload.database().connection(), &why) || !tx.commit()) {
        m_error = why.isEmpty() ? tx.error() : why;
        return false;
    }
    if (!filled)
        return false;
    Q_EMIT m_caseload.notifier().peopleReset();
    return true;
}

bool DemoCaseload::addPerson(const QStringList& coordinators, QDate today)
{
    static const QStringList stages { u"introduced"_s, u"getting_to_know"_s, u"vision"_s, u"planning"_s,
                                      u"connecting"_s, u"reviewing"_s, u"stepped_back"_s };
    static const QStringList introducers { u"self"_s, u"family"_s, u"community"_s, u"gp"_s, u"gp"_s, u"police"_s,
                                           u"housing"_s, u"housing"_s, u"adult_social_care"_s,
                                           u"adult_social_care"_s, u"mental_health"_s, u"other"_s };
    static const QStringList pronouns { u"she/her"_s, u"he/him"_s, u"they/them"_s };
    static const QStringList archiveReasons { u"Moved away from the area"_s, u"Doing well; no longer needs support"_s,
                                              u"Chose to stop meeting"_s, u"Moved into residential care"_s };
    Person p;
    p.id = nextId();
    p.givenName = pick(m_text.givenNames);
    p.familyName = pick(m_text.familyNames);
    p.preferredName = m_random.bounded(3) == 0 ? nickname(p.givenName) : QString();
    if (m_random.bounded(5) < 2)
        p.pronouns = pick(pronouns);
    p.dateOfBirth = today.addDays(-qint64(365.25 * (18 + m_random.bounded(75))) - m_random.bounded(365))
                        .toString(Qt::ISODate);
    p.phone = phone();
    if (m_random.bounded(5) < 2)
        p.email = asciiFolded(p.givenName) + u'.' + asciiFolded(p.familyName) + u"@example.org"_s;
    p.address = u"%1 %2"_s.arg(1 + m_random.bounded(140)).arg(pick(m_text.streets));
    p.postcode = postcode();
    p.ward = pick(m_text.wards);
    const QDate introduced = today.addDays(-14 - m_random.bounded(3 * 365));
    p.introducedOn = introduced.toString(Qt::ISODate);
    p.introducedBy = pick(introducers);
    p.level = m_random.bounded(100) < 35 ? 1 : 2;
    // People known longer have usually come further along.
    const int months = int(introduced.daysTo(today) / 30);
    p.stage = stages.at(std::min<int>(6, int(m_random.bounded(std::min(7, 1 + months / 3)))));
    p.coordinatorId = m_random.bounded(10) < 7 ? coordinators.first() : pick(coordinators);
    p.consentOn = introduced.addDays(m_random.bounded(10)).toString(Qt::ISODate);
    p.consentNote = u"Agreed at the first meeting that notes are kept and shared within the team."_s;
    p.reviewEveryMonths = p.level == 2 ? (m_random.bounded(2) ? 3 : 6) : 0;
    p.vision = visionFor(p.stage);
    QDate lastDay = today;
    if (m_random.bounded(100) < 8) {
        lastDay = introduced.addDays(introduced.daysTo(today) * (50 + m_random.bounded(50)) / 100);
        p.archivedOn = lastDay.toString(Qt::ISODate);
        p.archivedReason = pick(archiveReasons);
    }
    QList<QVariantMap> consent;
    chooseConsent(p, introduced, today, &consent);
    if (m_caseload.people().create(p).isEmpty()) {
        m_error = m_caseload.people().error();
        return false;
    }
    if (!addConsent(consent) || !addPlan(p, today) || !addCircle(p) || !addConnections(p, today) || !addChanges(p, today))
        return false;
    const int average = m_options.notesPerPerson * (p.level == 2 ? 13 : 5) / 10;
    const int count = std::max(1, average / 2 + int(m_random.bounded(std::max(1, average))));
    return addNotes(p.id, p.shortName(), p.coordinatorId, introduced, lastDay, count);
}

bool DemoCaseload::addNotes(const QString& personId, const QString& shortName, const QString& author,
                            QDate introduced, QDate lastDay, int count)
{
    const qint64 span = std::max<qint64>(1, introduced.daysTo(lastDay));
    QList<qint64> offsets;
    for (int i = 0; i < count; ++i)
        offsets.append(m_random.bounded(span + 1));
    std::sort(offsets.begin(), offsets.end());
    for (const qint64 offset : std::as_const(offsets)) {
        const DemoText::Template& t = m_text.notes.at(int(m_random.bounded(quint32(m_text.notes.size()))));
        Note n;
        n.id = nextId();
        n.personId = personId;
        const QTime time(9 + m_random.bounded(8), m_random.bounded(4) * 15);
        n.occurredAt = QDateTime(introduced.addDays(offset), time).toUTC();
        n.kind = t.kind;
        if (n.kind == u"visit")
            n.minutes = 30 + 15 * m_random.bounded(7);
        else if (n.kind == u"phone")
            n.minutes = 5 + 5 * m_random.bounded(7);
        else if (n.kind == u"meeting")
            n.minutes = 30 + 15 * m_random.bounded(5);
        if (n.kind == u"visit" || n.kind == u"meeting")
            n.place = pick(m_text.places);
        n.text = QString(t.text)
                     .replace(u"{name}"_s, shortName)
                     .replace(u"{supporter}"_s, pick(m_text.givenNames))
                     .replace(u"{group}"_s, pick(m_text.groups))
                     .replace(u"{place}"_s, pick(m_text.places));
        n.authorId = author;
        if (m_caseload.notes().add(n).isEmpty()) {
            m_error = m_caseload.notes().error();
            return false;
        }
    }
    return true;
}

} // namespace alongside
