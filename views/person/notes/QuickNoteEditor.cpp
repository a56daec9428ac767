// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/notes/QuickNoteEditor.h"
#include "shared/ScreenReader.h"

#include "Caseload.h"
#include "shared/DraftKeeper.h"
#include "shared/UndoScopes.h"
#include "person/notes/NoteFields.h"
#include "domain/Vocabulary.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace alongside {

QuickNoteEditor::QuickNoteEditor(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undo(undo)
    , m_kind(new QComboBox(this))
    , m_when(new QDateTimeEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_place(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save note"), this))
    , m_message(new QLabel(this))
    , m_draft(new DraftKeeper(caseload.drafts(), [this] { return snapshot(); }, this))
{
    NoteFields::setUp(m_kind, m_when, m_minutes);
    m_minutes->setSpecialValueText(tr("Minutes"));
    m_place->setObjectName(u"notePlace"_s);
    m_place->setPlaceholderText(tr("Where"));
    m_text->setObjectName(u"noteText"_s);
    m_text->setPlaceholderText(tr("What happened, in the person's words where you can. Ctrl+Enter saves."));
    m_text->setTabChangesFocus(true);
    m_save->setObjectName(u"saveNote"_s);
    m_save->setToolTip(tr("Save the note (Ctrl+Enter)"));
    nameForScreenReaders(m_kind, tr("Kind of contact"));
    nameForScreenReaders(m_when, tr("When"), tr("The date and time of the contact"));
    nameForScreenReaders(m_minutes, tr("Minutes spent"));
    nameForScreenReaders(m_place, tr("Where"));
    nameForScreenReaders(m_text, tr("Note"), tr("What happened, in the person's words where you can. Ctrl+Enter saves."));
    m_message->setObjectName(u"noteMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    for (const QKeySequence& keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &QuickNoteEditor::save);
    }
    connect(m_save, &QPushButton::clicked, this, &QuickNoteEditor::save);
    const auto edited = [this] {
        if (!m_loading)
            m_draft->changed();
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, edited);
    connect(m_place, &QLineEdit::textEdited, this, edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, edited);
    connect(m_minutes, &QSpinBox::valueChanged, this, edited);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, edited);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_kind, 0, 0);
    grid->addWidget(m_when, 0, 1);
    grid->addWidget(m_minutes, 0, 2);
    grid->addWidget(m_place, 0, 3);
    grid->addWidget(m_text, 1, 0, 1, 4);
    grid->addWidget(m_message, 2, 0, 1, 3);
    grid->addWidget(m_save, 2, 3, Qt::AlignRight);
    grid->setColumnStretch(3, 1);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 5);
    setEnabled(false);
}

QuickNoteEditor::~QuickNoteEditor()
{
    m_draft->flush(); // the widgets the draft reads from are still here
}

void QuickNoteEditor::setPerson(const QString& personId)
{
    m_draft->setKey(personId.isEmpty() ? QString() : u"note:"_s + personId);
    m_personId = personId;
    setEnabled(!personId.isEmpty());
    clear();
    const QString draft = m_draft->stored();
    if (!draft.isEmpty()) {
        restore(draft);
        showMessage(tr("Your unsaved note is back where you left it."), false);
    }
}

void QuickNoteEditor::clear()
{
    m_loading = true;
    m_kind->setCurrentIndex(0);
    m_when->setDateTime(m_caseload.clock().now().toLocalTime());
    m_minutes->setValue(0);
    m_place->clear();
    m_text->clear();
    m_loading = false;
    showMessage({}, false);
}

QString QuickNoteEditor::snapshot() const
{
    if (m_text->toPlainText().trimmed().isEmpty() && m_place->text().isEmpty())
        return {};
    const QJsonObject o { { u"kind"_s, m_kind->currentData().toString() },
                          { u"when"_s, m_when->dateTime().toUTC().toString(Qt::ISODate) },
                          { u"minutes"_s, m_minutes->value() },
                          { u"place"_s, m_place->text() },
                          { u"text"_s, m_text->toPlainText() } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void QuickNoteEditor::restore(const QString& snapshot)
{
    const QJsonObject o = QJsonDocument::fromJson(snapshot.toUtf8()).object();
    m_loading = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(o.value(u"kind"_s).toString())));
    const QDateTime when = QDateTime::fromString(o.value(u"when"_s).toString(), Qt::ISODate);
    if (when.isValid())
        m_when->setDateTime(when.toLocalTime());
    m_minutes->setValue(o.value(u"minutes"_s).toInt());
    m_place->setText(o.value(u"place"_s).toString());
    m_text->setPlainText(o.value(u"text"_s).toString());
    m_loading = false;
}

void QuickNoteEditor::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #c0392b; font-weight: bold;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

QString QuickNoteEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool QuickNoteEditor::save()
{
    if (m_personId.isEmpty())
        return false;
    Note note;
    note.personId = m_personId;
    note.kind = m_kind->currentData().toString();
    note.occurredAt = m_when->dateTime().toUTC();
    note.minutes = m_minutes->value();
    note.place = m_place->text();
    note.text = m_text->toPlainText().trimmed();
    note.authorId = m_caseload.site().site().coordinatorId;
    // An undoable step on the person's own stack, like every other edit.
    auto adding = m_caseload.notes().adding(note);
    const QString id = adding ? adding->rowId() : QString();
    Editor& editor = m_caseload.editor();
    if (!editor.push(m_undo.person(m_personId), std::move(adding))) {
        showMessage(editor.error(), true);
        m_text->setFocus();
        return false;
    }
    m_draft->discard();
    clear();
    showMessage(tr("Note saved."), false);
    Q_EMIT saved(id);
    return true;
}

void QuickNoteEditor::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
}

} // namespace alongside
