// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncImport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace alongside {

class SyncService;

// Joining a team in one step: where the team's files are (the shared folder, or one
// file a teammate gave), then the team passphrase. A refused try says why and asks for
// the passphrase again; nothing typed is kept after a failure.
class JoinTeamDialog : public QDialog
{
    Q_OBJECT

public:
    // sync is borrowed and must outlive the dialog.
    explicit JoinTeamDialog(SyncService& sync, QWidget* parent = nullptr);

    QString where() const;
    void setWhere(const QString& folderOrFile);
    void setPassphrase(const QString& passphrase);
    QString problem() const;
    // Once accepted: what the joining import brought, and the files it refused (other
    // than the one that joined), one sentence each.
    const ImportReport& report() const { return m_report; }
    QString refusals() const { return m_refusals; }

private:
    void tryToJoin();
    // Why the laptop could not join from where with passphrase; empty once it has.
    QString join(const QString& where, const QString& passphrase);
    void updateButton();

    SyncService& m_sync;
    ImportReport m_report;
    QString m_refusals;
    QLineEdit* m_where;
    QLineEdit* m_passphrase;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace alongside
