// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/WellbeingRepository.h"

#include <QAbstractTableModel>

namespace alongside {

class ChangeNotifier;

// One person's wellbeing measures, the newest first: the date with who answered, and the
// four answers with their ONS band. measures() gives them oldest first for a chart.
class WellbeingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Who answered is said with the date ("with help"), so the table fits a small screen.
    enum Column { DateColumn, SatisfiedColumn, WorthwhileColumn, HappyColumn, AnxiousColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ScoreRole };

    // The repository and notifier are borrowed and must outlive the model.
    WellbeingModel(WellbeingRepository& repository, ChangeNotifier& notifier, QObject* parent = nullptr);

    void setPerson(const QString& personId);
    QString personId() const { return m_personId; }
    const QList<WellbeingRepository::Measure>& measures() const { return m_measures; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    const WellbeingRepository::Measure& at(int row) const { return m_measures.at(m_measures.size() - 1 - row); }

    WellbeingRepository& m_repository;
    QString m_personId;
    QList<WellbeingRepository::Measure> m_measures; // oldest first
};

} // namespace alongside
