// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConflictsPane.h"
#include "shared/ListViews.h"
#include "shared/Remembered.h"

#include "Caseload.h"
#include "items/ConflictsModel.h"
#include "repositories/ConflictRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

ConflictsPane::ConflictsPane(Caseload& caseload, QWidget* parent)
    : QWidget(parent)
    , m_repository(std::make_unique<ConflictRepository>(caseload.database()))
    , m_model(new ConflictsModel(*m_repository, caseload.writer(), caseload.notifier(), this))
    , m_view(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_keepFirst(new QPushButton(tr("Keep &yours"), this))
    , m_keepSecond(new QPushButton(tr("Keep &theirs"), this))
{
    m_view->setObjectName(u"conflictsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    keepHeadingsWhole(m_view->horizontalHeader());
    rememberColumns(m_view, m_view->horizontalHeader(), u"conflicts"_s);
    m_view->setAccessibleName(tr("Conflicts"));
    m_detail->setObjectName(u"conflictDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_keepFirst->setObjectName(u"keepFirst"_s);
    m_keepSecond->setObjectName(u"keepSecond"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_keepFirst);
    buttons->addWidget(m_keepSecond);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConflictsPane::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showCurrent();
        Q_EMIT countChanged(m_model->rowCount());
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { Q_EMIT countChanged(m_model->rowCount()); });
    connect(m_keepFirst, &QPushButton::clicked, this, [this] { keep(true); });
    // Return on a conflict goes to the choice between its two values.
    connect(m_view, &QTableView::activated, m_keepFirst, qOverload<>(&QWidget::setFocus));
    connect(m_keepSecond, &QPushButton::clicked, this, [this] { keep(false); });
    showCurrent();
}

ConflictsPane::~ConflictsPane() = default;

void ConflictsPane::reload()
{
    m_model->reload();
}

void ConflictsPane::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const bool any = current.isValid();
    m_keepFirst->setEnabled(any);
    m_keepSecond->setEnabled(any);
    // The buttons name whose value each keeps: "Keep yours", "Keep Anna's".
    const QString first = any ? current.data(ConflictsModel::FirstNameRole).toString() : QString();
    const QString second = any ? current.data(ConflictsModel::SecondNameRole).toString() : QString();
    const bool firstIsYours = !any || current.data(ConflictsModel::FirstIsMineRole).toBool();
    m_keepFirst->setText(firstIsYours ? tr("Keep &yours") : tr("Keep %1", "Keep Anna's").arg(first));
    m_keepSecond->setText(any ? tr("Keep %1", "Keep Anna's").arg(second) : tr("Keep &theirs"));
    for (QPushButton* b : { m_keepFirst, m_keepSecond })
        b->setToolTip(tr("Keep this value on every laptop; the other is set aside"));
    if (m_model->rowCount() == 0)
        m_detail->setText(tr("No conflicts: every value written on two laptops at once has been settled."));
    else if (!any)
        m_detail->setText(tr("Choose a conflict to see both values and who wrote them."));
    else
        m_detail->setText(m_model->data(current, ConflictsModel::DetailRole).toString());
}

void ConflictsPane::keep(bool first)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    // The value shown now is kept unless the other one is chosen.
    const bool firstIsCurrent = current.data(ConflictsModel::FirstIsCurrentRole).toBool();
    settle(first != firstIsCurrent);
}

void ConflictsPane::settle(bool keepOther)
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    if (!m_model->settle(row, keepOther)) {
        QMessageBox::warning(this, tr("Conflict not settled"), m_model->error());
        return;
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    showCurrent();
}

} // namespace alongside
