// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/OutcomeRepository.h"

#include <QAbstractListModel>

namespace alongside {

class ChangeNotifier;

// One person's outcome stories, the newest first: each row reads as the date and the
// kinds of change, then the story.
class OutcomesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, CategoriesRole, StoryRole, LikelyWithoutRole, DateRole };

    // The repository and notifier are borrowed and must outlive the model.
    OutcomesModel(OutcomeRepository& repository, ChangeNotifier& notifier, QObject* parent = nullptr);

    void setPerson(const QString& personId);
    QString personId() const { return m_personId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void reload();

    OutcomeRepository& m_repository;
    QString m_personId;
    QList<OutcomeRepository::Story> m_stories;
};

} // namespace alongside
