// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace alongside {

class Caseload;

// Under the sidebar: "Sync now", and when this laptop last synced and how many of its
// changes the team has not had yet ("Last synced 14:02 · 3 changes not yet shared"),
// counted a moment after the last edit of a burst.
class SyncStatus : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatus(Caseload& caseload, QWidget* parent = nullptr);

    QString text() const;
    void refresh();
    // Teammates' files in the sync folder that have not been brought in yet.
    void setWaiting(int files);

Q_SIGNALS:
    void syncRequested();

private:
    Caseload& m_caseload;
    QPushButton* m_syncNow;
    QLabel* m_status;
    QTimer m_later;
    int m_waiting = 0;
};

} // namespace alongside
