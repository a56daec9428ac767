// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/PeopleImport.h"

#include <QAbstractTableModel>

namespace alongside {

// The rows of a staged import, one per spreadsheet row: who it is, what was found (its
// problems, or who it may already be) and what will happen to it.
class ImportRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, NameColumn, BornColumn, PostcodeColumn, FoundColumn, ActionColumn, ColumnCount };
    enum Role { NeedsLookRole = Qt::UserRole + 1 }; // true for rows with problems or matches

    // The import is borrowed and must outlive the model.
    explicit ImportRowsModel(PeopleImport& import, QObject* parent = nullptr);

    // After the import is prepared again (a new file or mapping).
    void reload();
    // Sets the choice for several rows; false, with error(), when one cannot take it
    // (the others still do).
    bool choose(const QList<int>& rows, PeopleImport::Choice choice);
    QString error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(const PeopleImport::Row& row);
    QString foundText(const PeopleImport::Row& row) const;

private:
    PeopleImport& m_import;
    QString m_error;
};

} // namespace alongside
