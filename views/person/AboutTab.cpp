// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/AboutTab.h"

#include "person/AboutForm.h"
#include "person/ArchiveDialog.h"
#include "person/consent/ConsentBox.h"
#include "person/EraseDialog.h"
#include "Caseload.h"
#include "shared/UndoScopes.h"
#include "edits/EditCommand.h"
#include "shared/DraftKeeper.h"
#include "dates/DateText.h"
#include "exchange/SubjectAccess.h"
#include "print/EverythingDocument.h"
#include "shared/FileDialogs.h"
#include "shared/FlowLayout.h"

#include <QDir>
#include <QHBoxLayout>
#include <QRegularExpression>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

AboutTab::AboutTab(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undo(undo)
    , m_form(new AboutForm(this))
    , m_consent(new ConsentBox(caseload, undo, this))
    , m_draft(new DraftKeeper(caseload.drafts(), [this] { return m_form->snapshot(); }, this))
    , m_message(new QLabel(this))
    , m_archived(new QLabel(this))
    , m_save(new QPushButton(tr("&Save changes"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_archive(new QPushButton(this))
    , m_erase(new QPushButton(tr("E&rase…", "erase a person permanently"), this))
    , m_everything(new QPushButton(tr("Ever&ything held…"), this))
{
    m_message->setObjectName(u"aboutMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_archived->setObjectName(u"archivedBanner"_s);
    m_archived->setWordWrap(true);
    m_archived->setStyleSheet(u"background: palette(alternate-base); padding: 6px;"_s);
    m_save->setObjectName(u"saveAbout"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_save->setDefault(true);
    m_archive->setObjectName(u"archivePerson"_s);
    m_erase->setObjectName(u"erasePerson"_s);
    m_erase->setToolTip(tr("Remove this person and everything about them from every laptop in the team"));
    m_everything->setObjectName(u"everythingHeld"_s);
    m_everything->setToolTip(tr("Everything we hold about this person, for a subject access request: every record as "
                                "JSON and CSV, with a README, in a folder you choose"));

    auto* scroll = new QScrollArea(this);
    // The person's consent beside their journey, in sight with the details.
    m_form->addBeside(m_consent);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    // The record's own actions wrap onto a second line on a narrow window; saving stays put.
    auto* actions = new FlowLayout;
    actions->addWidget(m_archive);
    actions->addWidget(m_erase);
    actions->addWidget(m_everything);
    auto* buttons = new QHBoxLayout;
    buttons->addLayout(actions, 1);
    buttons->addWidget(m_revert, 0, Qt::AlignBottom);
    buttons->addWidget(m_save, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_archived);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_form, &AboutForm::edited, this, [this] {
        setDirty(true);
        m_draft->changed();
    });
    connect(m_save, &QPushButton::clicked, this, &AboutTab::save);
    connect(m_revert, &QPushButton::clicked, this, &AboutTab::revert);
    connect(m_archive, &QPushButton::clicked, this, &AboutTab::archiveOrUnarchive);
    connect(m_erase, &QPushButton::clicked, this, &AboutTab::erase);
    connect(m_everything, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::existingFolder(this, tr("Where to put everything held about %1")
                                                                     .arg(m_person.displayName()),
                                                           QDir::homePath());
        if (!folder.isEmpty())
            writeEverything(folder);
    });
    connect(&caseload.notifier(), &ChangeNotifier::personChanged, this, [this](const QString& id) {
        if (id == m_person.id && !m_dirty)
            reload();
    });
    // After an import: show what arrived, unless the coordinator is mid-edit (their
    // unsaved words win on screen; saving then writes a newer version).
    connect(&caseload.notifier(), &ChangeNotifier::peopleReset, this, [this] {
        if (!m_person.id.isEmpty() && !m_dirty && m_caseload.people().find(m_person.id))
            reload();
    });
    setDirty(false);
    setEnabled(false);
}

AboutTab::~AboutTab()
{
    if (m_dirty)
        m_draft->flush();
}

QString AboutTab::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AboutTab::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #c0392b; font-weight: bold;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

void AboutTab::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void AboutTab::leave()
{
    if (!m_dirty || m_person.id.isEmpty())
        return;
    const QString name = m_person.displayName();
    if (save()) {
        Q_EMIT noticed(tr("Saved the changes to %1's details; Undo on their page takes them back.").arg(name));
        return;
    }
    m_draft->flush();
    Q_EMIT noticed(tr("The changes to %1's details were not saved: %2 They are kept for when you go back.")
                       .arg(name, message()));
}

void AboutTab::setPerson(const QString& id)
{
    if (id != m_person.id)
        leave();
    m_draft->setKey(id.isEmpty() ? QString() : u"about:"_s + id);
    m_consent->setPerson(id);
    m_person = Person();
    m_person.id = id;
    reload();
    const QString draft = m_draft->stored();
    if (!draft.isEmpty()) {
        m_form->restore(draft);
        setDirty(true);
        showMessage(tr("Changes that were not saved last time are back. Save them, or Revert to drop them."), false);
    }
}

void AboutTab::reload()
{
    const std::optional<Person> p = m_caseload.people().find(m_person.id);
    setEnabled(p.has_value());
    m_person = p.value_or(Person());
    if (!p)
        m_person.id.clear();
    m_form->setPerson(m_person);
    m_archived->setVisible(m_person.isArchived());
    m_archived->setText(tr("Archived on %1: %2")
                            .arg(DateText::formatIso(m_person.archivedOn),
                                 m_person.archivedReason.isEmpty() ? tr("no reason given") : m_person.archivedReason));
    m_archive->setText(m_person.isArchived() ? tr("&Unarchive…") : tr("&Archive…"));
    showMessage({}, false);
    setDirty(false);
}

bool AboutTab::save()
{
    if (!m_dirty || m_person.id.isEmpty())
        return true;
    QList<std::pair<QString, QString>> problems;
    const Person after = m_form->person(m_person, &problems);
    m_form->clearHighlights();
    if (problems.isEmpty()) {
        for (const PersonValidator::Problem& p : PersonValidator().validate(after))
            problems.append({ p.field, p.message });
    }
    if (!problems.isEmpty()) {
        m_form->highlight(problems.constFirst().first);
        showMessage(problems.constFirst().second, true);
        return false;
    }
    // Only what the coordinator changed since the form was filled is written, so a
    // detail that arrived meanwhile from another laptop is kept.
    Editor& editor = m_caseload.editor();
    if (!editor.push(m_undo.person(m_person.id),
                     m_caseload.people().editing(m_person, after, tr("edit %1's details").arg(m_person.displayName())))) {
        showMessage(editor.error(), true);
        return false;
    }
    m_draft->discard();
    reload();
    showMessage(tr("Saved."), false);
    return true;
}

void AboutTab::revert()
{
    m_draft->discard();
    reload();
}

void AboutTab::archiveOrUnarchive()
{
    if (m_person.id.isEmpty() || !save())
        return;
    Person after = m_person;
    QString text;
    if (m_person.isArchived()) {
        after.archivedOn.clear();
        after.archivedReason.clear();
        text = tr("unarchive %1").arg(m_person.displayName());
    } else {
        ArchiveDialog dialog(m_person.displayName(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        after.archivedOn = dialog.date().toString(Qt::ISODate);
        after.archivedReason = dialog.reason();
        text = tr("archive %1").arg(m_person.displayName());
    }
    Editor& editor = m_caseload.editor();
    if (!editor.push(m_undo.person(m_person.id), m_caseload.people().editing(m_person, after, text))) {
        showMessage(editor.error(), true);
        return;
    }
    reload();
}

QString AboutTab::writeEverything(const QString& parent)
{
    if (m_person.id.isEmpty())
        return {};
    // A folder of its own, named so that it is found again and not mixed with another.
    const QString folder = QDir(parent).filePath(
        tr("Subject access %1 %2").arg(m_person.displayName(), m_caseload.clock().now().toLocalTime().date().toString(Qt::ISODate))
            .remove(QRegularExpression(u"[/\\\\:*?\"<>|]"_s)));
    SubjectAccess access(m_caseload);
    if (!access.collect(m_person.id) || !access.writeFolder(folder)) {
        showMessage(access.error(), true);
        return {};
    }
    QString error;
    if (EverythingDocument::writePdf(m_caseload, m_person.id, folder, &error) == 0) {
        showMessage(error, true);
        return {};
    }
    showMessage(access.namesToReview().isEmpty()
                    ? tr("Wrote everything held about %1 to %2.").arg(m_person.displayName(), QDir::toNativeSeparators(folder))
                    : tr("Wrote everything held about %1 to %2. Notes name other people: review names-to-review.csv "
                         "before release.")
                          .arg(m_person.displayName(), QDir::toNativeSeparators(folder)),
                false);
    return folder;
}

void AboutTab::erase()
{
    if (m_person.id.isEmpty())
        return;
    EraseDialog dialog(m_person.displayName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_draft->discard();
    setDirty(false);
    const QString id = m_person.id;
    if (!m_caseload.people().erase(id)) {
        showMessage(m_caseload.people().error(), true);
        return;
    }
    m_undo.forgetPerson(id); // no edit of an erased person can be undone or redone
}

} // namespace alongside
