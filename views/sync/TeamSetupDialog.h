// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace alongside {

class SyncService;

// Sets up a team on this laptop: its name and a passphrase typed twice, with a hint
// of how strong it is. The passphrase is never stored, so it must be shared in person.
class TeamSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamSetupDialog(SyncService& sync, QWidget* parent = nullptr);

    void accept() override;

private:
    void update();

    SyncService& m_sync;
    QLineEdit* m_name;
    QLineEdit* m_passphrase;
    QLineEdit* m_again;
    QLabel* m_hint;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace alongside
