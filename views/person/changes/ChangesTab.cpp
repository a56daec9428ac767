// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/changes/ChangesTab.h"

#include "Caseload.h"
#include "edits/EditCommand.h"
#include "items/OutcomesModel.h"
#include "items/WellbeingModel.h"
#include "person/changes/OutcomeDialog.h"
#include "person/changes/WellbeingChart.h"
#include "person/changes/WellbeingDialog.h"
#include "shared/ListViews.h"
#include "shared/UndoScopes.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

QHBoxLayout* buttonRow(const QList<QPushButton*>& buttons)
{
    auto* row = new QHBoxLayout;
    for (QPushButton* b : buttons)
        row->addWidget(b);
    row->addStretch();
    return row;
}

} // namespace

ChangesTab::ChangesTab(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undo(undo)
    , m_wellbeing(new WellbeingModel(caseload.wellbeing(), caseload.notifier(), this))
    , m_outcomes(new OutcomesModel(caseload.outcomes(), caseload.notifier(), this))
    , m_chart(new WellbeingChart(this))
    , m_measures(new QTableView(this))
    , m_stories(new QListView(this))
{
    m_measures->setObjectName(u"wellbeingView"_s);
    setUpRowTable(m_measures, m_wellbeing);
    m_measures->setAccessibleName(tr("Wellbeing answers"));
    // The answers as wide as they need, the date (with "with help") the rest.
    for (int column = WellbeingModel::SatisfiedColumn; column < WellbeingModel::ColumnCount; ++column)
        m_measures->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_measures->horizontalHeader()->setSectionResizeMode(WellbeingModel::DateColumn, QHeaderView::Stretch);
    m_measures->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    auto* ask = new QPushButton(tr("Ask the wellbeing &questions…"), this);
    ask->setObjectName(u"askWellbeing"_s);
    ask->setToolTip(tr("The four ONS personal wellbeing questions, answered 0–10 (Insert)"));
    auto* editMeasure = new QPushButton(tr("E&dit answers…"), this);
    auto* removeMeasure = new QPushButton(tr("Re&move answers"), this);

    m_stories->setObjectName(u"outcomesView"_s);
    m_stories->setModel(m_outcomes);
    m_stories->setWordWrap(true);
    m_stories->setAlternatingRowColors(true);
    m_stories->setSpacing(2);
    m_stories->setAccessibleName(tr("Outcome stories"));
    m_stories->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    auto* add = new QPushButton(tr("Add a &story…"), this);
    add->setObjectName(u"addOutcome"_s);
    add->setToolTip(tr("Something that changed for the person, and what would likely have happened without (Insert)"));
    auto* editStoryButton = new QPushButton(tr("Ed&it story…"), this);
    auto* removeStoryButton = new QPushButton(tr("Remo&ve story"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Wellbeing"), this));
    layout->addWidget(m_chart);
    layout->addWidget(m_measures);
    layout->addLayout(buttonRow({ ask, editMeasure, removeMeasure }));
    layout->addSpacing(fontMetrics().lineSpacing());
    layout->addWidget(heading(tr("Outcome stories"), this));
    layout->addWidget(m_stories, 1);
    layout->addLayout(buttonRow({ add, editStoryButton, removeStoryButton }));

    connect(ask, &QPushButton::clicked, this, &ChangesTab::askWellbeing);
    connect(editMeasure, &QPushButton::clicked, this, &ChangesTab::editWellbeing);
    connect(removeMeasure, &QPushButton::clicked, this, &ChangesTab::removeWellbeing);
    connect(add, &QPushButton::clicked, this, &ChangesTab::addStory);
    connect(editStoryButton, &QPushButton::clicked, this, &ChangesTab::editStory);
    connect(removeStoryButton, &QPushButton::clicked, this, &ChangesTab::removeStory);
    connect(m_measures, &QTableView::doubleClicked, this, &ChangesTab::editWellbeing);
    connect(m_stories, &QListView::doubleClicked, this, &ChangesTab::editStory);
    connect(m_wellbeing, &QAbstractItemModel::modelReset, this, [this] { m_chart->setMeasures(m_wellbeing->measures()); });
    addListShortcuts(m_measures, [this] { askWellbeing(); }, [this] { editWellbeing(); }, [this] { removeWellbeing(); });
    addListShortcuts(m_stories, [this] { addStory(); }, [this] { editStory(); }, [this] { removeStory(); });
    setEnabled(false);
}

void ChangesTab::setPerson(const QString& id)
{
    m_personId = id;
    m_wellbeing->setPerson(id);
    m_outcomes->setPerson(id);
    setEnabled(!id.isEmpty());
}

QDate ChangesTab::today() const
{
    return m_caseload.clock().now().toLocalTime().date();
}

void ChangesTab::askWellbeing()
{
    WellbeingRepository::Measure fresh;
    fresh.personId = m_personId;
    fresh.answered = u"self"_s;
    WellbeingDialog dialog(fresh, today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (std::unique_ptr<EditCommand> command = m_caseload.wellbeing().adding(dialog.measure())) {
            const QString id = command->rowId();
            if (push(std::move(command)))
                showNew(m_measures, WellbeingModel::IdRole, id);
            return;
        }
        dialog.showProblem(m_caseload.wellbeing().error());
    }
}

void ChangesTab::editWellbeing()
{
    const QString id = m_measures->currentIndex().data(WellbeingModel::IdRole).toString();
    const std::optional<WellbeingRepository::Measure> before = m_caseload.wellbeing().find(id);
    if (!before)
        return;
    WellbeingDialog dialog(*before, today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        std::unique_ptr<EditCommand> command = m_caseload.wellbeing().editing(dialog.measure());
        if (command || m_caseload.wellbeing().error().isEmpty()) {
            push(std::move(command));
            return;
        }
        dialog.showProblem(m_caseload.wellbeing().error());
    }
}

void ChangesTab::removeWellbeing()
{
    const QString id = m_measures->currentIndex().data(WellbeingModel::IdRole).toString();
    if (!id.isEmpty())
        push(m_caseload.wellbeing().removing(id));
}

void ChangesTab::addStory()
{
    OutcomeRepository::Story fresh;
    fresh.personId = m_personId;
    OutcomeDialog dialog(fresh, m_caseload.outcomes().relatable(m_personId), today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (std::unique_ptr<EditCommand> command = m_caseload.outcomes().adding(dialog.story())) {
            const QString id = command->rowId();
            if (push(std::move(command)))
                showNew(m_stories, OutcomesModel::IdRole, id);
            return;
        }
        dialog.showProblem(m_caseload.outcomes().error());
    }
}

void ChangesTab::editStory()
{
    const QString id = m_stories->currentIndex().data(OutcomesModel::IdRole).toString();
    const std::optional<OutcomeRepository::Story> before = m_caseload.outcomes().find(id);
    if (!before)
        return;
    OutcomeDialog dialog(*before, m_caseload.outcomes().relatable(m_personId), today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        std::unique_ptr<EditCommand> command = m_caseload.outcomes().editing(dialog.story());
        if (command || m_caseload.outcomes().error().isEmpty()) {
            push(std::move(command));
            return;
        }
        dialog.showProblem(m_caseload.outcomes().error());
    }
}

void ChangesTab::removeStory()
{
    const QString id = m_stories->currentIndex().data(OutcomesModel::IdRole).toString();
    if (!id.isEmpty())
        push(m_caseload.outcomes().removing(id));
}

// The row just added, chosen and in sight, wherever its date puts it.
void ChangesTab::showNew(QAbstractItemView* view, int idRole, const QString& id)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(idRole).toString() == id) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
            return;
        }
    }
}

bool ChangesTab::push(std::unique_ptr<EditCommand> command)
{
    if (!command)
        return false; // nothing changed
    return UndoScopes::push(m_caseload.editor(), m_undo.person(m_personId), std::move(command), this, tr("What changed"));
}

} // namespace alongside
