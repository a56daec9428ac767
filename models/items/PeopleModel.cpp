// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleModel.h"

#include "dates/DateText.h"
#include "domain/Clock.h"
#include "domain/Vocabulary.h"
#include "repositories/NotesRepository.h"
#include "repositories/PeopleList.h"
#include "items/PeopleFeed.h"
#include "repositories/PeopleRepository.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"

#include <QFont>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace alongside {

PeopleModel::PeopleModel(PeopleRepository& repository, ChangeNotifier& notifier, const Clock& clock,
                         QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_clock(clock)
    , m_feed(new PeopleFeed(repository.database(), pageSize, this))
{
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(0); // every row a paint asked for, read together
    connect(&m_fetchTimer, &QTimer::timeout, this, &PeopleModel::fetchWanted);
    connect(m_feed, &PeopleFeed::selected, this, &PeopleModel::onSelected);
    connect(m_feed, &PeopleFeed::fetched, this, &PeopleModel::onFetched);
    connect(&notifier, &ChangeNotifier::personAdded, this, [this] { ask(Answer::Relayout); });
    connect(&notifier, &ChangeNotifier::personChanged, this, &PeopleModel::personChanged);
    connect(&notifier, &ChangeNotifier::personRemoved, this, &PeopleModel::personChanged);
    connect(&notifier, &ChangeNotifier::peopleReset, this, &PeopleModel::everyoneChanged);
    connect(&notifier, &ChangeNotifier::notesChanged, this, &PeopleModel::personChanged); // last contact
    connect(&notifier, &ChangeNotifier::consentChanged, this, &PeopleModel::personChanged); // the consent flag
    ask(Answer::Reset);
}

PeopleModel::~PeopleModel() = default;

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PersonRow* PeopleModel::rowAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return nullptr;
    const qint64 key = m_keys.at(row);
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd() || m_stale.contains(key)) {
        // Never read here while painting: the block is asked for, and fills in when it
        // arrives (a changed row keeps showing what it was until then).
        m_wantedBlocks.insert(row / pageSize);
        if (!m_fetchTimer.isActive())
            m_fetchTimer.start();
    }
    return it == m_rows.constEnd() ? nullptr : &*it;
}

void PeopleModel::fetchWanted()
{
    QList<qint64> keys;
    for (const int block : std::as_const(m_wantedBlocks)) {
        const int end = std::min<int>(int(m_keys.size()), (block + 1) * pageSize);
        for (int row = block * pageSize; row < end; ++row) {
            const qint64 key = m_keys.at(row);
            if ((!m_rows.contains(key) || m_stale.contains(key)) && !m_inFlight.contains(key))
                keys.append(key);
        }
    }
    m_wantedBlocks.clear();
    for (const qint64 key : std::as_const(keys))
        m_inFlight.insert(key);
    if (!keys.isEmpty())
        m_feed->fetch(keys);
    checkSettled();
}

void PeopleModel::keep(const QList<PersonRow>& rows)
{
    for (const PersonRow& r : rows) {
        if (!m_rows.contains(r.key))
            m_rowOrder.append(r.key);
        m_rows.insert(r.key, r);
        m_stale.remove(r.key);
    }
    // Keep the cache bounded: the rows read longest ago go first.
    while (m_rows.size() > m_cacheLimit && !m_rowOrder.isEmpty())
        m_rows.remove(m_rowOrder.takeFirst());
}

