// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace alongside {

class DraftRepository;

// Across the top of the window after a restart: the people with words typed and not
// saved (a crash, a flat battery, a closed lid), each a link to where the words wait.
// Hidden when there are none, and once dismissed.
class DraftsBanner : public QFrame
{
    Q_OBJECT

public:
    // drafts is borrowed and must outlive the banner.
    explicit DraftsBanner(DraftRepository& drafts, QWidget* parent = nullptr);

    // Lists what is waiting now; hides when nothing is. The number of people listed.
    int refresh();
    QString text() const;

Q_SIGNALS:
    // kind is about, note or vision: the tab where the words wait.
    void openRequested(const QString& personId, const QString& kind);

private:
    DraftRepository& m_drafts;
    QLabel* m_label;
};

} // namespace alongside
