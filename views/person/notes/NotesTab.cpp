// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/notes/NotesTab.h"

#include "Caseload.h"
#include "shared/ListViews.h"
#include "person/notes/NoteDelegate.h"
#include "person/notes/NoteDialog.h"
#include "person/notes/QuickNoteEditor.h"
#include "shared/UndoScopes.h"
#include "items/NotesModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside {

NotesTab::NotesTab(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undo(undo)
    , m_model(new NotesModel(caseload.notes(), caseload.notifier(), this))
    , m_editor(new QuickNoteEditor(caseload, undo, this))
    , m_count(new QLabel(this))
    , m_timeline(new QListView(this))
    , m_edit(new QPushButton(tr("&Correct…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(m_model);
    m_timeline->setItemDelegate(new NoteDelegate(m_timeline));
    m_timeline->setWordWrap(true);
    m_timeline->setResizeMode(QListView::Adjust);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setAccessibleName(tr("Notes, newest first"));

    m_edit->setObjectName(QStringLiteral("editNote"));
    m_edit->setToolTip(tr("Correct the chosen note's text, kind, time, minutes or place (Return)"));
    m_delete->setObjectName(QStringLiteral("deleteNote"));
    m_delete->setToolTip(tr("Delete the chosen note, on every laptop after the next sync (Delete)"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_count, 1);
    row->addWidget(m_edit);
    row->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addLayout(row);
    layout->addWidget(m_timeline, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotesTab::updateCount);
    // The chosen note stays chosen when the timeline reloads (after a correction).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_chosen = m_timeline->currentIndex().data(NotesModel::IdRole).toString(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount() && !m_chosen.isEmpty(); ++row) {
            if (m_model->index(row, 0).data(NotesModel::IdRole).toString() == m_chosen)
                m_timeline->setCurrentIndex(m_model->index(row, 0));
        }
    });
    connect(m_edit, &QPushButton::clicked, this, &NotesTab::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &NotesTab::deleteCurrent);
    connect(m_timeline, &QListView::doubleClicked, this, &NotesTab::editCurrent);
    addListShortcuts(m_timeline, [this] { m_editor->focusText(); }, [this] { editCurrent(); }, [this] { deleteCurrent(); });
    updateCount();
}

void NotesTab::editCurrent()
{
    const auto note = m_model->note(m_timeline->currentIndex().row());
    if (!note)
        return;
    NoteDialog dialog(*note, this);
    if (dialog.exec() == QDialog::Accepted) {
        UndoScopes::push(m_caseload.editor(), m_undo.person(m_personId), m_caseload.notes().editing(*note, dialog.note()),
                         this, tr("Notes"));
    }
}

void NotesTab::deleteCurrent()
{
    const int row = m_timeline->currentIndex().row();
    const auto note = m_model->note(row);
    if (!note)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Delete note"),
                    tr("Delete the note of %1? It goes from every laptop in the team after the next sync; "
                       "Undo brings it back.")
                        .arg(NotesModel::heading(*note)),
                    QMessageBox::NoButton, this);
    QPushButton* yes = ask.addButton(tr("Delete the note"), QMessageBox::DestructiveRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(yes);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    if (UndoScopes::push(m_caseload.editor(), m_undo.person(m_personId), m_caseload.notes().removing(*note), this,
                         tr("Notes")))
        m_timeline->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
}

void NotesTab::setPerson(const QString& personId)
{
    m_personId = personId;
    m_editor->setPerson(personId);
    m_model->setPerson(personId);
}

void NotesTab::updateCount()
{
    m_count->setText(m_model->rowCount() == 0 ? tr("No notes yet.")
                                              : tr("%n note(s), newest first", nullptr, m_model->rowCount()));
    m_edit->setEnabled(m_model->rowCount() > 0);
    m_delete->setEnabled(m_model->rowCount() > 0);
}

} // namespace alongside
