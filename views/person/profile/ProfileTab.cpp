// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/profile/ProfileTab.h"

#include "Caseload.h"
#include "edits/EditCommand.h"
#include "shared/UndoScopes.h"
#include "items/ProfileModel.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace alongside {


ProfileTab::ProfileTab(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undo(undo)
{
    auto* layout = new QVBoxLayout(this);
    for (const QString& section : ProfileRepository::sections())
        layout->addWidget(buildSection(section), 1);
    setEnabled(false);
}

QWidget* ProfileTab::buildSection(const QString& section)
{
    auto* box = new QGroupBox(ProfileRepository::sectionTitle(section), this);
    auto* model = new ProfileModel(m_caseload.profile(), m_caseload.notifier(), section, this);
    auto* view = new QListView(box);
    view->setObjectName(section);
    view->setAccessibleName(ProfileRepository::sectionTitle(section));
    view->setModel(model);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->setDragDropMode(QAbstractItemView::InternalMove);
    view->setDefaultDropAction(Qt::CopyAction);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::SelectedClicked);
    auto* entry = new QLineEdit(box);
    entry->setObjectName(section + u"Entry"_s);
    entry->setPlaceholderText(tr("Add an item, then press Enter"));
    entry->setAccessibleName(tr("New item for: %1").arg(ProfileRepository::sectionTitle(section)));
    auto* up = new QPushButton(tr("Up"), box);
    auto* down = new QPushButton(tr("Down"), box);
    auto* remove = new QPushButton(tr("Remove"), box);
    up->setToolTip(tr("Move the chosen item up (Alt+Up)"));
    down->setToolTip(tr("Move the chosen item down (Alt+Down)"));
    remove->setToolTip(tr("Remove the chosen item (Delete)"));
    up->setObjectName(section + u"Up"_s);
    down->setObjectName(section + u"Down"_s);
    remove->setObjectName(section + u"Remove"_s);

    auto* row = new QHBoxLayout;
    row->addWidget(entry, 1);
    row->addWidget(up);
    row->addWidget(down);
    row->addWidget(remove);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(view, 1);
    layout->addLayout(row);

    auto shortcut = [&](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        view->addAction(action);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this, model, view] { moveCurrent(model, view, -1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this, model, view] { moveCurrent(model, view, 1); });
    shortcut(QKeySequence::Delete, [this, model, view] { removeCurrent(model, view); });
    // Return opens the chosen item for editing, as F2 does.
    shortcut(QKeySequence(Qt::Key_Return), [view] {
        if (view->currentIndex().isValid())
            view->edit(view->currentIndex());
    });
    connect(up, &QPushButton::clicked, this, [this, model, view] { moveCurrent(model, view, -1); });
    connect(down, &QPushButton::clicked, this, [this, model, view] { moveCurrent(model, view, 1); });
    connect(remove, &QPushButton::clicked, this, [this, model, view] { removeCurrent(model, view); });
    connect(entry, &QLineEdit::returnPressed, this, [this, model, entry] {
        addItem(model, entry->text());
        if (model->error().isEmpty())
            entry->clear();
    });
    connect(model, &ProfileModel::editRequested, this, [this](const QString& id, const QString&, const QString& after) {
        push(m_caseload.profile().editing(id, after));
    });
    connect(model, &ProfileModel::moveRequested, this, [this, model, view](int from, int to) {
        const QString id = model->data(model->index(from, 0), ProfileModel::IdRole).toString();
        view->setCurrentIndex(model->index(from, 0));
        moveCurrent(model, view, to - from);
        Q_UNUSED(id);
    });
    m_models.insert(section, model);
    m_views.insert(section, view);
    return box;
}

void ProfileTab::setPerson(const QString& id)
{
    m_personId = id;
    for (ProfileModel* model : std::as_const(m_models))
        model->setPerson(id);
    setEnabled(!id.isEmpty());
}

ProfileModel* ProfileTab::model(const QString& section) const
{
    return m_models.value(section);
}

QListView* ProfileTab::view(const QString& section) const
{
    return m_views.value(section);
}

bool ProfileTab::push(std::unique_ptr<EditCommand> command)
{
    return UndoScopes::push(m_caseload.editor(), m_undo.person(m_personId), std::move(command), this, tr("Profile"));
}

void ProfileTab::addItem(ProfileModel* model, const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    push(m_caseload.profile().adding(model->personId(), model->section(), text));
}

void ProfileTab::removeCurrent(ProfileModel* model, QListView* view)
{
    const QModelIndex index = view->currentIndex();
    if (!index.isValid())
        return;
    push(m_caseload.profile().removing(model->data(index, ProfileModel::IdRole).toString()));
    view->setCurrentIndex(model->index(std::min(index.row(), model->rowCount() - 1), 0));
}

void ProfileTab::moveCurrent(ProfileModel* model, QListView* view, int by)
{
    const QModelIndex index = view->currentIndex();
    const int to = index.row() + by;
    if (!index.isValid() || to < 0 || to >= model->rowCount())
        return;
    if (push(m_caseload.profile().moving(model->personId(), model->section(), index.row(), to)))
        view->setCurrentIndex(model->index(to, 0));
}

} // namespace alongside
