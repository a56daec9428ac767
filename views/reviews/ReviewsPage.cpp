#include "reviews/ReviewsPage.h"
#include "shared/ListViews.h"

#include "Caseload.h"
#include "reviews/ReviewDialog.h"
#include "shared/UndoScopes.h"
#include "items/ReviewsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

ReviewsPage::ReviewsPage(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undoStack(&undo.page(u"reviews"_s))
    , m_model(new ReviewsModel(caseload.reviews(), caseload.notifier(), caseload.clock(), this, false))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_done(new QPushButton(tr("&Mark done…"), this))
{
    setObjectName(u"reviewsPage"_s);
    m_view->setObjectName(u"reviewsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ReviewsModel::PersonColumn, QHeaderView::Stretch);
    keepHeadingsWhole(m_view->horizontalHeader());
    m_view->setAccessibleName(tr("Reviews due"));
    m_summary->setObjectName(u"reviewsSummary"_s);
    m_done->setObjectName(u"markReviewDone"_s);
    m_done->setToolTip(tr("Record that this review was done, and schedule the next"));
    auto* hint = new QLabel(tr("Double-click a person, or press Return, to open their record."), this);
    hint->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hint);
    buttons->addStretch();
    buttons->addWidget(m_done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_done, &QPushButton::clicked, this, &ReviewsPage::markCurrentDone);
    // Double-click, or Return on the chosen row, opens the person.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openPerson(index.data(ReviewsModel::PersonIdRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewsPage::updateSummary);
    updateSummary();
}

void ReviewsPage::showEvent(QShowEvent* event)
{
    m_model->setLive(true);
    QWidget::showEvent(event);
}

void ReviewsPage::hideEvent(QHideEvent* event)
{
    m_model->setLive(false);
    QWidget::hideEvent(event);
}

void ReviewsPage::updateSummary()
{
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        overdue += m_model->index(row, 0).data(ReviewsModel::OverdueRole).toBool() ? 1 : 0;
    const int soon = m_model->rowCount() - overdue;
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("No reviews are overdue or due in the next %1 days.").arg(ReviewsModel::aheadDays)
                           : tr("%n overdue", nullptr, overdue) + u", "_s
                               + tr("%n due in the next %1 days", nullptr, soon).arg(ReviewsModel::aheadDays));
    m_done->setEnabled(m_model->rowCount() > 0);
}

void ReviewsPage::markCurrentDone()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    if (row >= m_model->rowCount())
        return;
    ReviewDialog(m_caseload, *m_undoStack, m_model->due(row), this).exec();
}

} // namespace alongside
