// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/connections/ConnectionsTab.h"

#include "Caseload.h"
#include "edits/EditCommand.h"
#include "shared/UndoScopes.h"
#include "person/connections/ConnectionDialog.h"
#include "shared/ListViews.h"
#include "items/ConnectionsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>


using namespace Qt::StringLiterals;

namespace alongside {

ConnectionsTab::ConnectionsTab(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undo(undo)
    , m_model(new ConnectionsModel(ConnectionsModel::Side::Person, caseload.connections(), caseload.notifier(), this))
    , m_view(new QTableView(this))
    , m_gives(new QLabel(this))
{
    m_view->setObjectName(u"connectionsView"_s);
    setUpRowTable(m_view, m_model);
    for (const int column : { ConnectionsModel::StatusColumn, ConnectionsModel::DatesColumn })
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionsModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionsModel::ContributionColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Community connections"));
    m_gives->setObjectName(u"connectionsGives"_s);
    m_gives->setWordWrap(true);
    m_gives->setTextFormat(Qt::RichText);
    auto* add = new QPushButton(tr("Connect to a &resource…"), this);
    add->setObjectName(u"addConnection"_s);
    auto* edit = new QPushButton(tr("E&dit…"), this);
    auto* remove = new QPushButton(tr("Re&move"), this);
    remove->setToolTip(tr("Remove a link made by mistake (Delete). A link that has finished is better marked Ended."));
    auto* open = new QPushButton(tr("&Open in the directory"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_gives);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &ConnectionsTab::addConnection);
    connect(edit, &QPushButton::clicked, this, &ConnectionsTab::editCurrent);
    connect(remove, &QPushButton::clicked, this, &ConnectionsTab::removeCurrent);
    connect(open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT openResource(current.data(ConnectionsModel::ResourceIdRole).toString());
    });
    connect(m_view, &QTableView::doubleClicked, this, &ConnectionsTab::editCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectionsTab::updateSummary);
    addListShortcuts(m_view, [this] { addConnection(); }, [this] { editCurrent(); }, [this] { removeCurrent(); });
    setEnabled(false);
}

void ConnectionsTab::setPerson(const QString& id)
{
    m_personId = id;
    m_model->setOwner(id);
    setEnabled(!id.isEmpty());
}

void ConnectionsTab::updateSummary()
{
    QStringList gives;
    for (const auto& c : m_model->connections()) {
        if (c.status != u"ended" && !c.contribution.isEmpty())
            gives.append(tr("%1 (%2)").arg(c.contribution, c.resourceName).toHtmlEscaped());
    }
    if (m_model->rowCount() == 0)
        m_gives->setText(tr("No connections yet. Who and what nearby might this person enjoy, or help with?"));
    else if (gives.isEmpty())
        m_gives->setText(tr("<b>Gives:</b> nothing recorded yet. What could this person offer others?"));
    else
        m_gives->setText(tr("<b>Gives:</b> %1").arg(gives.join(u"; "_s)));
}

void ConnectionsTab::addConnection()
{
    ConnectionRepository::Connection fresh;
    fresh.personId = m_personId;
    ConnectionDialog dialog(m_caseload, fresh, this);
    if (dialog.exec() == QDialog::Accepted)
        push(m_caseload.connections().adding(dialog.connection()));
}

void ConnectionsTab::editCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->connections().size())
        return;
    const ConnectionRepository::Connection before = m_model->connections().at(row);
    ConnectionDialog dialog(m_caseload, before, this);
    if (dialog.exec() == QDialog::Accepted)
        push(m_caseload.connections().editing(before, dialog.connection()));
}

void ConnectionsTab::removeCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row >= 0 && row < m_model->connections().size())
        push(m_caseload.connections().removing(m_model->connections().at(row)));
}

bool ConnectionsTab::push(std::unique_ptr<EditCommand> command)
{
    return UndoScopes::push(m_caseload.editor(), m_undo.person(m_personId), std::move(command), this, tr("Connections"));
}

} // namespace alongside
