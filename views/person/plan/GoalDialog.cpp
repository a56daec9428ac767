#include "person/plan/GoalDialog.h"

#include "dates/DateText.h"
#include "repositories/GoalRepository.h"
#include "versioning/ChangeWriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

GoalDialog::GoalDialog(Kind kind, const QVariantMap& fields, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_text(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    const bool goal = kind == Kind::Goal;
    setWindowTitle(fields.isEmpty() ? (goal ? tr("New goal") : tr("New step")) : (goal ? tr("Goal") : tr("Step")));
    m_text->setObjectName(u"goalText"_s);
    m_date->setObjectName(u"goalDate"_s);
    m_date->setPlaceholderText(tr("day/month/year"));
    m_problem->setObjectName(u"goalProblem"_s);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* form = new QFormLayout;
    if (goal) {
        m_text->setText(fields.value(u"title"_s).toString());
        m_text->setPlaceholderText(tr("In the person's own words"));
        m_why = new QPlainTextEdit(fields.value(u"why"_s).toString(), this);
        m_why->setTabChangesFocus(true);
        m_why->setFixedHeight(m_why->fontMetrics().lineSpacing() * 4 + 12);
        m_status = new QComboBox(this);
        for (const QString& key : GoalRepository::statuses())
            m_status->addItem(GoalRepository::statusLabel(key), key);
        m_status->setCurrentIndex(std::max(0, m_status->findData(fields.value(u"status"_s, u"working"_s))));
        m_date->setText(DateText::formatIso(fields.value(u"target_on"_s).toString()));
        form->addRow(tr("&Goal:"), m_text);
        form->addRow(tr("&Why it matters:"), m_why);
        form->addRow(tr("&Status:"), m_status);
        form->addRow(tr("&Target date:"), m_date);
    } else {
        m_text->setText(fields.value(u"text"_s).toString());
        m_who = new QLineEdit(fields.value(u"who"_s).toString(), this);
        m_who->setObjectName(u"stepWho"_s);
        m_who->setPlaceholderText(tr("The person, a supporter, the coordinator…"));
        m_date->setText(DateText::formatIso(fields.value(u"due_on"_s).toString()));
        form->addRow(tr("&What:"), m_text);
        form->addRow(tr("W&ho:"), m_who);
        form->addRow(tr("&By when:"), m_date);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

void GoalDialog::accept()
{
    const bool goal = m_kind == Kind::Goal;
    if (m_text->text().trimmed().isEmpty()) {
        m_problem->setText(goal ? tr("Give the goal a title, in the person's own words.") : tr("Say what the step is."));
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
    const auto orNull = &ChangeWriter::orNull;
    if (goal) {
        m_fields = { { u"title"_s, m_text->text().trimmed() }, { u"why"_s, orNull(m_why->toPlainText()) },
                     { u"status"_s, m_status->currentData() }, { u"target_on"_s, orNull(date) } };
    } else {
        m_fields = { { u"text"_s, m_text->text().trimmed() }, { u"who"_s, orNull(m_who->text()) },
                     { u"due_on"_s, orNull(date) } };
    }
    QDialog::accept();
}

} // namespace alongside
