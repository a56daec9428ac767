// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/NewPersonDialog.h"

#include "dates/DateText.h"
#include "repositories/DuplicateFinder.h"
#include "repositories/PeopleRepository.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

NewPersonDialog::NewPersonDialog(PeopleRepository& people, const QString& coordinatorId, QWidget* parent)
    : QDialog(parent)
    , m_people(people)
    , m_coordinatorId(coordinatorId)
    , m_given(new QLineEdit(this))
    , m_family(new QLineEdit(this))
    , m_birth(new QLineEdit(this))
    , m_postcode(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_matchesTitle(new QLabel(this))
    , m_matches(new QListWidget(this))
{
    setWindowTitle(tr("Someone new"));
    m_given->setObjectName(u"givenName"_s);
    m_family->setObjectName(u"familyName"_s);
    m_birth->setObjectName(u"dateOfBirth"_s);
    m_birth->setPlaceholderText(tr("day/month/year, if known"));
    m_postcode->setObjectName(u"postcode"_s);
    m_phone->setObjectName(u"phone"_s);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b; font-weight: bold;"_s);
    m_error->hide();
    m_matchesTitle->setObjectName(u"duplicatesTitle"_s);
    m_matchesTitle->setWordWrap(true);
    m_matchesTitle->hide();
    m_matches->setObjectName(u"duplicates"_s);
    m_matches->setAccessibleName(tr("People who may be the same person"));
    m_matches->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&First name:"), m_given);
    form->addRow(tr("Fa&mily name:"), m_family);
    form->addRow(tr("Date of &birth:"), m_birth);
    form->addRow(tr("&Postcode:"), m_postcode);
    form->addRow(tr("P&hone:"), m_phone);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_add = buttons->button(QDialogButtonBox::Ok);
    m_add->setText(tr("&Add"));
    m_open = buttons->addButton(tr("&Open the one chosen"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"openDuplicate"_s);
    m_open->hide();
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &NewPersonDialog::openChosen);
    connect(m_matches, &QListWidget::itemActivated, this, &NewPersonDialog::openChosen);
    // Another name or detail: look again before adding.
    for (QLineEdit* edit : { m_given, m_family, m_birth, m_postcode, m_phone })
        connect(edit, &QLineEdit::textEdited, this, [this] { m_warned = false; m_add->setText(tr("&Add")); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_matchesTitle);
    layout->addWidget(m_matches);
    layout->addWidget(buttons);
    setMinimumWidth(360);
}

Person NewPersonDialog::person(QString* problem) const
{
    Person p;
    p.givenName = m_given->text().simplified();
    p.familyName = m_family->text().simplified();
    p.postcode = m_postcode->text().simplified().toUpper();
    p.phone = m_phone->text().simplified();
    p.coordinatorId = m_coordinatorId;
    p.introducedOn = QDate::currentDate().toString(Qt::ISODate);
    if (!m_birth->text().trimmed().isEmpty()) {
        const QDate born = DateText::parse(m_birth->text());
        if (born.isValid())
            p.dateOfBirth = born.toString(Qt::ISODate);
        else
            *problem = tr("Date of birth: “%1” is not a date. Type it as day/month/year, for example 23/11/1985.")
                           .arg(m_birth->text().trimmed());
    }
    return p;
}

void NewPersonDialog::accept()
{
    QString problem;
    const Person p = person(&problem);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_birth->setFocus();
        return;
    }
    // The first time: anyone this may already be, before adding them twice.
    if (!m_warned) {
        const QList<DuplicateFinder::Match> matches = DuplicateFinder(m_people.database()).find(p);
        if (!matches.isEmpty()) {
            showMatches(matches);
            m_warned = true;
            return;
        }
    }
    m_createdId = m_people.create(p);
    if (m_createdId.isEmpty()) {
        m_error->setText(m_people.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

void NewPersonDialog::showMatches(const QList<DuplicateFinder::Match>& matches)
{
    m_matches->clear();
    bool likely = false;
    for (const DuplicateFinder::Match& m : matches) {
        const bool isLikely = m.strength == DuplicateFinder::Strength::Likely;
        likely = likely || isLikely;
        auto* item = new QListWidgetItem(
            (isLikely ? tr("Likely: %1 (%2)") : tr("Possible: %1 (%2)")).arg(m.name, m.why), m_matches);
        item->setData(Qt::UserRole, m.personId);
    }
    m_matches->setCurrentRow(0);
    m_matchesTitle->setText(likely ? tr("This is likely someone already here. Open them instead, or add a new "
                                        "person anyway.")
                                   : tr("This may be someone already here. Open them instead, or add a new "
                                        "person anyway."));
    m_matchesTitle->show();
    m_matches->show();
    m_open->show();
    m_add->setText(tr("&Add anyway"));
    m_matches->setFocus();
    adjustSize();
}

void NewPersonDialog::openChosen()
{
    if (QListWidgetItem* item = m_matches->currentItem()) {
        m_openedId = item->data(Qt::UserRole).toString();
        QDialog::accept();
    }
}

} // namespace alongside
