// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>

namespace alongside {

EmptyState::EmptyState(QAbstractItemView* view, std::function<QString()> text)
    : QLabel(view->viewport())
    , m_view(view)
    , m_text(std::move(text))
{
    setObjectName(view->objectName() + QStringLiteral("Empty"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setMargin(fontMetrics().height());
    view->viewport()->installEventFilter(this);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::refresh);
    refresh();
}

void EmptyState::refresh()
{
    const bool empty = m_view->model()->rowCount() == 0;
    if (empty) {
        setText(m_text());
        setGeometry(m_view->viewport()->rect());
    }
    setVisible(empty);
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace alongside
