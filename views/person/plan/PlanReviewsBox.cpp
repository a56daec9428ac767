// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/plan/PlanReviewsBox.h"

#include "Caseload.h"
#include "shared/ListViews.h"
#include "shared/Remembered.h"
#include "reviews/ReviewDialog.h"
#include "shared/UndoScopes.h"
#include "items/HeldReviewsModel.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

PlanReviewsBox::PlanReviewsBox(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QGroupBox(tr("Reviews of this plan"), parent)
    , m_caseload(caseload)
    , m_undo(undo)
    , m_model(new HeldReviewsModel(caseload.reviews(), caseload.notifier(), this))
    , m_view(new QTableView(this))
    , m_record(new QPushButton(tr("&Record a review…"), this))
{
    setUpRowTable(m_view, m_model);
    m_view->setObjectName(u"heldReviews"_s);
    m_view->setAccessibleName(tr("Reviews held, the latest first"));
    m_view->horizontalHeader()->setSectionResizeMode(HeldReviewsModel::AgreedColumn, QHeaderView::Stretch);
    rememberColumns(m_view, m_view->horizontalHeader(), u"heldReviews"_s);
    m_view->setMaximumHeight(m_view->fontMetrics().lineSpacing() * 7);
    m_record->setObjectName(u"recordReview"_s);
    m_record->setToolTip(tr("Record a review held with the person, even before it falls due, and schedule the next"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_record);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    connect(m_record, &QPushButton::clicked, this, &PlanReviewsBox::recordReview);
    // Return or a double click reads a review in full: what was agreed can be long.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const auto text = [&](int column) { return index.siblingAtColumn(column).data().toString(); };
        QMessageBox box(QMessageBox::NoIcon, tr("Review held on %1").arg(text(HeldReviewsModel::DoneColumn)),
                        tr("Held by %1.").arg(text(HeldReviewsModel::HeldByColumn)), QMessageBox::Close, this);
        box.setInformativeText(text(HeldReviewsModel::AgreedColumn));
        box.setObjectName(u"heldReviewText"_s);
        box.exec();
    });
}

void PlanReviewsBox::setPerson(const QString& personId)
{
    m_personId = personId;
    m_model->setPerson(personId);
}

void PlanReviewsBox::recordReview()
{
    const ReviewRepository::Due due = m_caseload.reviews().dueFor(m_personId);
    if (due.personId.isEmpty())
        return;
    ReviewDialog(m_caseload, m_undo.person(m_personId), due, this).exec();
}

} // namespace alongside
