// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/plan/VisionGoalsTab.h"
#include "shared/FlowLayout.h"
#include "shared/Remembered.h"
#include "shared/ListViews.h"

#include "Caseload.h"
#include "edits/EditCommand.h"
#include "shared/UndoScopes.h"
#include "shared/DraftKeeper.h"
#include "person/plan/GoalDialog.h"
#include "person/plan/PlanReviewsBox.h"
#include "items/GoalsModel.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace alongside {

VisionGoalsTab::VisionGoalsTab(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undo(undo)
    , m_vision(new QPlainTextEdit(this))
    , m_saveVision(new QPushButton(tr("Save the vision"), this))
    , m_draft(new DraftKeeper(caseload.drafts(), [this] { return m_vision->toPlainText(); }, this))
    , m_model(new GoalsModel(caseload.goals(), caseload.notifier(), this, &caseload.reviews().holidays()))
    , m_view(new QTreeView(this))
    , m_addStep(new QPushButton(tr("Add &step…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_done(new QPushButton(tr("Step &done"), this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_reviews(new PlanReviewsBox(caseload, undo, this))
{
    m_vision->setObjectName(u"vision"_s);
    m_vision->setPlaceholderText(tr("What a good life looks like, in the person's own words"));
    m_vision->setTabChangesFocus(true);
    m_vision->setFixedHeight(m_vision->fontMetrics().lineSpacing() * 5 + 12);
    m_saveVision->setObjectName(u"saveVision"_s);
    m_saveVision->setShortcut(QKeySequence::Save);
    m_saveVision->setToolTip(tr("Save the vision (Ctrl+S)"));
    m_saveVision->setEnabled(false);
    auto* visionBox = new QGroupBox(tr("Vision: what a good life looks like for me"), this);
    auto* visionLayout = new QVBoxLayout(visionBox);
    visionLayout->addWidget(m_vision);
    auto* visionButtons = new QHBoxLayout;
    visionButtons->addStretch();
    visionButtons->addWidget(m_saveVision);
    visionLayout->addLayout(visionButtons);

    m_view->setObjectName(u"goalsView"_s);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Goals and steps"));
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The goal or step itself gets the room; who and status are often long, so they get a
    // fixed share (the full text is in the tooltip and the Edit dialog).
    m_view->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_view->header()->resizeSection(1, m_view->fontMetrics().averageCharWidth() * 16);
    keepHeadingsWhole(m_view->header());
    rememberColumns(m_view, m_view->header(), u"goals"_s);
    for (int column = 2; column < m_model->columnCount(); ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->setAlternatingRowColors(true);
    auto* addGoal = new QPushButton(tr("Add &goal…"), this);
    addGoal->setObjectName(u"addGoal"_s);
    m_addStep->setObjectName(u"addStep"_s);
    m_done->setObjectName(u"stepDone"_s);
    m_done->setToolTip(tr("Mark the chosen step done today, or not done (Space)"));
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_down->setToolTip(tr("Move down (Alt+Down)"));
    // Arrows keep the row of buttons narrow enough for a small laptop screen.
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_up->setAccessibleName(tr("Move up"));
    m_down->setAccessibleName(tr("Move down"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    auto* goalsBox = new QGroupBox(tr("Goals and steps"), this);
    // The buttons wrap onto a second line on a narrow window rather than widen the tab.
    auto* buttons = new FlowLayout;
    for (QPushButton* b : { addGoal, m_addStep, m_edit, m_done, m_up, m_down, m_remove })
        buttons->addWidget(b);
    auto* goalsLayout = new QVBoxLayout(goalsBox);
    goalsLayout->addWidget(m_view, 1);
    goalsLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(visionBox);
    layout->addWidget(goalsBox, 1);
    layout->addWidget(m_reviews);

    connect(m_vision, &QPlainTextEdit::textChanged, this, [this] {
        m_saveVision->setEnabled(true);
        m_draft->changed();
    });
    connect(m_saveVision, &QPushButton::clicked, this, &VisionGoalsTab::saveVision);
    connect(addGoal, &QPushButton::clicked, this, &VisionGoalsTab::addGoal);
    connect(m_addStep, &QPushButton::clicked, this, &VisionGoalsTab::addStep);
    connect(m_edit, &QPushButton::clicked, this, &VisionGoalsTab::editCurrent);
    connect(m_done, &QPushButton::clicked, this, &VisionGoalsTab::toggleDone);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &VisionGoalsTab::removeCurrent);
    connect(m_view, &QTreeView::doubleClicked, this, &VisionGoalsTab::editCurrent);
    // Insert adds a step to the chosen goal (a goal when none is chosen), Return edits,
    // Delete removes.
    addListShortcuts(
        m_view, [this] { m_view->currentIndex().isValid() ? addStep() : VisionGoalsTab::addGoal(); }, [this] { editCurrent(); },
        [this] { removeCurrent(); });
    auto* space = new QAction(m_view);
    space->setShortcut(QKeySequence(Qt::Key_Space));
    space->setShortcutContext(Qt::WidgetShortcut);
    connect(space, &QAction::triggered, this, &VisionGoalsTab::toggleDone);
    m_view->addAction(space);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &VisionGoalsTab::updateButtons);
    setEnabled(false);
}

void VisionGoalsTab::setPerson(const QString& id)
{
    m_draft->flush();
    m_personId = id;
    m_model->setPerson(id);
    m_reviews->setPerson(id);
    const auto person = m_caseload.people().find(id);
    m_draft->setKey(id.isEmpty() ? QString() : u"vision:"_s + id);
    const QString draft = m_draft->stored();
    const QSignalBlocker block(m_vision);
    m_vision->setPlainText(!draft.isEmpty() ? draft : person ? person->vision : QString());
    m_saveVision->setEnabled(!draft.isEmpty());
    setEnabled(person.has_value());
    updateButtons();
}

bool VisionGoalsTab::saveVision()
{
    auto before = m_caseload.people().find(m_personId);
    if (!before)
        return false;
    Person after = *before;
    after.vision = m_vision->toPlainText().trimmed();
    if (after.vision != before->vision) {
        if (!UndoScopes::push(m_caseload.editor(), m_undo.person(m_personId),
                              m_caseload.people().editing(*before, after, tr("edit %1's vision").arg(before->displayName())),
                              this, tr("Vision")))
            return false;
    }
    m_draft->discard();
    m_saveVision->setEnabled(false);
    return true;
}

QString VisionGoalsTab::selectedId(QString* kind) const
{
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(0);
    if (kind)
        *kind = index.data(GoalsModel::KindRole).toString();
    return index.data(GoalsModel::IdRole).toString();
}

void VisionGoalsTab::updateButtons()
{
    QString kind;
    const bool any = !selectedId(&kind).isEmpty();
    m_addStep->setEnabled(any);
    for (QPushButton* b : { m_edit, m_up, m_down, m_remove })
        b->setEnabled(any);
    m_done->setEnabled(kind == u"step");
}

bool VisionGoalsTab::push(std::unique_ptr<EditCommand> command)
{
    const QString row = command ? command->rowId() : QString();
    if (!UndoScopes::push(m_caseload.editor(), m_undo.person(m_personId), std::move(command), this, tr("Goals")))
        return false;
    if (const QModelIndex index = m_model->indexOf(row); index.isValid())
        m_view->setCurrentIndex(index);
    return true;
}

void VisionGoalsTab::addGoal()
{
    GoalRepository::Goal fresh;
    fresh.personId = m_personId;
    GoalDialog dialog(fresh, this);
    if (dialog.exec() == QDialog::Accepted)
        push(m_caseload.goals().addingGoal(dialog.goal()));
}

void VisionGoalsTab::addStep()
{
    QString kind;
    GoalRepository::Step fresh;
    fresh.goalId = selectedId(&kind);
    if (fresh.goalId.isEmpty())
        return;
    if (kind == u"step")
        fresh.goalId = m_view->currentIndex().parent().data(GoalsModel::IdRole).toString();
    GoalDialog dialog(fresh, this);
    if (dialog.exec() == QDialog::Accepted)
        push(m_caseload.goals().addingStep(dialog.step()));
}

void VisionGoalsTab::editCurrent()
{
    QString kind;
    const QString id = selectedId(&kind);
    GoalRepository& repo = m_caseload.goals();
    // Only what was changed in the dialog is written: a field changed elsewhere meanwhile is kept.
    if (const auto goal = kind == u"goal" ? repo.findGoal(id) : std::nullopt) {
        GoalDialog dialog(*goal, this);
        if (dialog.exec() == QDialog::Accepted)
            push(repo.editingGoal(*goal, dialog.goal()));
    } else if (const auto step = kind == u"step" ? repo.findStep(id) : std::nullopt) {
        GoalDialog dialog(*step, this);
        if (dialog.exec() == QDialog::Accepted)
            push(repo.editingStep(*step, dialog.step()));
    }
}

void VisionGoalsTab::toggleDone()
{
    QString kind;
    const QString id = selectedId(&kind);
    if (kind == u"step")
        push(m_caseload.goals().togglingDone(id, m_caseload.clock().now().toLocalTime().date()));
}

void VisionGoalsTab::moveCurrent(int by)
{
    QString kind;
    const QString id = selectedId(&kind);
    const QModelIndex at = m_view->currentIndex().siblingAtColumn(0);
    const int to = at.row() + by;
    if (id.isEmpty() || to < 0 || to >= m_model->rowCount(at.parent()))
        return; // already first or last
    GoalRepository& repo = m_caseload.goals();
    push(kind == u"goal" ? repo.movingGoal(id, by) : repo.movingStep(id, by));
}

void VisionGoalsTab::removeCurrent()
{
    QString kind;
    const QString id = selectedId(&kind);
    GoalRepository& repo = m_caseload.goals();
    if (kind == u"step") {
        push(repo.removingStep(id));
        return;
    }
    const auto goal = repo.findGoal(id);
    if (!goal)
        return;
    if (QMessageBox::question(this, tr("Remove goal"),
                              tr("Remove the goal “%1” and its %n step(s)?", nullptr, int(goal->steps.size())).arg(goal->title))
        != QMessageBox::Yes)
        return;
    push(repo.removingGoal(id));
}

} // namespace alongside
