// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictsModel.h"

#include "storage/ChangeNotifier.h"
#include "versioning/ChangeWriter.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
QString when(const QDateTime& at)
{
    return QLocale().toString(at, u"d MMM HH:mm"_s);
}

// Yours first where one of the two is yours; otherwise the one shown now.
std::pair<const ConflictRepository::Written&, const ConflictRepository::Written&> ordered(const ConflictRepository::Entry& e)
{
    if (e.other.mine && !e.current.mine)
        return { e.other, e.current };
    return { e.current, e.other };
}

QString byWhom(const ConflictRepository::Written& w)
{
    if (w.mine)
        return ConflictsModel::tr("you, on this laptop (%1), %2").arg(w.laptop, when(w.at));
    return w.coordinator.isEmpty() ? ConflictsModel::tr("%1, %2").arg(w.laptop, when(w.at))
                                   : ConflictsModel::tr("%1 on %2, %3").arg(w.coordinator, w.laptop, when(w.at));
}
} // namespace

QString ConflictsModel::whose(const ConflictRepository::Written& w)
{
    if (w.mine)
        return tr("Yours");
    const QString first = w.coordinator.section(u' ', 0, 0, QString::SectionSkipEmpty);
    return tr("%1's", "whose value: Anna's").arg(first.isEmpty() ? w.laptop : first);
}

ConflictsModel::ConflictsModel(ConflictRepository& repository, ChangeWriter& writer, ChangeNotifier& notifier,
                               QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_writer(writer)
    , m_notifier(notifier)
{
    connect(&notifier, &ChangeNotifier::peopleReset, this, &ConflictsModel::reload);
    connect(&notifier, &ChangeNotifier::personRemoved, this, &ConflictsModel::reload);
    connect(&notifier, &ChangeNotifier::personChanged, this, &ConflictsModel::reload);
    reload();
}

void ConflictsModel::reload()
{
    beginResetModel();
    m_entries = m_repository.list();
    endResetModel();
}

int ConflictsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConflictsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Whose record");
    case FieldColumn:
        return tr("Detail");
    case FirstColumn:
        return tr("Yours");
    case SecondColumn:
        return tr("Your teammate's");
    case WhoColumn:
        return tr("Written by");
    default:
        return {};
    }
}

QVariant ConflictsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictRepository::Entry& e = m_entries.at(index.row());
    const auto [first, second] = ordered(e);
    // Where neither value is yours, each cell says whose it is.
    const bool named = !first.mine;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RecordColumn:
            return e.record;
        case FieldColumn:
            return e.field;
        case FirstColumn:
            return named ? tr("%1: %2").arg(whose(first), first.value) : first.value;
        case SecondColumn:
            return named ? tr("%1: %2").arg(whose(second), second.value) : second.value;
        case WhoColumn:
            return named ? tr("%1; %2").arg(byWhom(first), byWhom(second)) : byWhom(second);
        default:
            return {};
        }
    case IdRole:
        return e.id;
    case PersonIdRole:
        return e.personId;
    case FirstNameRole:
        return whose(first);
    case SecondNameRole:
        return whose(second);
    case FirstIsCurrentRole:
        return &first == &e.current;
    case FirstIsMineRole:
        return first.mine;
    case DetailRole: {
        const auto side = [](const ConflictRepository::Written& w, bool shown) {
            return tr("<p>%1: <b>%2</b><br>written by %3%4</p>")
                .arg(whose(w).toHtmlEscaped(), w.value.toHtmlEscaped(), byWhom(w).toHtmlEscaped(),
                     shown ? tr(" · shown now on every laptop") : QString());
        };
        return tr("<p><b>%1</b> · %2</p>").arg(e.record.toHtmlEscaped(), e.field.toHtmlEscaped())
            + side(first, &first == &e.current) + side(second, &second == &e.current);
    }
    default:
        return {};
    }
}

bool ConflictsModel::settle(int row, bool keepOther)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    const ConflictRepository::Entry e = m_entries.at(row);
    if (!m_writer.resolve(e.id, keepOther)) {
        m_error = m_writer.error();
        reload();
        return false;
    }
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    if (!e.personId.isEmpty())
        Q_EMIT m_notifier.personChanged(e.personId);
    return true;
}

} // namespace alongside
