// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/AuditLog.h"

#include <QAbstractTableModel>

namespace alongside {

// The audit trail as the Data protection page lists it, newest first: when, who, what,
// about whom and the detail, for one person or action when filtered. Shows the latest
// `limit` entries (the CSV export has them all); follows the log as entries are added.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, PersonColumn, DetailColumn, ColumnCount };
    enum Role { PersonIdRole = Qt::UserRole + 1, ActionRole };

    static constexpr int limit = 2000;

    // The log is borrowed and must outlive the model.
    explicit AuditModel(AuditLog& log, QObject* parent = nullptr);

    void setFilter(const AuditLog::Filter& filter);
    const AuditLog::Filter& filter() const { return m_filter; }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AuditLog& m_log;
    AuditLog::Filter m_filter;
    QList<AuditLog::Entry> m_entries;
};

} // namespace alongside
