#pragma once

#include <QAbstractItemView>
#include <QAction>

#include <functional>

namespace alongside {

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