void PeopleModel::onFetched(const QList<qint64>& asked, const QList<PersonRow>& rows)
{
    for (const qint64 key : asked)
        m_inFlight.remove(key);
    keep(rows);
    int first = INT_MAX;
    int last = -1;
    const QHash<qint64, int>& rowOf = rowOfKey();
    for (const PersonRow& r : rows) {
        if (const auto it = rowOf.constFind(r.key); it != rowOf.constEnd()) {
            first = std::min(first, *it);
            last = std::max(last, *it);
        }
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    checkSettled();
}

void PeopleModel::ask(Answer answer, QAbstractItemModel::LayoutChangeHint hint)
{
    // A new query asked for while an older one is waiting still needs its reset.
    if (!(m_pendingTicket != 0 && m_answer == Answer::Reset)) {
        m_answer = answer;
        m_hint = hint;
    }
    m_pendingTicket = m_feed->select(m_wanted);
    m_wasSettled = false;
}

void PeopleModel::onSelected(int ticket, const QList<qint64>& keys, const QList<PersonRow>& firstRows)
{
    if (ticket != m_pendingTicket)
        return; // superseded
    m_pendingTicket = 0;
    keep(firstRows); // the rows at the top arrive with the order: nothing more to wait for
    if (m_answer == Answer::Reset || keys.size() != m_keys.size()) {
        beginResetModel();
        m_query = m_wanted;
        m_keys = keys;
        m_rowOfKey.clear();
        endResetModel();
    } else if (keys != m_keys) {
        // Same number of people in a new order (a sort, or an edit that moves someone):
        // a layout change keeps the selection on the same people.
        Q_EMIT layoutAboutToBeChanged({}, m_hint);
        const QModelIndexList before = persistentIndexList();
        QList<qint64> beforeKeys;
        for (const QModelIndex& i : before)
            beforeKeys.append(m_keys.value(i.row()));
        m_query = m_wanted;
        m_keys = keys;
        m_rowOfKey.clear();
        const QHash<qint64, int>& rowOf = rowOfKey();
        QModelIndexList after;
        for (int i = 0; i < before.size(); ++i) {
            const int row = rowOf.value(beforeKeys.at(i), -1);
            after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, m_hint);
    } else {
        m_query = m_wanted;
    }
    // Rows shown that changed are read again (they show what they were until then).
    if (!m_stale.isEmpty()) {
        const QHash<qint64, int>& rowOf = rowOfKey();
        for (const qint64 key : std::as_const(m_stale)) {
            if (const int row = rowOf.value(key, -1); row >= 0)
                m_wantedBlocks.insert(row / pageSize);
        }
        m_fetchTimer.start();
    }
    checkSettled();
}

void PeopleModel::personChanged(const QString& id)
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it->id == id) {
            m_stale.insert(it.key());
            break;
        }
    }
    ask(Answer::Relayout);
}

void PeopleModel::everyoneChanged()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        m_stale.insert(it.key());
    ask(Answer::Relayout);
}

const QHash<qint64, int>& PeopleModel::rowOfKey() const
{
    if (m_rowOfKey.isEmpty() && !m_keys.isEmpty()) {
        m_rowOfKey.reserve(m_keys.size());
        for (int row = 0; row < m_keys.size(); ++row)
            m_rowOfKey.insert(m_keys.at(row), row);
    }
    return m_rowOfKey;
}

void PeopleModel::checkSettled()
{
    if (isSettled() && !m_wasSettled) {
        m_wasSettled = true;
        Q_EMIT settled();
    } else if (!isSettled()) {
        m_wasSettled = false;
    }
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
    case KeepsRecordsRole:
        return r->keepsRecords;
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !r->keepsRecords)
            return QIcon::fromTheme(u"dialog-warning"_s, QIcon(u":/icons/no-consent.svg"_s));
        return {};
    case Qt::AccessibleDescriptionRole:
        if (index.column() == NameColumn && !r->keepsRecords)
            return noConsentText();
        return {};
    case Qt::FontRole:
        if (!r->archivedOn.isEmpty()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList tips;
        if (!r->archivedOn.isEmpty())
            tips.append(tr("Archived on %1").arg(DateText::formatIso(r->archivedOn)));
        if (!r->keepsRecords)
            tips.append(noConsentText());
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(u'\n'));
    }
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

QString PeopleModel::noConsentText()
{
    return tr("No consent to keep records is recorded");
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
    PeopleQuery q = m_wanted;
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
    if (q == m_wanted)
        return;
    // Same rows in a new order: a layout change keeps the selection on the same people.
    m_wanted = q;
    ask(Answer::Relayout, QAbstractItemModel::VerticalSortHint);
}

void PeopleModel::setQuery(const PeopleQuery& query)
{
    if (query == m_wanted)
        return;
    m_wanted = query;
    ask(Answer::Reset);
}

void PeopleModel::setSearch(const QString& text)
{
    PeopleQuery q = m_wanted;
    q.search = text;
    setQuery(q);
}

QString PeopleModel::idAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return {};
    // A row not read yet: its id by key from the main connection (one indexed read).
    const auto it = m_rows.constFind(m_keys.at(row));
    return it != m_rows.constEnd() ? it->id : PeopleList(m_repository.database().connection()).idOf(m_keys.at(row));
}

int PeopleModel::rowOf(const QString& id) const
{
    // The person's key from the main connection (one indexed read), then their row in
    // the order held here.
    const qint64 key = PeopleList(m_repository.database().connection()).keyOf(id);
    return key == 0 ? -1 : rowOfKey().value(key, -1);
}

} // namespace alongside
