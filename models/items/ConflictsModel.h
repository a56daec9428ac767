// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ConflictRepository.h"

#include <QAbstractTableModel>

namespace alongside {

class ChangeNotifier;
class ChangeWriter;

// The conflicts list: one row per value set aside, beside the value kept. Settling one
// writes a version that has seen both, so the choice reaches every laptop.
class ConflictsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Each conflict's two values, yours first where one is: "Yours" and "Anna's".
    enum Column { RecordColumn, FieldColumn, FirstColumn, SecondColumn, WhoColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        PersonIdRole,
        DetailRole,
        FirstNameRole,      // "Yours", or "Anna's"
        SecondNameRole,     // "Anna's"
        FirstIsCurrentRole, // the first value is the one shown now
        FirstIsMineRole,    // the first value was written on this laptop
    };

    ConflictsModel(ConflictRepository& repository, ChangeWriter& writer, ChangeNotifier& notifier, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // keepOther: use the value set aside; otherwise keep the value shown now.
    bool settle(int row, bool keepOther);
    // Whose a value is, in a coordinator's words: "Yours", or "Anna's".
    static QString whose(const ConflictRepository::Written& written);
    QString error() const { return m_error; }
    void reload();

private:
    ConflictRepository& m_repository;
    ChangeWriter& m_writer;
    ChangeNotifier& m_notifier;
    QList<ConflictRepository::Entry> m_entries;
    QString m_error;
};

} // namespace alongside
