// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ProfileRepository.h"

#include <QAbstractListModel>

namespace alongside {

class ChangeNotifier;

// One section of a person's one-page profile, in order: edit an item in place, drag it
// to a new place or move it with the keyboard.
class ProfileModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, PositionRole };
    static constexpr auto mimeType = "application/x-alongside-profile-row";

    ProfileModel(ProfileRepository& repository, ChangeNotifier& notifier, const QString& section,
                 QObject* parent = nullptr);

    void setPerson(const QString& personId);
    QString personId() const { return m_personId; }
    QString section() const { return m_section; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Dragging copies the row's number; a drop moves the item there (the view never
    // removes rows itself).
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    bool moveItem(int from, int to);
    QString error() const { return m_error; }

Q_SIGNALS:
    // Emitted before a change is written, so the caller can record it for Undo.
    void editRequested(const QString& id, const QString& before, const QString& after);
    void moveRequested(int from, int to);

private:
    void reload();

    ProfileRepository& m_repository;
    QString m_section;
    QString m_personId;
    QList<ProfileRepository::Item> m_items;
    QString m_error;
};

} // namespace alongside
