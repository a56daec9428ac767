// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Note.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace alongside {

class ChangeNotifier;
class NotesRepository;

// One person's notes, newest first: the timeline in the person workspace.
class NotesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, KindLabelRole, OccurredAtRole, MinutesRole, PlaceRole, TextRole,
                HeadingRole, AuthorRole, LaptopRole };

    // The repository and notifier are borrowed and must outlive the model.
    NotesModel(NotesRepository& repository, ChangeNotifier& notifier, QObject* parent = nullptr);

    void setPerson(const QString& personId);
    QString personId() const { return m_personId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    std::optional<Note> note(int row) const;

    // "Tuesday 12 November 2024, 10:30 · Visit · 45 minutes · Home · Anna Price on anna-laptop"
    static QString heading(const Note& note);

private:
    void reload();

    NotesRepository& m_repository;
    QString m_personId;
    QList<Note> m_notes;
};

} // namespace alongside
