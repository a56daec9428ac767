// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ResourceDialog.h"
#include "shared/Focus.h"
#include "shared/ScreenRoom.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
QPlainTextEdit* shortText(const QString& text, int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

ResourceDialog::ResourceDialog(const ResourceRepository::Resource& resource, const QStringList& wards, QWidget* parent)
    : QDialog(parent)
    , m_resource(resource)
    , m_name(new QLineEdit(resource.name, this))
    , m_kind(new QComboBox(this))
    , m_description(shortText(resource.description, 3, this))
    , m_when(new QLineEdit(resource.whenText, this))
    , m_address(shortText(resource.address, 2, this))
    , m_postcode(new QLineEdit(resource.postcode, this))
    , m_ward(new QComboBox(this))
    , m_contact(new QLineEdit(resource.contactName, this))
    , m_phone(new QLineEdit(resource.phone, this))
    , m_email(new QLineEdit(resource.email, this))
    , m_website(new QLineEdit(resource.website, this))
    , m_hsds(new QLineEdit(resource.hsdsId, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(resource.id.isEmpty() ? tr("New resource") : tr("Resource"));
    m_name->setObjectName(u"resourceName"_s);
    m_kind->setObjectName(u"resourceKind"_s);
    m_ward->setObjectName(u"resourceWard"_s);
    m_when->setObjectName(u"resourceWhen"_s);
    m_email->setObjectName(u"resourceEmail"_s);
    for (const QString& key : ResourceRepository::kinds())
        m_kind->addItem(ResourceRepository::kindLabel(key), key);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(resource.kind)));
    m_ward->setEditable(true);
    m_ward->addItem(QString());
    m_ward->addItems(wards);
    m_ward->setCurrentText(resource.ward);
    m_when->setPlaceholderText(tr("Tuesdays 10 till 12, term time"));
    m_website->setPlaceholderText(tr("https://…"));
    m_hsds->setPlaceholderText(tr("from the local Open Referral directory, if it has one"));
    m_postcode->setMaximumWidth(m_postcode->fontMetrics().horizontalAdvance(u"MMMM MMMM"_s));
    m_problem->setObjectName(u"resourceProblem"_s);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* what = new QFormLayout;
    what->addRow(tr("&Name:"), m_name);
    what->addRow(tr("&Kind:"), m_kind);
    what->addRow(tr("&Description:"), m_description);
    what->addRow(tr("Ti&mes:"), m_when);
    auto* where = new QFormLayout;
    where->addRow(tr("&Address:"), m_address);
    where->addRow(tr("&Postcode:"), m_postcode);
    where->addRow(tr("&Ward:"), m_ward);
    auto* who = new QFormLayout;
    who->addRow(tr("&Contact:"), m_contact);
    who->addRow(tr("P&hone:"), m_phone);
    who->addRow(tr("&E-mail:"), m_email);
    who->addRow(tr("Web&site:"), m_website);
    who->addRow(tr("&Open Referral id:"), m_hsds);
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addLayout(what);
    left->addLayout(where);
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(who, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    confirmWithCtrlReturn(buttons); // Enter starts a new line in the longer text
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resizeWithinScreen(this, QSize(900, sizeHint().height()));
}

void ResourceDialog::accept()
{
    ResourceRepository::Resource r = m_resource;
    r.name = m_name->text().trimmed();
    r.kind = m_kind->currentData().toString();
    r.description = m_description->toPlainText().trimmed();
    r.whenText = m_when->text().trimmed();
    r.address = m_address->toPlainText().trimmed();
    r.postcode = m_postcode->text().trimmed().toUpper();
    r.ward = m_ward->currentText().trimmed();
    r.contactName = m_contact->text().trimmed();
    r.phone = m_phone->text().trimmed();
    r.email = m_email->text().trimmed();
    r.website = m_website->text().trimmed();
    r.hsdsId = m_hsds->text().trimmed();
    const QString problem = ResourceRepository::problemWith(r);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        (r.name.isEmpty() ? m_name : m_email)->setFocus();
        return;
    }
    m_resource = r;
    QDialog::accept();
}

} // namespace alongside
