// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/notes/NoteDialog.h"
#include "shared/Focus.h"

#include "person/notes/NoteFields.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

NoteDialog::NoteDialog(const Note& note, QWidget* parent)
    : QDialog(parent)
    , m_note(note)
    , m_kind(new QComboBox(this))
    , m_when(new QDateTimeEdit(note.occurredAt.toLocalTime(), this))
    , m_minutes(new QSpinBox(this))
    , m_place(new QLineEdit(note.place, this))
    , m_text(new QPlainTextEdit(note.text, this))
{
    setWindowTitle(tr("Correct a note"));
    NoteFields::setUp(m_kind, m_when, m_minutes);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(note.kind)));
    m_minutes->setValue(note.minutes);
    m_place->setObjectName(u"notePlace"_s);
    m_text->setObjectName(u"noteText"_s);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 6);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("W&hen:"), m_when);
    form->addRow(tr("&Minutes:"), m_minutes);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Note:"), m_text);
    const QString who = note.authorName.isEmpty() ? tr("Written on %1.").arg(note.laptop)
                                                  : tr("Written by %1 on %2.").arg(note.authorName, note.laptop);
    auto* author = new QLabel(note.laptop.isEmpty() ? QString() : who, this);
    author->setObjectName(u"noteAuthor"_s);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    confirmWithCtrlReturn(box); // Enter starts a new line in the longer text
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(author);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_text->setFocus();
}

Note NoteDialog::note() const
{
    Note n = m_note;
    n.kind = m_kind->currentData().toString();
    // The editor shows minutes; a time left as it was keeps its seconds.
    const QDateTime shown = m_note.occurredAt.toLocalTime();
    const QDateTime minute(shown.date(), QTime(shown.time().hour(), shown.time().minute()), shown.timeZone());
    if (m_when->dateTime() != minute)
        n.occurredAt = m_when->dateTime().toUTC();
    n.minutes = m_minutes->value();
    n.place = m_place->text();
    n.text = m_text->toPlainText().trimmed();
    return n;
}

} // namespace alongside
