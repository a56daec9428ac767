// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviews/ReviewDialog.h"
#include "shared/Focus.h"

#include "Caseload.h"
#include "dates/DateText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

ReviewDialog::ReviewDialog(Caseload& caseload, QUndoStack& stack, const ReviewRepository::Due& due, QWidget* parent)
    : QDialog(parent)
    , m_caseload(caseload)
    , m_stack(stack)
    , m_due(due)
    , m_today(caseload.clock().now().toLocalTime().date())
    , m_date(new QLineEdit(DateText::format(m_today), this))
    , m_notes(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Review with %1").arg(due.personName));
    m_date->setObjectName(u"reviewDate"_s);
    m_date->setAccessibleName(tr("Done on"));
    m_notes->setObjectName(u"reviewNotes"_s);
    m_notes->setAccessibleName(tr("What was agreed"));
    m_notes->setTabChangesFocus(true);
    m_problem->setObjectName(u"reviewProblem"_s);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* form = new QFormLayout;
    if (due.dueOn.isValid()) {
        // A review due on a weekend or bank holiday says so, and which holiday.
        const QString note = caseload.reviews().holidays().dayNote(due.dueOn);
        auto* dueOn = new QLabel(note.isEmpty() ? DateText::format(due.dueOn)
                                                : tr("%1 — %2", "a date and what it falls on").arg(DateText::format(due.dueOn), note),
                                 this);
        dueOn->setObjectName(u"reviewDueOn"_s);
        dueOn->setToolTip(note);
        form->addRow(tr("Due on:"), dueOn);
    }
    form->addRow(tr("&Done on:"), m_date);
    form->addRow(tr("&What was agreed:"), m_notes);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    confirmWithCtrlReturn(box); // Enter starts a new line in the longer text
    box->button(QDialogButtonBox::Ok)->setText(tr("Record the review"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, this, &ReviewDialog::record);
}

void ReviewDialog::record()
{
    const QDate on = DateText::parse(m_date->text());
    if (!on.isValid() || on > m_today) {
        m_problem->setText(tr("Type the date the review was done, for example %1; it cannot be in the future.")
                               .arg(DateText::format(m_today)));
        m_problem->show();
        return;
    }
    Editor& editor = m_caseload.editor();
    if (!editor.push(m_stack, m_caseload.reviews().markingDone(m_due, on, m_notes->toPlainText()))) {
        m_problem->setText(editor.error());
        m_problem->show();
        return;
    }
    accept();
}

} // namespace alongside
