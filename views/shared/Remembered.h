// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemView;
class QHeaderView;
class QSplitter;

namespace alongside {

// Lists and panes as the coordinator left them. Each is kept in the settings under
// `key` whenever it changes and put back when it is made again (next time the page
// opens, or the next day).

// A list's column widths and order, and its sort order when it sorts: put back as soon
// as the list has its columns.
void rememberColumns(QAbstractItemView* view, QHeaderView* header, const QString& key);
// A splitter's sizes, kept when moved and when its window closes; false (and its own
// defaults stand) when none were kept before.
bool rememberSizes(QSplitter* splitter, const QString& key);

} // namespace alongside
