// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/consent/ConsentDialog.h"

#include "dates/DateText.h"
#include "schema/Vocabularies.h"
#include "shared/Focus.h"
#include "shared/FormProblem.h"
#include "shared/ScreenRoom.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

ConsentDialog::ConsentDialog(const QString& personName, const ConsentRepository::Decision& start, QDate today,
                             QWidget* parent)
    : QDialog(parent)
    , m_decision(start)
    , m_purpose(new QComboBox(this))
    , m_named(new QLineEdit(start.named, this))
    , m_given(new QRadioButton(tr("&Given"), this))
    , m_refused(new QRadioButton(tr("&Refused"), this))
    , m_date(new QLineEdit(DateText::format(start.decidedOn.isValid() ? start.decidedOn : today), this))
    , m_how(new QComboBox(this))
    , m_givenBy(new QLineEdit(start.givenBy, this))
    , m_note(new QPlainTextEdit(start.note, this))
    , m_problem(makeProblemLabel(this, "consentProblem"))
{
    setWindowTitle(tr("Record consent for %1").arg(personName));
    auto* intro = new QLabel(tr("Record each decision as the person made it. A new decision does not change an old one: "
                                "the history is kept, and the newest decision for each purpose is the one that holds."),
                             this);
    intro->setWordWrap(true);
    m_purpose->setObjectName(u"consentPurpose"_s);
    for (const QString& key : Vocabularies::keys(Vocabularies::Kind::ConsentPurpose))
        m_purpose->addItem(Vocabularies::label(Vocabularies::Kind::ConsentPurpose, key), key);
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(start.purpose)));
    m_named->setObjectName(u"consentNamed"_s);
    m_named->setPlaceholderText(tr("for example Dr Patel at Heath Surgery"));
    m_given->setObjectName(u"consentGiven"_s);
    m_refused->setObjectName(u"consentRefused"_s);
    auto* group = new QButtonGroup(this);
    group->addButton(m_given);
    group->addButton(m_refused);
    (start.decision == u"refused" ? m_refused : m_given)->setChecked(true);
    m_date->setObjectName(u"consentDate"_s);
    m_date->setPlaceholderText(tr("day/month/year"));
    m_how->setObjectName(u"consentHow"_s);
    m_how->addItem(tr("Not recorded"), QString());
    for (const QString& key : Vocabularies::keys(Vocabularies::Kind::ConsentHow))
        m_how->addItem(Vocabularies::label(Vocabularies::Kind::ConsentHow, key), key);
    m_how->setCurrentIndex(std::max(0, m_how->findData(start.how)));
    m_givenBy->setObjectName(u"consentGivenBy"_s);
    m_givenBy->setPlaceholderText(tr("the person themselves"));
    m_givenBy->setToolTip(tr("Leave empty when the person decided. Otherwise name who decided for them and why they "
                             "may, for example “Their son, lasting power of attorney”."));
    m_note->setObjectName(u"consentNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);

    auto* decided = new QHBoxLayout;
    decided->addWidget(m_given);
    decided->addWidget(m_refused);
    decided->addStretch();
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&What for:"), m_purpose);
    form->addRow(tr("Who may be &contacted:"), m_named);
    auto* decidedLabel = new QLabel(tr("Consent:"), this);
    form->addRow(decidedLabel, decided);
    form->addRow(tr("&On:"), m_date);
    form->addRow(tr("&How:"), m_how);
    form->addRow(tr("Given or refused &by:"), m_givenBy);
    form->addRow(tr("&Note:"), m_note);
    m_given->setAccessibleDescription(tr("Consent given"));
    m_refused->setAccessibleDescription(tr("Consent refused"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    confirmWithCtrlReturn(buttons); // Enter starts a new line in the note
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, &ConsentDialog::purposeChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    purposeChanged();
    resizeWithinScreen(this, QSize(560, sizeHint().height()));
}

void ConsentDialog::purposeChanged()
{
    const bool named = m_purpose->currentData().toString() == u"contact_others";
    m_named->setEnabled(named);
}

void ConsentDialog::showProblem(const QString& problem)
{
    alongside::showProblem(m_problem, problem);
}

// The repository checks the rest (a named other, a date not to come) and the box shows
// its reason here with showProblem().
void ConsentDialog::accept()
{
    QDate on;
    if (!readDateField(m_date, m_problem, &on))
        return;
    ConsentRepository::Decision d = m_decision;
    d.purpose = m_purpose->currentData().toString();
    d.named = d.purpose == u"contact_others" ? m_named->text().simplified() : QString();
    d.decision = m_refused->isChecked() ? u"refused"_s : u"given"_s;
    d.decidedOn = on;
    d.how = m_how->currentData().toString();
    d.givenBy = m_givenBy->text().simplified();
    d.note = m_note->toPlainText().trimmed();
    m_decision = d;
    QDialog::accept();
}

} // namespace alongside
