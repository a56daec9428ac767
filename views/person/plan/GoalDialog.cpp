// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/plan/GoalDialog.h"
#include "shared/Focus.h"
#include "shared/ScreenRoom.h"

#include "dates/DateText.h"
#include "repositories/GoalRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

GoalDialog::GoalDialog(bool isGoal, bool isNew, QWidget* parent)
    : QDialog(parent)
    , m_isGoal(isGoal)
    , m_text(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_form(new QFormLayout)
{
    setWindowTitle(isNew ? (isGoal ? tr("New goal") : tr("New step")) : (isGoal ? tr("Goal") : tr("Step")));
    m_text->setObjectName(u"goalText"_s);
    m_date->setObjectName(u"goalDate"_s);
    m_date->setPlaceholderText(tr("day/month/year"));
    m_problem->setObjectName(u"goalProblem"_s);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
}

GoalDialog::GoalDialog(const GoalRepository::Goal& goal, QWidget* parent)
    : GoalDialog(true, goal.id.isEmpty(), parent)
{
    m_goal = goal;
    m_text->setText(goal.title);
    m_text->setPlaceholderText(tr("In the person's own words"));
    m_why = new QPlainTextEdit(goal.why, this);
    m_why->setTabChangesFocus(true);
    m_why->setFixedHeight(m_why->fontMetrics().lineSpacing() * 4 + 12);
    m_status = new QComboBox(this);
    for (const QString& key : GoalRepository::statuses())
        m_status->addItem(GoalRepository::statusLabel(key), key);
    m_status->setCurrentIndex(std::max(0, m_status->findData(goal.status.isEmpty() ? u"working"_s : goal.status)));
    m_date->setText(DateText::formatIso(goal.targetOn));
    m_form->addRow(tr("&Goal:"), m_text);
    m_form->addRow(tr("&Why it matters:"), m_why);
    m_form->addRow(tr("&Status:"), m_status);
    m_form->addRow(tr("&Target date:"), m_date);
    finish();
}

GoalDialog::GoalDialog(const GoalRepository::Step& step, QWidget* parent)
    : GoalDialog(false, step.id.isEmpty(), parent)
{
    m_step = step;
    m_text->setText(step.text);
    m_who = new QLineEdit(step.who, this);
    m_who->setObjectName(u"stepWho"_s);
    m_who->setPlaceholderText(tr("The person, a supporter, the coordinator…"));
    m_date->setText(DateText::formatIso(step.dueOn));
    m_form->addRow(tr("&What:"), m_text);
    m_form->addRow(tr("W&ho:"), m_who);
    m_form->addRow(tr("&By when:"), m_date);
    finish();
}

void GoalDialog::finish()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    confirmWithCtrlReturn(buttons); // Enter starts a new line in the longer text
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Tab follows the rows as they read, top to bottom, then the buttons (the fields
    // were made in another order: the step's Who after its date).
    QWidget* previous = nullptr;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem* item = m_form->itemAt(row, QFormLayout::FieldRole);
        if (QWidget* field = item ? item->widget() : nullptr) {
            if (previous)
                setTabOrder(previous, field);
            previous = field;
        }
    }
    if (previous)
        setTabOrder(previous, buttons);
    resizeWithinScreen(this, QSize(480, sizeHint().height()));
}

void GoalDialog::accept()
{
    if (m_text->text().trimmed().isEmpty()) {
        m_problem->setText(m_isGoal ? tr("Give the goal a title, in the person's own words.") : tr("Say what the step is."));
        m_problem->show();
        m_text->setFocus();
        return;
    }
    QString date;
    QString problem;
    if (!DateText::readTyped(m_date->text(), &date, &problem)) {
        m_problem->setText(problem);
        m_problem->show();
        m_date->setFocus();
        return;
    }
    if (m_isGoal) {
        m_goal.title = m_text->text().trimmed();
        m_goal.why = m_why->toPlainText().trimmed();
        m_goal.status = m_status->currentData().toString();
        m_goal.targetOn = date;
    } else {
        m_step.text = m_text->text().trimmed();
        m_step.who = m_who->text().trimmed();
        m_step.dueOn = date;
    }
    QDialog::accept();
}

} // namespace alongside
