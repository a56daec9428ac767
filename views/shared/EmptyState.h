// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace alongside {

// A few words in the middle of an empty list saying what to do next ("No one here yet:
// press Ctrl+N…"), instead of a blank white box. Shown while the view's model has no
// rows; the words come from text(), asked each time, so they can follow a search.
class EmptyState : public QLabel
{
    Q_OBJECT

public:
    EmptyState(QAbstractItemView* view, std::function<QString()> text);
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    std::function<QString()> m_text;
};

} // namespace alongside
