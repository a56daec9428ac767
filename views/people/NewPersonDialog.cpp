#include "people/NewPersonDialog.h"

#include "repositories/PeopleRepository.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside {

NewPersonDialog::NewPersonDialog(PeopleRepository& people, const QString& coordinatorId, QWidget* parent)
    : QDialog(parent)
    , m_people(people)
    , m_coordinatorId(coordinatorId)
    , m_given(new QLineEdit(this))
    , m_family(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Someone new"));
    m_given->setObjectName(QStringLiteral("givenName"));
    m_family->setObjectName(QStringLiteral("familyName"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&First name:"), m_given);
    form->addRow(tr("Fa&mily name:"), m_family);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(360);
}

void NewPersonDialog::accept()
{
    Person p;
    p.givenName = m_given->text().simplified();
    p.familyName = m_family->text().simplified();
    p.coordinatorId = m_coordinatorId;
    p.introducedOn = QDate::currentDate().toString(Qt::ISODate);
    m_createdId = m_people.create(p);
    if (m_createdId.isEmpty()) {
        m_error->setText(m_people.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace alongside
