// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QAction>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <functional>

namespace alongside {

// Columns the coordinator sizes are never narrower than their headings (Welsh ones are
// often longer), now and whenever the model brings its columns.
inline void keepHeadingsWhole(QHeaderView* header)
{
    auto widen = [header] {
        if (!header->model())
            return;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int indicator = header->isSortIndicatorShown() ? header->fontMetrics().height() : 0;
        // Headings of a chosen row's columns are drawn bold: measured as such.
        QFont font = header->font();
        font.setBold(font.bold() || header->highlightSections());
        const QFontMetrics metrics(font);
        int stretched = 0; // the widest heading of a column that takes the room left
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = header->model()->headerData(i, header->orientation()).toString();
            const int needed = metrics.horizontalAdvance(text) + 2 * margin + indicator;
            if (header->sectionResizeMode(i) == QHeaderView::Stretch)
                stretched = std::max(stretched, needed);
            else if (header->sectionResizeMode(i) == QHeaderView::Interactive && header->sectionSize(i) < needed)
                header->resizeSection(i, needed);
        }
        // A stretching column is never squeezed below its heading: the list scrolls instead.
        if (stretched > header->minimumSectionSize())
            header->setMinimumSectionSize(stretched);
    };
    widen();
    QObject::connect(header, &QHeaderView::sectionCountChanged, header, widen);
}

// A table of records chosen one row at a time: whole rows, no row numbers, one line each.
inline void setUpRowTable(QTableView* view, QAbstractItemModel* model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    keepHeadingsWhole(view->horizontalHeader());
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
