// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OpenReferralImport.h"

#include <QAbstractTableModel>

namespace alongside {

// What an Open Referral import will do, a row per service: its name, whether it is added,
// changed, unchanged or skipped, and which fields change (or why it is skipped).
class OpenReferralPreview : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ActionColumn, DetailsColumn, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1, ServiceIdRole };

    explicit OpenReferralPreview(QObject* parent = nullptr);

    void setItems(const QList<OpenReferralImport::Item>& items);
    // "Add", "Change", "Unchanged", "Skip", translated.
    static QString actionLabel(OpenReferralImport::Action action);
    // "Phone, E-mail", or why the service is skipped, or how it was matched.
    static QString details(const OpenReferralImport::Item& item);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OpenReferralImport::Item> m_items;
};

} // namespace alongside
