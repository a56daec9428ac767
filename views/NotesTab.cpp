#include "NotesTab.h"

#include "Caseload.h"
#include "NoteDelegate.h"
#include "QuickNoteEditor.h"
#include "items/NotesModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace alongside {

NotesTab::NotesTab(Caseload& caseload, QWidget* parent)
    : QWidget(parent)
    , m_model(new NotesModel(caseload.notes(), caseload.notifier(), this))
    , m_editor(new QuickNoteEditor(caseload, this))
    , m_count(new QLabel(this))
    , m_timeline(new QListView(this))
{
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(m_model);
    m_timeline->setItemDelegate(new NoteDelegate(m_timeline));
    m_timeline->setWordWrap(true);
    m_timeline->setResizeMode(QListView::Adjust);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setAccessibleName(tr("Notes, newest first"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(m_count);
    layout->addWidget(m_timeline, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotesTab::updateCount);
    updateCount();
}

void NotesTab::setPerson(const QString& personId)
{
    m_editor->setPerson(personId);
    m_model->setPerson(personId);
}

void NotesTab::updateCount()
{
    m_count->setText(m_model->rowCount() == 0 ? tr("No notes yet.")
                                              : tr("%n note(s), newest first", nullptr, m_model->rowCount()));
}

} // namespace alongside
