// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviews/ReviewsPage.h"
#include "shared/ListViews.h"
#include "shared/Remembered.h"

#include "Caseload.h"
#include "reviews/ReviewDialog.h"
#include "shared/UndoScopes.h"
#include "items/ReviewsModel.h"
#include "dates/DateText.h"
#include "shared/ScreenReader.h"
#include "storage/ChangeNotifier.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
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
    , m_whose(new QComboBox(this))
    , m_horizon(new QComboBox(this))
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
    rememberColumns(m_view, m_view->horizontalHeader(), u"reviews"_s);
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
    // Whose reviews (mine unless chosen) and how far ahead, as last chosen.
    m_whose->setObjectName(u"reviewsWhose"_s);
    nameForScreenReaders(m_whose, tr("Whose reviews"), tr("Your own people's reviews, everyone's, or a teammate's"));
    m_horizon->setObjectName(u"reviewsHorizon"_s);
    nameForScreenReaders(m_horizon, tr("How far ahead"), tr("Overdue reviews, and those due up to this far ahead"));
    const std::pair<ReviewsModel::Horizon, QString> horizons[] {
        { ReviewsModel::Horizon::Overdue, tr("Overdue only") },
        { ReviewsModel::Horizon::Week, tr("Due this week") },
        { ReviewsModel::Horizon::Fortnight, tr("Due in the next 2 weeks") },
        { ReviewsModel::Horizon::Month, tr("Due this month") },
        { ReviewsModel::Horizon::All, tr("All reviews") },
    };
    for (const auto& [horizon, label] : horizons)
        m_horizon->addItem(label, int(horizon));
    m_horizon->setCurrentIndex(std::max(0, m_horizon->findData(QSettings().value(u"reviews/horizon"_s, int(ReviewsModel::Horizon::Fortnight)).toInt())));
    fillCoordinators();
    connect(&caseload.notifier(), &ChangeNotifier::siteChanged, this, &ReviewsPage::fillCoordinators);
    connect(m_whose, &QComboBox::currentIndexChanged, this, &ReviewsPage::applyScope);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, &ReviewsPage::applyScope);
    auto* scope = new QHBoxLayout;
    scope->addWidget(m_whose);
    scope->addWidget(m_horizon);
    scope->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(scope);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_done, &QPushButton::clicked, this, &ReviewsPage::markCurrentDone);
    // Double-click, or Return on the chosen row, opens the person.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openPerson(index.data(ReviewsModel::PersonIdRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewsPage::updateSummary);
    applyScope();
}

void ReviewsPage::fillCoordinators()
{
    const QString mine = m_caseload.site().site().coordinatorId;
    const QString chosen = m_whose->count() > 0 ? m_whose->currentData().toString()
                                                : QSettings().value(u"reviews/whose"_s, u"mine"_s).toString();
    const QSignalBlocker block(m_whose);
    m_whose->clear();
    m_whose->addItem(tr("My people"), u"mine"_s);
    m_whose->addItem(tr("Everyone's"), u"all"_s);
    for (const SiteRepository::Coordinator& c : m_caseload.site().coordinators()) {
        if (c.id != mine)
            m_whose->addItem(tr("%1's people").arg(c.name), c.id);
    }
    m_whose->setCurrentIndex(std::max(0, m_whose->findData(chosen)));
}

void ReviewsPage::applyScope()
{
    const QString whose = m_whose->currentData().toString();
    QSettings settings;
    settings.setValue(u"reviews/whose"_s, whose);
    settings.setValue(u"reviews/horizon"_s, m_horizon->currentData().toInt());
    // On a laptop that knows one coordinator, theirs are everyone's: the list is then read
    // from the index by date alone, without looking up each person.
    const bool alone = m_caseload.site().coordinators().size() <= 1;
    const QString coordinator = whose == u"mine" ? (alone ? QString() : m_caseload.site().site().coordinatorId)
        : whose == u"all"                        ? QString()
                                                 : whose;
    m_model->setScope(ReviewsModel::Horizon(m_horizon->currentData().toInt()), coordinator);
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
    const ReviewsModel::Horizon horizon = m_model->horizon();
    const QString ahead = horizon == ReviewsModel::Horizon::Overdue ? QString()
        : horizon == ReviewsModel::Horizon::All                     ? tr("%n scheduled", nullptr, soon)
                                                                    : tr("%n due by %1", nullptr, soon).arg(DateText::format(m_model->lastDay()));
    if (m_model->rowCount() == 0) {
        m_summary->setText(horizon == ReviewsModel::Horizon::Overdue ? tr("No reviews are overdue.")
                               : horizon == ReviewsModel::Horizon::All
                               ? tr("No reviews are scheduled.")
                               : tr("No reviews are overdue or due by %1.").arg(DateText::format(m_model->lastDay())));
    } else {
        m_summary->setText(ahead.isEmpty() ? tr("%n overdue", nullptr, overdue) : tr("%n overdue", nullptr, overdue) + u", "_s + ahead);
    }
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
