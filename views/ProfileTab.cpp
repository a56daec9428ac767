#include "ProfileTab.h"

#include "Caseload.h"
#include "StepCommand.h"
#include "items/ProfileModel.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace alongside {


ProfileTab::ProfileTab(Caseload& caseload, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undoStack(undoStack)
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
    connect(up, &QPushButton::clicked, this, [this, model, view] { moveCurrent(model, view, -1); });
    connect(down, &QPushButton::clicked, this, [this, model, view] { moveCurrent(model, view, 1); });
    connect(remove, &QPushButton::clicked, this, [this, model, view] { removeCurrent(model, view); });
    connect(entry, &QLineEdit::returnPressed, this, [this, model, entry] {
        addItem(model, entry->text());
        if (model->error().isEmpty())
            entry->clear();
    });
    connect(model, &ProfileModel::editRequested, this,
            [this](const QString& id, const QString& before, const QString& after) {
                ProfileRepository& repo = m_caseload.profile();
                m_undoStack.push(new StepCommand(
                    tr("Edit profile item"), [this, &repo, id, after] { return repo.setText(currentId(id), after); },
                    [this, &repo, id, before] { return repo.setText(currentId(id), before); }));
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

void ProfileTab::addItem(ProfileModel* model, const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    ProfileRepository& repo = m_caseload.profile();
    const QString person = model->personId();
    const QString section = model->section();
    auto id = std::make_shared<QString>();
    auto position = std::make_shared<double>(qQNaN());
    auto* command = new StepCommand(
        tr("Add to the profile"),
        [this, &repo, person, section, text, id, position] {
            const QString previous = *id;
            *id = repo.add(person, section, text, *position);
            if (id->isEmpty())
                return false;
            if (!previous.isEmpty())
                m_trail.renamed(previous, *id);
            for (const auto& item : repo.items(person, section)) {
                if (item.id == *id)
                    *position = item.position;
            }
            return true;
        },
        [this, &repo, id] { return repo.remove(currentId(*id)); });
    m_undoStack.push(command); // runs it
    if (!command->ok())
        QMessageBox::warning(this, tr("Profile"), repo.error());
}

void ProfileTab::removeCurrent(ProfileModel* model, QListView* view)
{
    const QModelIndex index = view->currentIndex();
    if (!index.isValid())
        return;
    ProfileRepository& repo = m_caseload.profile();
    auto id = std::make_shared<QString>(model->data(index, ProfileModel::IdRole).toString());
    const QString text = model->data(index).toString();
    const double position = model->data(index, ProfileModel::PositionRole).toDouble();
    const QString person = model->personId();
    const QString section = model->section();
    m_undoStack.push(new StepCommand(
        tr("Remove from the profile"), [this, &repo, id] { return repo.remove(currentId(*id)); },
        [this, &repo, id, person, section, text, position] {
            const QString restored = repo.add(person, section, text, position);
            if (restored.isEmpty())
                return false;
            m_trail.renamed(*id, restored);
            return true;
        }));
    view->setCurrentIndex(model->index(std::min(index.row(), model->rowCount() - 1), 0));
}

void ProfileTab::moveCurrent(ProfileModel* model, QListView* view, int by)
{
    const QModelIndex index = view->currentIndex();
    const int to = index.row() + by;
    if (!index.isValid() || to < 0 || to >= model->rowCount())
        return;
    ProfileRepository& repo = m_caseload.profile();
    const QString id = model->data(index, ProfileModel::IdRole).toString();
    const double before = model->data(index, ProfileModel::PositionRole).toDouble();
    const QString person = model->personId();
    const QString section = model->section();
    const int from = index.row();
    auto after = std::make_shared<double>(qQNaN());
    m_undoStack.push(new StepCommand(
        tr("Reorder the profile"),
        [this, &repo, id, person, section, from, to, after] {
            if (!std::isnan(*after))
                return repo.setPosition(currentId(id), *after);
            if (!repo.move(person, section, from, to))
                return false;
            for (const auto& item : repo.items(person, section)) {
                if (item.id == currentId(id))
                    *after = item.position;
            }
            return true;
        },
        [this, &repo, id, before] { return repo.setPosition(currentId(id), before); }));
    view->setCurrentIndex(model->index(to, 0));
}

} // namespace alongside
