// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Remembered.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

#include <memory>

namespace alongside {

namespace {
void sortAsShown(QAbstractItemView* view, QHeaderView* header)
{
    if (!header->isSortIndicatorShown() || header->sortIndicatorSection() < 0)
        return;
    if (auto* table = qobject_cast<QTableView*>(view); table && table->isSortingEnabled())
        table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    else if (auto* tree = qobject_cast<QTreeView*>(view); tree && tree->isSortingEnabled())
        tree->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}
} // namespace

void rememberColumns(QAbstractItemView* view, QHeaderView* header, const QString& key)
{
    const QString settingsKey = QStringLiteral("lists/") + key;
    // Saved on every change, so a window closed any way (or a crash) keeps it.
    const auto save = [header, settingsKey] {
        if (header->count() > 0)
            QSettings().setValue(settingsKey, header->saveState());
    };
    const auto restore = [view, header, settingsKey](bool modelInPlace) {
        const QByteArray state = QSettings().value(settingsKey).toByteArray();
        if (state.isEmpty() || header->count() == 0)
            return false;
        const QSignalBlocker quiet(header); // putting it back is not a change
        if (!header->restoreState(state))
            return false;
        if (modelInPlace)
            sortAsShown(view, header);
        else // once the view has finished taking its model (its columns came first)
            QMetaObject::invokeMethod(view, [view, header] { sortAsShown(view, header); }, Qt::QueuedConnection);
        return true;
    };
    // Columns come with the model, which may be set or filled later.
    if (!restore(true)) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(header, &QHeaderView::sectionCountChanged, header, [restore, once](int, int now) {
            if (now > 0) {
                restore(false);
                QObject::disconnect(*once);
            }
        });
    }
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

namespace {
// Keeps a splitter's sizes when the coordinator moves it, and when its window closes
// (resizing the window moves the panes too).
class SizesKeeper : public QObject
{
public:
    SizesKeeper(QSplitter* splitter, const QString& key)
        : QObject(splitter)
        , m_splitter(splitter)
        , m_key(key)
    {
        splitter->installEventFilter(this);
        QObject::connect(splitter, &QSplitter::splitterMoved, this, &SizesKeeper::save);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_splitter && event->type() == QEvent::Hide)
            save();
        return false;
    }

private:
    void save() { QSettings().setValue(m_key, m_splitter->saveState()); }

    QSplitter* m_splitter;
    QString m_key;
};
} // namespace

bool rememberSizes(QSplitter* splitter, const QString& key)
{
    const QString settingsKey = QStringLiteral("panes/") + key;
    new SizesKeeper(splitter, settingsKey);
    return splitter->restoreState(QSettings().value(settingsKey).toByteArray());
}

} // namespace alongside
