// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ResourcePane.h"

#include "Caseload.h"
#include "shared/ListViews.h"
#include "dates/DateText.h"
#include "items/ConnectionsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

ResourcePane::ResourcePane(Caseload& caseload, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_edit(new QPushButton(tr("E&dit…"), this))
    , m_archive(new QPushButton(this))
    , m_people(new ConnectionsModel(ConnectionsModel::Side::Resource, caseload.connections(), caseload.notifier(), this))
    , m_view(new QTableView(this))
    , m_peopleTitle(new QLabel(this))
{
    setObjectName(u"resourcePane"_s);
    m_title->setObjectName(u"resourceTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(u"resourceDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setOpenExternalLinks(true);
    m_archive->setObjectName(u"archiveResource"_s);
    m_peopleTitle->setObjectName(u"resourcePeopleTitle"_s);
    QFont bold = m_peopleTitle->font();
    bold.setBold(true);
    m_peopleTitle->setFont(bold);
    m_view->setObjectName(u"resourcePeople"_s);
    setUpRowTable(m_view, m_people);
    for (const int column : { ConnectionsModel::StatusColumn, ConnectionsModel::DatesColumn })
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("People connected"));
    auto* hint = new QLabel(tr("Double-click a person to open their record."), this);
    hint->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_peopleTitle);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);

    connect(m_edit, &QPushButton::clicked, this, &ResourcePane::editRequested);
    connect(m_archive, &QPushButton::clicked, this, [this] {
        const auto r = m_caseload.resources().find(m_id);
        if (r)
            Q_EMIT archiveRequested(!r->isArchived());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openPerson(index.data(ConnectionsModel::PersonIdRole).toString());
    });
    // The people model reloads on every resource change, so its reset is the one cue.
    connect(m_people, &QAbstractItemModel::modelReset, this, &ResourcePane::refresh);
    refresh();
}

void ResourcePane::setResource(const QString& id)
{
    m_id = id;
    m_people->setOwner(id);
    refresh();
}

void ResourcePane::refresh()
{
    const auto r = m_id.isEmpty() ? std::nullopt : m_caseload.resources().find(m_id);
    m_edit->setEnabled(r.has_value());
    m_archive->setEnabled(r.has_value());
    m_view->setEnabled(r.has_value());
    if (!r) {
        m_title->setText(tr("Choose a resource"));
        m_details->setText(tr("Pick a group, place or service on the left to see its details and who is connected "
                              "to it."));
        m_archive->setText(tr("&Archive"));
        m_peopleTitle->clear();
        return;
    }
    m_title->setText(r->name);
    m_archive->setText(r->isArchived() ? tr("&Restore") : tr("&Archive"));
    m_archive->setToolTip(r->isArchived() ? tr("Bring this resource back into the directory")
                                          : tr("It has closed or stopped: keep it for past connections, out of the list"));
    // Each known detail on its own line; unknown ones are left out rather than shown empty.
    QStringList lines;
    auto add = [&lines](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            lines.append(u"<b>%1</b> %2"_s.arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(u'\n', u"<br>"_s)));
    };
    QString kind = ResourceRepository::kindLabel(r->kind);
    if (!r->ward.isEmpty())
        kind = tr("%1 in %2").arg(kind, r->ward);
    lines.append(u"<i>%1</i>"_s.arg(kind.toHtmlEscaped()));
    if (r->isArchived())
        lines.append(u"<i>%1</i>"_s.arg(tr("Archived on %1").arg(DateText::formatIso(r->archivedOn)).toHtmlEscaped()));
    if (!r->description.isEmpty())
        lines.append(r->description.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    add(tr("When:"), r->whenText);
    QStringList where { r->address.trimmed(), r->postcode.trimmed() };
    where.removeAll(QString());
    add(tr("Where:"), where.join(u", "_s));
    add(tr("Contact:"), r->contactName);
    add(tr("Phone:"), r->phone);
    if (!r->email.isEmpty())
        lines.append(u"<b>%1</b> <a href=\"mailto:%2\">%2</a>"_s.arg(tr("E-mail:").toHtmlEscaped(), r->email.toHtmlEscaped()));
    if (!r->website.isEmpty()) {
        const QString url = r->website.contains(u"://"_s) ? r->website : u"https://"_s + r->website;
        lines.append(u"<b>%1</b> <a href=\"%2\">%3</a>"_s.arg(tr("Website:").toHtmlEscaped(), url.toHtmlEscaped(),
                                                          r->website.toHtmlEscaped()));
    }
    add(tr("Open Referral id:"), r->hsdsId);
    m_details->setText(lines.join(u"<br>"_s));
    const int current = int(std::count_if(m_people->connections().begin(), m_people->connections().end(),
                                          [](const auto& c) { return c.status != u"ended"; }));
    const int past = m_people->rowCount() - current;
    if (m_people->rowCount() == 0)
        m_peopleTitle->setText(tr("Nobody is connected yet."));
    else if (past == 0)
        m_peopleTitle->setText(tr("%n person(s) connected", nullptr, current));
    else
        m_peopleTitle->setText(tr("Connected now: %1. In the past: %2.").arg(current).arg(past));
}

} // namespace alongside
