#include "VisionGoalsTab.h"

#include "Caseload.h"
#include "DraftKeeper.h"
#include "EditPersonCommand.h"
#include "GoalDialog.h"
#include "StepCommand.h"
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
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace alongside {

VisionGoalsTab::VisionGoalsTab(Caseload& caseload, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undoStack(undoStack)
    , m_vision(new QPlainTextEdit(this))
    , m_saveVision(new QPushButton(tr("Save the vision"), this))
    , m_draft(new DraftKeeper(caseload.drafts(), [this] { return m_vision->toPlainText(); }, this))
    , m_model(new GoalsModel(caseload.goals(), caseload.notifier(), this))
    , m_view(new QTreeView(this))
    , m_addStep(new QPushButton(tr("Add &step…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_done(new QPushButton(tr("Step &done"), this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_remove(new QPushButton(tr("Remove"), this))
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
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { addGoal, m_addStep, m_edit, m_done, m_up, m_down, m_remove })
        buttons->addWidget(b);
    buttons->addStretch();
    auto* goalsLayout = new QVBoxLayout(goalsBox);
    goalsLayout->addWidget(m_view, 1);
    goalsLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(visionBox);
    layout->addWidget(goalsBox, 1);

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
        if (!m_caseload.people().save(after)) {
            QMessageBox::warning(this, tr("Vision"), m_caseload.people().error());
            return false;
        }
        m_undoStack.push(new EditPersonCommand(m_caseload.people(), *before, after, tr("Edit the vision")));
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

void VisionGoalsTab::push(const QString& text, std::function<bool()> redo, std::function<bool()> undo)
{
    auto* command = new StepCommand(text, std::move(redo), std::move(undo));
    m_undoStack.push(command);
    if (!command->ok())
        QMessageBox::warning(this, tr("Goals"), m_caseload.goals().error());
}

void VisionGoalsTab::addGoal()
{
    GoalDialog dialog(GoalDialog::Kind::Goal, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    GoalRepository& repo = m_caseload.goals();
    const QVariantMap fields = dialog.fields();
    const QString person = m_personId;
    auto id = std::make_shared<QString>();
    push(tr("Add a goal"),
         [this, &repo, person, fields, id] {
             const QString made = repo.addGoal(person, fields);
             if (!id->isEmpty() && !made.isEmpty())
                 m_trail.renamed(*id, made);
             if (id->isEmpty())
                 *id = made;
             return !made.isEmpty();
         },
         [this, &repo, id] { return repo.remove(u"goal"_s, currentId(*id)); });
    m_view->setCurrentIndex(m_model->indexOf(currentId(*id)));
}

void VisionGoalsTab::addStep()
{
    QString kind;
    QString goal = selectedId(&kind);
    if (goal.isEmpty())
        return;
    if (kind == u"step")
        goal = m_view->currentIndex().parent().data(GoalsModel::IdRole).toString();
    GoalDialog dialog(GoalDialog::Kind::Step, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    GoalRepository& repo = m_caseload.goals();
    const QVariantMap fields = dialog.fields();
    auto id = std::make_shared<QString>();
    push(tr("Add a step"),
         [this, &repo, goal, fields, id] {
             const QString made = repo.addStep(currentId(goal), fields);
             if (!id->isEmpty() && !made.isEmpty())
                 m_trail.renamed(*id, made);
             if (id->isEmpty())
                 *id = made;
             return !made.isEmpty();
         },
         [this, &repo, id] { return repo.remove(u"step"_s, currentId(*id)); });
    m_view->setCurrentIndex(m_model->indexOf(currentId(*id)));
}

void VisionGoalsTab::editCurrent()
{
    QString kind;
    const QString id = selectedId(&kind);
    if (id.isEmpty())
        return;
    GoalRepository& repo = m_caseload.goals();
    const QVariantMap stored = repo.fields(kind, id);
    GoalDialog dialog(kind == u"goal" ? GoalDialog::Kind::Goal : GoalDialog::Kind::Step, stored, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QVariantMap after = dialog.fields();
    QVariantMap before;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        before.insert(it.key(), stored.value(it.key()));
    push(kind == u"goal" ? tr("Edit a goal") : tr("Edit a step"),
         [this, &repo, kind, id, after] { return repo.update(kind, currentId(id), after); },
         [this, &repo, kind, id, before] { return repo.update(kind, currentId(id), before); });
}

void VisionGoalsTab::toggleDone()
{
    QString kind;
    const QString id = selectedId(&kind);
    if (kind != u"step")
        return;
    GoalRepository& repo = m_caseload.goals();
    const QVariant before = repo.fields(kind, id).value(u"done_on"_s);
    const QVariant after = before.isNull() || before.toString().isEmpty()
        ? QVariant(m_caseload.clock().now().toLocalTime().date().toString(Qt::ISODate))
        : QVariant();
    push(after.isNull() ? tr("Mark a step not done") : tr("Mark a step done"),
         [this, &repo, id, after] { return repo.update(u"step"_s, currentId(id), { { u"done_on"_s, after } }); },
         [this, &repo, id, before] { return repo.update(u"step"_s, currentId(id), { { u"done_on"_s, before } }); });
    m_view->setCurrentIndex(m_model->indexOf(currentId(id)));
}

void VisionGoalsTab::moveCurrent(int by)
{
    QString kind;
    const QString id = selectedId(&kind);
    if (id.isEmpty())
        return;
    GoalRepository& repo = m_caseload.goals();
    const double before = repo.fields(kind, id).value(u"position"_s).toDouble();
    if (!repo.move(kind, id, by))
        return; // already first or last
    const double after = repo.fields(kind, id).value(u"position"_s).toDouble();
    // Already moved: the command's first redo writes the same position again, harmlessly.
    push(tr("Reorder the goals"),
         [this, &repo, kind, id, after] { return repo.update(kind, currentId(id), { { u"position"_s, after } }); },
         [this, &repo, kind, id, before] { return repo.update(kind, currentId(id), { { u"position"_s, before } }); });
    m_view->setCurrentIndex(m_model->indexOf(currentId(id)));
}

void VisionGoalsTab::removeCurrent()
{
    QString kind;
    const QString id = selectedId(&kind);
    if (id.isEmpty())
        return;
    GoalRepository& repo = m_caseload.goals();
    QVariantMap fields = repo.fields(kind, id);
    QList<QVariantMap> steps;
    if (kind == u"goal") {
        for (const auto& goal : repo.goals(m_personId)) {
            if (goal.id != id)
                continue;
            for (const auto& step : goal.steps)
                steps.append(repo.fields(u"step"_s, step.id));
        }
        if (QMessageBox::question(this, tr("Remove goal"),
                                  tr("Remove the goal “%1” and its %n step(s)?", nullptr, int(steps.size()))
                                      .arg(fields.value(u"title"_s).toString()))
            != QMessageBox::Yes)
            return;
    }
    const QString person = m_personId;
    push(kind == u"goal" ? tr("Remove a goal") : tr("Remove a step"),
         [this, &repo, kind, id] { return repo.remove(kind, currentId(id)); },
         [this, &repo, kind, id, fields, steps, person] {
             // Put it back, with its steps, where it was.
             QVariantMap again = fields;
             const QString parent = again.take(kind == u"goal" ? u"person_id"_s : u"goal_id"_s).toString();
             const double position = again.take(u"position"_s).toDouble();
             const QString made = kind == u"goal" ? repo.addGoal(person, again) : repo.addStep(currentId(parent), again);
             if (made.isEmpty())
                 return false;
             m_trail.renamed(id, made);
             repo.update(kind, made, { { u"position"_s, position } });
             for (QVariantMap step : steps) {
                 step.remove(u"goal_id"_s);
                 step.remove(u"position"_s);
                 repo.addStep(made, step);
             }
             return true;
         });
}

} // namespace alongside
