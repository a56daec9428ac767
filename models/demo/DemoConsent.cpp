// SPDX-License-Identifier: GPL-3.0-or-later
// Consent in the demo caseload: most people have decisions by purpose, some only the
// single date recorded before purposes, and a few none yet, so the flag on the list and
// the person's page has someone to show. Drawn from a generator of its own, seeded by
// the person's id, so the rest of the demo comes out the same as before consent existed.

#include "DemoCaseload.h"

#include "Caseload.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace alongside {

void DemoCaseload::chooseConsent(Person& p, QDate introduced, QDate today, QList<QVariantMap>* decisions)
{
    QRandomGenerator random(qHash(p.id));
    const int kind = int(random.bounded(100));
    if (kind < 6 || (p.stage == u"introduced" && kind < 30)) { // not asked yet
        p.consentOn.clear();
        p.consentNote.clear();
        return;
    }
    if (kind < 30)
        return; // the single date and note recorded before consent by purpose
    const QDate on = QDate::fromString(p.consentOn, Qt::ISODate);
    p.consentOn.clear();
    p.consentNote.clear();
    const QString how = random.bounded(3) == 0 ? u"verbal"_s : u"written"_s;
    auto decision = [&](const QString& purpose, const QString& named, const QString& given, QDate when) {
        QVariantMap d { { u"person_id"_s, p.id }, { u"purpose"_s, purpose },       { u"decision"_s, given },
                        { u"decided_on"_s, when.toString(Qt::ISODate) },           { u"how"_s, how },
                        { u"recorded_by"_s, p.coordinatorId } };
        if (!named.isEmpty())
            d.insert(u"named"_s, named);
        decisions->append(d);
    };
    decision(u"keep_records"_s, {}, u"given"_s, on);
    const bool shares = random.bounded(10) != 0;
    decision(u"share_team"_s, {}, shares ? u"given"_s : u"refused"_s, on);
    if (random.bounded(10) < 4)
        decision(u"contact_others"_s, u"Their GP"_s, u"given"_s, on);
    if (shares && random.bounded(20) == 0 && introduced.daysTo(today) > 60) {
        QVariantMap& last = (*decisions)[1];
        last.insert(u"withdrawn_on"_s, on.addDays(30 + random.bounded(int(on.daysTo(today)) - 29)).toString(Qt::ISODate));
        last.insert(u"withdrawn_note"_s, u"Would rather the notes stay with one coordinator."_s);
    }
}

bool DemoCaseload::addConsent(const QList<QVariantMap>& decisions)
{
    for (const QVariantMap& d : decisions) {
        if (m_caseload.writer().insert(u"consent"_s, d, nextId()).isEmpty()) {
            m_error = m_caseload.writer().error();
            return false;
        }
    }
    return true;
}

} // namespace alongside
