// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/connections/ConnectionDialog.h"
#include "shared/Focus.h"
#include "shared/ScreenRoom.h"

#include "Caseload.h"
#include "directory/ResourceDialog.h"
#include "dates/DateText.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

ConnectionDialog::ConnectionDialog(Caseload& caseload, const ConnectionRepository::Connection& connection, QWidget* parent)
    : QDialog(parent)
    , m_caseload(caseload)
    , m_connection(connection)
    , m_resource(new QComboBox(this))
    , m_newResource(new QPushButton(tr("&New resource…"), this))
    , m_status(new QComboBox(this))
    , m_started(new QLineEdit(DateText::formatIso(connection.startedOn), this))
    , m_ended(new QLineEdit(DateText::formatIso(connection.endedOn), this))
    , m_contribution(new QLineEdit(connection.contribution, this))
    , m_notes(new QPlainTextEdit(connection.notes, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(connection.id.isEmpty() ? tr("Connect to a resource") : tr("Connection"));
    m_resource->setObjectName(u"connectionResource"_s);
    m_status->setObjectName(u"connectionStatus"_s);
    m_started->setObjectName(u"connectionStarted"_s);
    m_ended->setObjectName(u"connectionEnded"_s);
    m_contribution->setObjectName(u"connectionContribution"_s);
    m_problem->setObjectName(u"connectionProblem"_s);
    // Type any part of a name to find it among the directory's entries.
    m_resource->setEditable(true);
    m_resource->setInsertPolicy(QComboBox::NoInsert);
    m_resource->completer()->setFilterMode(Qt::MatchContains);
    m_resource->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_resource->lineEdit()->setPlaceholderText(tr("Type part of the name"));
    m_resource->setMinimumContentsLength(30);
    fillResources(connection.resourceId);
    for (const QString& key : ConnectionRepository::statuses())
        m_status->addItem(ConnectionRepository::statusLabel(key), key);
    m_status->setCurrentIndex(std::max(0, m_status->findData(connection.status)));
    m_started->setPlaceholderText(tr("day/month/year"));
    m_ended->setPlaceholderText(tr("day/month/year"));
    m_contribution->setPlaceholderText(tr("What the person brings: time, a skill, company…"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    QPushButton* add = m_newResource;
    add->setObjectName(u"connectionNewResource"_s);
    add->setToolTip(tr("Not in the directory yet? Add it, and it is chosen here."));
    auto* resourceRow = new QHBoxLayout;
    resourceRow->addWidget(m_resource, 1);
    resourceRow->addWidget(add);
    auto* form = new QFormLayout;
    auto* resourceLabel = new QLabel(tr("&Resource:"), this);
    resourceLabel->setBuddy(m_resource); // a row of two widgets has no buddy of its own
    form->addRow(resourceLabel, resourceRow);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("S&tarted on:"), m_started);
    form->addRow(tr("&Ended on:"), m_ended);
    form->addRow(tr("What they &give:"), m_contribution);
    form->addRow(tr("N&otes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    confirmWithCtrlReturn(buttons); // Enter starts a new line in the longer text
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &ConnectionDialog::newResource);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resizeWithinScreen(this, QSize(560, sizeHint().height()));
}

void ConnectionDialog::fillResources(const QString& choose)
{
    m_resource->clear();
    ResourceRepository::Filter everything;
    everything.includeArchived = true;
    for (const ResourceRepository::Resource& r : m_caseload.resources().list(everything)) {
        if (r.isArchived() && r.id != choose)
            continue; // an archived resource stays only on the links it already has
        m_resource->addItem(tr("%1 (%2)").arg(r.name, ResourceRepository::kindLabel(r.kind)), r.id);
    }
    m_resource->setCurrentIndex(m_resource->findData(choose));
    if (choose.isEmpty())
        m_resource->setEditText(QString());
}

void ConnectionDialog::newResource()
{
    ResourceRepository::Resource fresh;
    fresh.name = m_resource->currentIndex() < 0 ? m_resource->currentText().trimmed() : QString();
    ResourceDialog dialog(fresh, m_caseload.resources().wards(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = m_caseload.resources().add(dialog.resource());
    if (id.isEmpty()) {
        QMessageBox::warning(this, tr("Community directory"), m_caseload.resources().error());
        return;
    }
    fillResources(id);
}

void ConnectionDialog::accept()
{
    auto refuse = [this](const QString& problem, QWidget* where) {
        m_problem->setText(problem);
        m_problem->show();
        where->setFocus();
    };
    // The text typed must name a resource in the list, not just resemble one.
    const int index = m_resource->findText(m_resource->currentText(), Qt::MatchFixedString);
    if (m_resource->currentText().trimmed().isEmpty() || index < 0) {
        refuse(tr("Choose a resource from the directory, or add a new one."), m_resource);
        return;
    }
    QString dates[2];
    QLineEdit* edits[2] = { m_started, m_ended };
    for (int i = 0; i < 2; ++i) {
        QString problem;
        if (!DateText::readTyped(edits[i]->text(), &dates[i], &problem)) {
            refuse(problem, edits[i]);
            return;
        }
    }
    ConnectionRepository::Connection c = m_connection;
    c.resourceId = m_resource->itemData(index).toString();
    c.status = m_status->currentData().toString();
    // Sensible dates when none are given: a link that has begun began today, one ended ends today.
    const QString today = m_caseload.clock().now().toLocalTime().date().toString(Qt::ISODate);
    if (dates[0].isEmpty() && (c.status == u"connected" || c.status == u"contributing"))
        dates[0] = today;
    if (dates[1].isEmpty() && c.status == u"ended")
        dates[1] = today;
    c.startedOn = dates[0];
    c.endedOn = dates[1];
    c.contribution = m_contribution->text().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    if (!dates[0].isEmpty() && !dates[1].isEmpty() && dates[1] < dates[0]) {
        refuse(tr("The connection cannot end before it started."), m_ended);
        return;
    }
    m_connection = c;
    QDialog::accept();
}

} // namespace alongside
