// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenReferralImport.h"

#include "edits/EditCommand.h"
#include "edits/Editor.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

using Resource = ResourceRepository::Resource;

// Each column of a resource that an import can write, with its member.
QList<std::pair<QString, QString Resource::*>> columns()
{
    return { { u"name"_s, &Resource::name }, { u"kind"_s, &Resource::kind },
        { u"description"_s, &Resource::description }, { u"address"_s, &Resource::address },
        { u"postcode"_s, &Resource::postcode }, { u"ward"_s, &Resource::ward },
        { u"contact_name"_s, &Resource::contactName }, { u"phone"_s, &Resource::phone },
        { u"email"_s, &Resource::email }, { u"website"_s, &Resource::website }, { u"when_text"_s, &Resource::whenText },
        { u"hsds_id"_s, &Resource::hsdsId }, { u"archived_on"_s, &Resource::archivedOn } };
}

// As the directory stores it: trimmed, a postcode in capitals.
QString stored(const QString& column, const QString& value)
{
    return column == u"postcode" ? value.trimmed().toUpper() : value.trimmed();
}

} // namespace

OpenReferralImport::OpenReferralImport(ResourceRepository& resources, Editor& editor, QDate today)
    : m_resources(resources), m_editor(editor), m_today(today)
{ }

QString OpenReferralImport::normalisedName(const QString& name)
{
    QString folded;
    // "Knit & Natter" is "Knit and Natter"; accents, capitals, spaces and punctuation aside.
    const QString words = QString(name).replace(u'&', u" and "_s);
    for (const QChar c : words.normalized(QString::NormalizationForm_KD).toCaseFolded()) {
        if (c.isLetterOrNumber())
            folded.append(c);
    }
    return folded;
}

QString OpenReferralImport::normalisedPostcode(const QString& postcode)
{
    QString folded;
    for (const QChar c : postcode.toUpper()) {
        if (c.isLetterOrNumber())
            folded.append(c);
    }
    return folded;
}

QStringList OpenReferralImport::differences(const Resource& a, const Resource& b)
{
    QStringList changed;
    for (const auto& [column, member] : columns()) {
        if (stored(column, a.*member) != stored(column, b.*member))
            changed.append(column);
    }
    return changed;
}

bool OpenReferralImport::read(const QString& path)
{
    m_items.clear();
    m_error.clear();
    const auto services = OpenReferralFormat::read(path, &m_error);
    if (!services)
        return false;
    plan(*services);
    return true;
}

void OpenReferralImport::plan(const QList<Service>& services)
{
    m_items.clear();
    ResourceRepository::Filter everything;
    everything.includeArchived = true;
    const QList<Resource> directory = m_resources.list(everything);
    QHash<QString, qsizetype> byId; // our id and the Open Referral id → resource
    QHash<QString, qsizetype> byNamePostcode;
    for (qsizetype i = 0; i < directory.size(); ++i) {
        const Resource& r = directory.at(i);
        byId.insert(r.id, i);
        if (!r.hsdsId.trimmed().isEmpty() && !byId.contains(r.hsdsId.trimmed()))
            byId.insert(r.hsdsId.trimmed(), i);
        const QString key = normalisedName(r.name) + u'|' + normalisedPostcode(r.postcode);
        if (!byNamePostcode.contains(key))
            byNamePostcode.insert(key, i);
    }

    QSet<QString> taken; // resources and new names already planned by an earlier service
    for (const Service& service : services) {
        Item item;
        item.serviceId = service.id;
        const QString key
            = normalisedName(service.resource.name) + u'|' + normalisedPostcode(service.resource.postcode);
        qsizetype at = byId.value(service.id, -1);
        item.match = at >= 0 ? Match::ById : Match::None;
        if (at < 0) {
            at = byNamePostcode.value(key, -1);
            item.match = at >= 0 ? Match::ByNameAndPostcode : Match::None;
        }
        const QString claim = at >= 0 ? u"resource:"_s + directory.at(at).id : u"new:"_s + key;
        const bool again = taken.contains(claim) || taken.contains(u"service:"_s + service.id);
        taken.insert(claim);
        taken.insert(u"service:"_s + service.id);

        Resource after = at >= 0 ? directory.at(at) : Resource {};
        if (at < 0) {
            after.id.clear();
            after.kind = u"other"_s;
        }
        for (const auto& [column, member] : columns()) {
            if (column == u"archived_on" || !service.given.contains(column))
                continue;
            // A postcode written with other spacing is the same postcode: ours stays.
            if (column == u"postcode"
                && normalisedPostcode(after.postcode) == normalisedPostcode(service.resource.postcode))
                continue;
            if (stored(column, after.*member) != stored(column, service.resource.*member))
                after.*member = service.resource.*member;
        }
        if (service.given.contains(u"archived_on"_s)) {
            const bool closed = !service.resource.archivedOn.isEmpty();
            if (!closed)
                after.archivedOn.clear();
            else if (after.archivedOn.isEmpty())
                after.archivedOn = m_today.toString(Qt::ISODate);
        }
        // The service's id is kept as the resource's Open Referral id, unless it is our own.
        if (at < 0 || service.id != after.id)
            after.hsdsId = service.id;
        item.after = after;
        if (at >= 0)
            item.before = directory.at(at);

        const QString problem = ResourceRepository::problemWith(after);
        if (again) {
            item.action = Action::Skip;
            item.reason = tr("The file has this service twice; only the first is imported.");
        } else if (!problem.isEmpty()) {
            item.action = Action::Skip;
            item.reason = problem;
        } else if (at < 0) {
            item.action = Action::Add;
        } else {
            item.fields = differences(item.before, after);
            item.action = item.fields.isEmpty() ? Action::Unchanged : Action::Change;
        }
        m_items.append(item);
    }
}

OpenReferralImport::Counts OpenReferralImport::counts() const
{
    Counts c;
    for (const Item& item : m_items) {
        switch (item.action) {
        case Action::Add:
            ++c.added;
            break;
        case Action::Change:
            ++c.changed;
            break;
        case Action::Unchanged:
            ++c.unchanged;
            break;
        case Action::Skip:
            ++c.skipped;
            break;
        }
    }
    return c;
}

bool OpenReferralImport::hasChanges() const
{
    const Counts c = counts();
    return c.added + c.changed > 0;
}

std::unique_ptr<EditCommand> OpenReferralImport::applying()
{
    if (!hasChanges()) {
        m_error = tr("The file has nothing new for the directory.");
        m_editor.refuse(m_error);
        return nullptr;
    }
    const Counts c = counts();
    //: The name of an undoable step: %n is the number of resources added or changed.
    auto group = std::make_unique<EditGroup>(
        m_editor, QString(), tr("import %n service(s) from Open Referral", nullptr, c.added + c.changed));
    for (const Item& item : std::as_const(m_items)) {
        std::unique_ptr<EditCommand> part;
        if (item.action == Action::Add)
            part = m_resources.adding(item.after);
        else if (item.action == Action::Change)
            part = m_resources.editing(item.before, item.after);
        else
            continue;
        if (!part) {
            m_error = m_resources.error().isEmpty() ? m_editor.error() : m_resources.error();
            return nullptr;
        }
        group->add(std::move(part));
    }
    return group;
}

} // namespace alongside
