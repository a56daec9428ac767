// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/DataProtectionPage.h"

#include "Caseload.h"
#include "items/AuditModel.h"
#include "privacy/RetentionPane.h"
#include "shared/FileDialogs.h"
#include "shared/ListViews.h"
#include "shared/ScreenReader.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

DataProtectionPage::DataProtectionPage(Caseload& caseload, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_model(new AuditModel(caseload.audit(), this))
    , m_person(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_keep(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_retention(new RetentionPane(caseload, this))
{
    setObjectName(u"dataProtectionPage"_s);
    auto* title = new QLabel(tr("Data protection"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto* about = new QLabel(tr("The audit trail of this laptop: what was done with the records, by whom and about "
                                "whom. It stays on this laptop (it is never synced) and holds no one's words, only "
                                "what kind of thing was done."),
                             this);
    about->setWordWrap(true);

    m_person->setObjectName(u"auditPerson"_s);
    m_person->setPlaceholderText(tr("A person's name or id"));
    enableNamedClearButton(m_person);
    auto* personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_person);
    m_person->setAccessibleName(tr("Person"));
    m_action->setObjectName(u"auditAction"_s);
    m_action->addItem(tr("Everything"), QString());
    for (AuditLog::Action action : AuditLog::actions()) {
        const QString key = AuditLog::actionKey(action);
        m_action->addItem(AuditLog::actionLabel(key), key);
    }
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(16);
    auto* actionLabel = new QLabel(tr("&What:"), this);
    actionLabel->setBuddy(m_action);
    nameForScreenReaders(m_action, tr("What"), tr("Show only this kind of entry"));
    auto* exportButton = new QPushButton(tr("E&xport as CSV…"), this);
    exportButton->setObjectName(u"auditExport"_s);

    m_keep->setObjectName(u"auditKeep"_s);
    m_keep->setRange(1, 120);
    m_keep->setValue(caseload.audit().keepMonths());
    m_keep->setSuffix(tr(" months"));
    auto* keepLabel = new QLabel(tr("&Keep the audit trail for:"), this);
    keepLabel->setBuddy(m_keep);
    nameForScreenReaders(m_keep, tr("Keep the audit trail for"),
                         tr("Entries older than this are removed when the caseload opens"));
    // The box inside the spin box takes the focus: it is read by the same name.
    if (auto* box = m_keep->findChild<QLineEdit*>())
        box->setAccessibleName(tr("Keep the audit trail for"));

    m_view->setObjectName(u"auditView"_s);
    setUpRowTable(m_view, m_model);
    m_view->setAccessibleName(tr("Audit trail"));
    m_view->horizontalHeader()->setSectionResizeMode(AuditModel::WhatColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AuditModel::PersonColumn, QHeaderView::Stretch);
    m_summary->setObjectName(u"auditSummary"_s);

    auto* filters = new QHBoxLayout;
    filters->addWidget(personLabel);
    filters->addWidget(m_person, 1);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action, 1);
    filters->addWidget(exportButton);
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keep);
    keepRow->addStretch(1);
    auto* audit = new QWidget(this);
    auto* auditLayout = new QVBoxLayout(audit);
    auditLayout->addWidget(about);
    auditLayout->addLayout(filters);
    auditLayout->addWidget(m_view, 1);
    auditLayout->addWidget(m_summary);
    auditLayout->addLayout(keepRow);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"dataProtectionTabs"_s);
    tabs->addTab(audit, tr("Audit &trail"));
    tabs->addTab(m_retention, tr("Rete&ntion"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(tabs, 1);
    connect(m_retention, &RetentionPane::done, this, &DataProtectionPage::done);
    connect(m_retention, &RetentionPane::openPerson, this, &DataProtectionPage::openPerson);

    connect(m_person, &QLineEdit::textChanged, this, &DataProtectionPage::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &DataProtectionPage::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &DataProtectionPage::chooseAndExport);
    connect(m_keep, &QSpinBox::valueChanged, this, &DataProtectionPage::keepFor);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int shown = m_model->rowCount();
        m_summary->setText(shown >= AuditModel::limit
                               ? tr("The latest %n entries; Export as CSV has every one.", nullptr, shown)
                               : tr("%n entries", nullptr, shown));
    });
    applyFilter();
}

void DataProtectionPage::applyFilter()
{
    AuditLog::Filter filter;
    filter.personText = m_person->text();
    filter.action = m_action->currentData().toString();
    m_model->setFilter(filter);
}

bool DataProtectionPage::exportTo(const QString& path)
{
    if (!m_caseload.audit().writeCsv(path, m_model->filter())) {
        QMessageBox::warning(this, tr("Export the audit trail"), m_caseload.audit().error());
        return false;
    }
    Q_EMIT done(tr("Wrote the audit trail to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DataProtectionPage::chooseAndExport()
{
    const QString path = FileDialogs::saveFile(this, tr("Export the audit trail"),
                                               QDir::home().filePath(tr("Audit trail.csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void DataProtectionPage::keepFor(int months)
{
    if (!m_caseload.audit().setKeepMonths(months)) {
        QMessageBox::warning(this, tr("Data protection"), m_caseload.audit().error());
        return;
    }
    Q_EMIT done(tr("The audit trail is now kept for %n month(s).", nullptr, months));
}

} // namespace alongside
