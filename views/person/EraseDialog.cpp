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
    : EraseDialog(tr("Erase %1 permanently").arg(name.simplified()),
                  tr("<p>This removes <b>%1</b> and everything about them (notes, plans, circle of support) from this "
                     "laptop, and from every laptop in the team after the next sync. It cannot be undone.</p>"
                     "<p>If the record may be needed again, archive it instead.</p>"
                     "<p>To erase, type the name <b>%1</b>:</p>")
                      .arg(name.simplified().toHtmlEscaped()),
                  name, parent)
{
    m_typed->setAccessibleName(tr("Name of the person to erase"));
}

EraseDialog::EraseDialog(const QString& title, const QString& explanation, const QString& phrase, QWidget* parent)
    : QDialog(parent)
    , m_name(phrase.simplified())
    , m_typed(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_erase(new QPushButton(tr("&Erase permanently"), this))
{
    setWindowTitle(title);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    m_typed->setObjectName(u"eraseName"_s);
    m_typed->setAccessibleName(tr("Confirmation to type"));
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
    layout->addWidget(text);
    layout->addWidget(m_typed);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(m_typed, &QLineEdit::textChanged, this, [this](const QString& typed) {
        m_erase->setEnabled(typed.simplified().compare(m_name, Qt::CaseInsensitive) == 0);
        if (m_erase->isEnabled())
            m_hint->hide();
    });
    connect(m_typed, &QLineEdit::returnPressed, this, [this] {
        if (m_erase->isEnabled()) {
            accept();
            return;
        }
        m_hint->setText(tr("Type %1 exactly to erase, or press Esc to keep the records.").arg(m_name));
        m_hint->show();
    });
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace alongside
