#include "PeopleModel.h"

#include "dates/DateText.h"
#include "domain/Clock.h"
#include "domain/Vocabulary.h"
#include "repositories/NotesRepository.h"
#include "repositories/PeopleRepository.h"
#include "storage/ChangeNotifier.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace alongside {

PeopleModel::PeopleModel(PeopleRepository& repository, ChangeNotifier& notifier, const Clock& clock,
                         QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_clock(clock)
{
    m_count = m_repository.count(m_query);
    connect(&notifier, &ChangeNotifier::personAdded, this, &PeopleModel::refresh);
    connect(&notifier, &ChangeNotifier::personChanged, this, &PeopleModel::refresh);
    connect(&notifier, &ChangeNotifier::personRemoved, this, &PeopleModel::refresh);
    connect(&notifier, &ChangeNotifier::peopleReset, this, &PeopleModel::refresh);
    connect(&notifier, &ChangeNotifier::notesChanged, this, &PeopleModel::refresh);
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PersonRow* PeopleModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= maxCachedPages)
            m_pages.remove(m_pageOrder.takeFirst());
        it = m_pages.insert(page, m_repository.page(m_query, page * pageSize, pageSize));
    } else {
        m_pageOrder.removeOne(page);
    }
    m_pageOrder.append(page);
    const int offset = row % pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonRow* r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case ArchivedRole:
        return !r->archivedOn.isEmpty();
    case Qt::FontRole:
        if (!r->archivedOn.isEmpty()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (!r->archivedOn.isEmpty())
            return tr("Archived on %1").arg(DateText::formatIso(r->archivedOn));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn: {
        QString name = QStringList { r->givenName, r->familyName }.join(u' ').trimmed();
        if (!r->preferredName.isEmpty() && r->preferredName != r->givenName)
            name += u" ("_s + r->preferredName + u')';
        return name;
    }
    case StageColumn:
        return Vocabulary::stageLabel(r->stage);
    case LevelColumn:
        return Vocabulary::levelLabel(r->level);
    case LastContactColumn: {
        if (r->lastContactAt.isEmpty())
            return tr("No contact yet");
        const QDate last = NotesRepository::fromStoredTime(r->lastContactAt).toLocalTime().date();
        const qint64 days = last.daysTo(m_clock.now().toLocalTime().date());
        if (days <= 0)
            return tr("Today");
        return tr("%n day(s) ago", nullptr, int(days));
    }
    case PostcodeColumn:
        return r->postcode;
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StageColumn:
        return tr("Stage");
    case LevelColumn:
        return tr("Level");
    case LastContactColumn:
        return tr("Last contact");
    case PostcodeColumn:
        return tr("Postcode");
    default:
        return {};
    }
}

void PeopleModel::sort(int column, Qt::SortOrder order)
{
    PeopleQuery q = m_query;
    q.order = order;
    switch (column) {
    case StageColumn:
        q.sort = PeopleQuery::Sort::Stage;
        break;
    case LastContactColumn:
        q.sort = PeopleQuery::Sort::LastContact;
        break;
    default:
        q.sort = PeopleQuery::Sort::Name;
        break;
    }
    if (q == m_query)
        return;
    // Same rows in a new order: a layout change keeps the selection on the same people.
    relayout(q, QAbstractItemModel::VerticalSortHint);
}

void PeopleModel::relayout(const PeopleQuery& query, QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex& i : before)
        ids.append(idAt(i.row()));
    m_query = query;
    m_pages.clear();
    m_pageOrder.clear();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = ids.at(i).isEmpty() ? -1 : m_repository.rowOf(m_query, ids.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

void PeopleModel::setQuery(const PeopleQuery& query)
{
    if (query == m_query)
        return;
    beginResetModel();
    m_query = query;
    m_pages.clear();
    m_pageOrder.clear();
    m_count = m_repository.count(m_query);
    endResetModel();
}

void PeopleModel::setSearch(const QString& text)
{
    PeopleQuery q = m_query;
    q.search = text;
    setQuery(q);
}

QString PeopleModel::idAt(int row) const
{
    const PersonRow* r = rowAt(row);
    return r ? r->id : QString();
}

int PeopleModel::rowOf(const QString& id) const
{
    return m_repository.rowOf(m_query, id);
}

void PeopleModel::refresh()
{
    const int count = m_repository.count(m_query);
    if (count != m_count) {
        beginResetModel();
        m_pages.clear();
        m_pageOrder.clear();
        m_count = count;
        endResetModel();
        return;
    }
    // Same number of rows: an edit may still move a person, so remap by id.
    relayout(m_query, QAbstractItemModel::NoLayoutChangeHint);
}

} // namespace alongside
