// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/changes/WellbeingDialog.h"

#include "dates/DateText.h"
#include "schema/Vocabularies.h"
#include "shared/FormProblem.h"
#include "shared/ScreenRoom.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

WellbeingDialog::WellbeingDialog(const WellbeingRepository::Measure& measure, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_measure(measure)
    , m_date(new QLineEdit(DateText::format(measure.takenOn.isValid() ? measure.takenOn : today), this))
    , m_problem(makeProblemLabel(this, "wellbeingProblem"))
{
    setWindowTitle(measure.id.isEmpty() ? tr("Wellbeing questions") : tr("Wellbeing answers"));
    m_date->setObjectName(u"wellbeingDate"_s);
    m_date->setPlaceholderText(tr("day/month/year"));
    auto* intro = new QLabel(tr("Ask each question as it is written. Each answer is from 0 (not at all) to 10 (completely). "
                                "Any question can be left unanswered."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Asked on:"), m_date);
    int number = 1;
    for (const Wellbeing::Question q : Wellbeing::questions()) {
        auto* score = new QSpinBox(this);
        score->setObjectName(u"wellbeing_"_s + Wellbeing::column(q));
        score->setRange(-1, 10);
        score->setSpecialValueText(tr("Not answered"));
        score->setValue(measure.score(q).value_or(-1));
        score->setAccessibleName(Wellbeing::shortName(q));
        score->setAccessibleDescription(Wellbeing::wording(q));
        score->setToolTip(tr("0 = not at all, 10 = completely"));
        auto* label = new QLabel(tr("&%1. %2").arg(number++).arg(Wellbeing::wording(q)), this);
        label->setWordWrap(true);
        label->setBuddy(score);
        form->addRow(label, score);
        m_scores.append(score);
    }
    m_answered = new QComboBox(this); // after the answers, so Tab reaches it in reading order
    m_answered->setObjectName(u"wellbeingAnswered"_s);
    m_answered->addItem(tr("Not said"), QString());
    for (const QString& key : Vocabularies::keys(Vocabularies::Kind::WellbeingAnswered))
        m_answered->addItem(Vocabularies::label(Vocabularies::Kind::WellbeingAnswered, key), key);
    m_answered->setCurrentIndex(std::max(0, m_answered->findData(measure.answered)));
    form->addRow(tr("Ans&wered by:"), m_answered);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WellbeingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resizeWithinScreen(this, QSize(620, sizeHint().height()));
}

void WellbeingDialog::showProblem(const QString& problem)
{
    alongside::showProblem(m_problem, problem);
}

// The repository checks the rest (a date, not in the future, one answer at least) and
// the tab shows its reason here with showProblem().
void WellbeingDialog::accept()
{
    QDate on;
    if (!readDateField(m_date, m_problem, &on))
        return;
    WellbeingRepository::Measure m = m_measure;
    m.takenOn = on;
    for (int i = 0; i < m_scores.size(); ++i) {
        const int value = m_scores.at(i)->value();
        m.scores.at(size_t(i)) = value < 0 ? std::nullopt : std::optional<int>(value);
    }
    m.answered = m_answered->currentData().toString();
    m_measure = m;
    QDialog::accept();
}

} // namespace alongside
