#pragma once

#include <QAbstractItemView>
#include <QAction>
#include <QHeaderView>
#include <QTableView>

#include <functional>

namespace alongside {

// A table of records chosen one row at a time: whole rows, no row numbers, one line each.
inline void setUpRowTable(QTableView* view, QAbstractItemModel* model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
}

// The keys of an editable list: Insert adds, Return edits, Delete removes, while the
// list has the focus.
inline void addListShortcuts(QAbstractItemView* view, const std::function<void()>& add,
                             const std::function<void()>& edit, const std::function<void()>& remove)
{
    const std::pair<QKeySequence, std::function<void()>> keys[] { { QKeySequence(Qt::Key_Insert), add },
                                                                   { QKeySequence(Qt::Key_Return), edit },
                                                                   { QKeySequence(QKeySequence::Delete), remove } };
    for (const auto& [key, slot] : keys) {
        auto* action = new QAction(view);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        QObject::connect(action, &QAction::triggered, view, slot);
        view->addAction(action);
    }
}

} // namespace alongside
