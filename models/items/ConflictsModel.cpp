#include "ConflictsModel.h"

#include "storage/ChangeNotifier.h"
#include "versioning/ChangeWriter.h"

#include <QLocale>

namespace alongside {

namespace {
QString when(const QDateTime& at)
{
    return QLocale().toString(at, QLocale::ShortFormat);
}
} // namespace

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
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case CurrentColumn:
        return tr("Shown now");
    case OtherColumn:
        return tr("The other value");
    case OtherByColumn:
        return tr("The other written by");
    default:
        return {};
    }
}

QVariant ConflictsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictRepository::Entry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RecordColumn:
            return e.record;
        case FieldColumn:
            return e.field;
        case CurrentColumn:
            return e.current.value;
        case OtherColumn:
            return e.other.value;
        case OtherByColumn:
            return tr("%1 on %2, %3").arg(e.other.coordinator, e.other.laptop, when(e.other.at));
        default:
            return {};
        }
    case IdRole:
        return e.id;
    case PersonIdRole:
        return e.personId;
    case DetailRole:
        return tr("<p><b>%1</b>, %2</p><p>Shown now: <b>%3</b><br>written by %4 on %5, %6</p>"
                  "<p>The other value: <b>%7</b><br>written by %8 on %9, %10</p>")
            .arg(e.record.toHtmlEscaped(), e.field.toHtmlEscaped(), e.current.value.toHtmlEscaped(),
                 e.current.coordinator.toHtmlEscaped(), e.current.laptop.toHtmlEscaped(), when(e.current.at),
                 e.other.value.toHtmlEscaped(), e.other.coordinator.toHtmlEscaped())
            .arg(e.other.laptop.toHtmlEscaped(), when(e.other.at));
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
