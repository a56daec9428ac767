// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotesModel.h"

#include "domain/Vocabulary.h"
#include "repositories/NotesRepository.h"
#include "storage/ChangeNotifier.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace alongside {

NotesModel::NotesModel(NotesRepository& repository, ChangeNotifier& notifier, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    connect(&notifier, &ChangeNotifier::notesChanged, this, [this](const QString& personId) {
        if (personId == m_personId)
            reload();
    });
    connect(&notifier, &ChangeNotifier::peopleReset, this, &NotesModel::reload);
}

void NotesModel::setPerson(const QString& personId)
{
    if (personId == m_personId)
        return;
    m_personId = personId;
    reload();
}

std::optional<Note> NotesModel::note(int row) const
{
    return row >= 0 && row < m_notes.size() ? std::optional<Note>(m_notes.at(row)) : std::nullopt;
}

void NotesModel::reload()
{
    beginResetModel();
    m_notes = m_personId.isEmpty() ? QList<Note>() : m_repository.forPerson(m_personId);
    endResetModel();
}

int NotesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QString NotesModel::heading(const Note& note)
{
    const QLocale locale;
    const QDateTime local = note.occurredAt.toLocalTime();
    QStringList parts { locale.toString(local.date(), QLocale::LongFormat) + u", "_s
                            + locale.toString(local.time(), u"HH:mm"_s),
                        Vocabulary::noteKindLabel(note.kind) };
    if (note.minutes > 0)
        parts.append(tr("%n minute(s)", nullptr, note.minutes));
    if (!note.place.isEmpty())
        parts.append(note.place);
    if (!note.authorName.isEmpty() && !note.laptop.isEmpty())
        parts.append(tr("%1 on %2").arg(note.authorName, note.laptop));
    else if (!note.authorName.isEmpty() || !note.laptop.isEmpty())
        parts.append(note.authorName.isEmpty() ? note.laptop : note.authorName);
    return parts.join(u" · "_s);
}

QVariant NotesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note& n = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return heading(n) + u'\n' + n.text;
    case Qt::ToolTipRole:
    case TextRole:
        return n.text;
    case HeadingRole:
        return heading(n);
    case IdRole:
        return n.id;
    case KindRole:
        return n.kind;
    case KindLabelRole:
        return Vocabulary::noteKindLabel(n.kind);
    case OccurredAtRole:
        return n.occurredAt;
    case MinutesRole:
        return n.minutes;
    case PlaceRole:
        return n.place;
    case AuthorRole:
        return n.authorName;
    case LaptopRole:
        return n.laptop;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(KindRole, "kind");
    names.insert(OccurredAtRole, "occurredAt");
    names.insert(TextRole, "text");
    return names;
}

} // namespace alongside
