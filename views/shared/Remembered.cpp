#include "shared/Remembered.h"

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
    const auto restore = [view, header, settingsKey, save] {
        const QByteArray state = QSettings().value(settingsKey).toByteArray();
        if (state.isEmpty() || header->count() == 0)
            return false;
        const QSignalBlocker quiet(header); // putting it back is not a change
        if (!header->restoreState(state))
            return false;
        // Once the view has finished taking its model (the columns may come first).
        QMetaObject::invokeMethod(view, [view, header] { sortAsShown(view, header); }, Qt::QueuedConnection);
        return true;
    };
    // Columns come with the model, which may be set or filled later.
    if (!restore()) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(header, &QHeaderView::sectionCountChanged, header, [restore, once](int, int now) {
            if (now > 0) {
                restore();
                QObject::disconnect(*once);
            }
        });
    }
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

void rememberSizes(QSplitter* splitter, const QString& key)
{
    const QString settingsKey = QStringLiteral("panes/") + key;
    splitter->restoreState(QSettings().value(settingsKey).toByteArray());
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, settingsKey] { QSettings().setValue(settingsKey, splitter->saveState()); });
}

} // namespace alongside
