// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace alongside {

// Runs long work on the window's thread with a progress window that appears when it
// takes a while (over 0.4 s). work gets a callback for (done, total) and returns whether
// it succeeded.
using ProgressCallback = std::function<void(qint64 done, qint64 total)>;
bool withProgress(QWidget* parent, const QString& label, const QString& title,
                  const std::function<bool(const ProgressCallback&)>& work);

} // namespace alongside
