// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/EraseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

EraseDialog::EraseDialog(const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_name(name.simplified())
    , m_typed(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_erase(new QPushButton(tr("&Erase permanently"), this))
{
    setWindowTitle(tr("Erase %1 permanently").arg(m_name));
    auto* explanation = new QLabel(
        tr("<p>This removes <b>%1</b> and everything about them (notes, plans, circle of support) from this laptop, "
           "and from every laptop in the team after the next sync. It cannot be undone.</p>"
           "<p>If the record may be needed again, archive it instead.</p>"
           "<p>To erase, type the name <b>%1</b>:</p>")
            .arg(m_name.toHtmlEscaped()),
        this);
    explanation->setWordWrap(true);
    m_typed->setObjectName(u"eraseName"_s);
    m_typed->setAccessibleName(tr("Name of the person to erase"));
    m_erase->setObjectName(u"eraseConfirm"_s);
    m_erase->setEnabled(false);
    m_erase->setAutoDefault(false);
    m_hint->setObjectName(u"eraseHint"_s);
    m_hint->setWordWrap(true);
    m_hint->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_erase, QDialogButtonBox::DestructiveRole);
    // No default button: Return in the name field erases once the name is typed, and
    // otherwise says what is missing; it never cancels without a word. Esc cancels.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_typed);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(m_typed, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_erase->setEnabled(text.simplified().compare(m_name, Qt::CaseInsensitive) == 0);
        if (m_erase->isEnabled())
            m_hint->hide();
    });
    connect(m_typed, &QLineEdit::returnPressed, this, [this] {
        if (m_erase->isEnabled()) {
            accept();
            return;
        }
        m_hint->setText(tr("Type the name %1 exactly to erase the record, or press Esc to keep it.").arg(m_name));
        m_hint->show();
    });
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace alongside
