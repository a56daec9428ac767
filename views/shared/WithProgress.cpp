// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/WithProgress.h"

#include <QProgressDialog>

#include <algorithm>

namespace alongside {

bool withProgress(QWidget* parent, const QString& label, const QString& title,
                  const std::function<bool(const ProgressCallback&)>& work)
{
    QProgressDialog progress(label, QString(), 0, 100, parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0);
    const bool ok = work([&](qint64 done, qint64 total) {
        progress.setMaximum(int(std::min<qint64>(total, 1 << 30)));
        progress.setValue(int(std::min<qint64>(done, 1 << 30)));
    });
    progress.reset();
    return ok;
}

} // namespace alongside
