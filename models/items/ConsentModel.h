// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ConsentRepository.h"

#include <QAbstractListModel>

namespace alongside {

class ChangeNotifier;

// One person's consent history, the newest decision first, then the single consent date
// recorded before consent by purpose, if any. Each row says what the consent is for,
// whether it was given or refused, when, how and by whom, whether it was withdrawn, and
// whether it is the decision that holds now.
class ConsentModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, PurposeRole, HoldsRole, CurrentRole, WithdrawableRole };

    // The repository and notifier are borrowed and must outlive the model.
    ConsentModel(ConsentRepository& repository, ChangeNotifier& notifier, QObject* parent = nullptr);

    void setPerson(const QString& personId);
    QString personId() const { return m_personId; }
    // One line per purpose decided: what holds now ("Keeping records: given 3 May 2025").
    QStringList summary() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString describe(const ConsentRepository::Decision& d, bool current) const;

    ConsentRepository& m_repository;
    QString m_personId;
    QList<ConsentRepository::Decision> m_history;
    QStringList m_current; // ids of the decisions that hold now
    std::optional<ConsentRepository::Legacy> m_legacy;
};

} // namespace alongside
