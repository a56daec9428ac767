// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/PeoplePane.h"
#include "shared/EmptyState.h"
#include "shared/ScreenReader.h"
#include "shared/ListViews.h"

#include "Caseload.h"
#include "domain/Vocabulary.h"
#include "items/PeopleModel.h"
#include "shared/FlowLayout.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

PeoplePane::PeoplePane(Caseload& caseload, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_model(new PeopleModel(caseload.people(), caseload.notifier(), caseload.clock(), this))
    , m_search(new QLineEdit(this))
    , m_stage(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_coordinator(new QComboBox(this))
    , m_archived(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_search->setObjectName(u"peopleSearch"_s);
    m_search->setPlaceholderText(tr("Search people (Ctrl+F)"));
    enableNamedClearButton(m_search);
    m_search->setAccessibleName(tr("Search people"));

    m_stage->setObjectName(u"stageFilter"_s);
    m_stage->addItem(tr("Any stage"), QString());
    for (const QString& key : Vocabulary::stages())
        m_stage->addItem(Vocabulary::stageLabel(key), key);
    m_level->setObjectName(u"levelFilter"_s);
    m_level->addItem(tr("Any level"), 0);
    for (int level : Vocabulary::levels())
        m_level->addItem(Vocabulary::levelLabel(level), level);
    m_coordinator->setObjectName(u"coordinatorFilter"_s);
    fillCoordinators();
    m_archived->setObjectName(u"archivedFilter"_s);
    m_archived->addItem(tr("Current people"), int(PeopleQuery::Archived::Hide));
    m_archived->addItem(tr("Archived people"), int(PeopleQuery::Archived::Only));
    m_archived->addItem(tr("Everyone"), int(PeopleQuery::Archived::Include));

    nameForScreenReaders(m_stage, tr("Stage"), tr("Show only people at this stage"));
    nameForScreenReaders(m_level, tr("Level"), tr("Show only people at this level of support"));
    nameForScreenReaders(m_coordinator, tr("Coordinator"), tr("Show only the people of this coordinator"));
    nameForScreenReaders(m_archived, tr("Current or archived"), tr("Show current people, archived people or everyone"));
    m_view->setObjectName(u"peopleView"_s);
    nameForScreenReaders(m_view, tr("People"), tr("Return opens the person chosen"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PeopleModel::NameColumn, Qt::AscendingOrder);
    // Fixed row heights: the view never measures 50,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(PeopleModel::NameColumn, 220);
    m_view->setColumnWidth(PeopleModel::StageColumn, 120);
    m_view->setColumnWidth(PeopleModel::LevelColumn, 130);
    m_view->setColumnWidth(PeopleModel::LastContactColumn, 110);
    keepHeadingsWhole(m_view->horizontalHeader());
    // Last contact next to the name, so a narrow list still shows who was seen when.
    m_view->horizontalHeader()->moveSection(PeopleModel::LastContactColumn, 1);
    // An empty list says what to do, once the search has answered.
    auto* empty = new EmptyState(m_view, [this] {
        if (!m_model->isSettled())
            return QString();
        const PeopleQuery& q = m_model->query();
        if (!q.search.isEmpty() || !q.stage.isEmpty() || q.level != 0 || !q.coordinatorId.isEmpty()
            || q.archived != PeopleQuery::Archived::Hide)
            return tr("No one matches. Clear the search or the filters to see everyone.");
        return tr("No one here yet. Press Ctrl+N to add the first person, or bring in your team's records on "
                  "the Sync page (Ctrl+2).");
    });
    connect(m_model, &PeopleModel::settled, empty, &EmptyState::refresh);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, &PeoplePane::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilters();
        // The first person found is chosen once the search has answered.
        m_chooseFirst = true;
        chooseFirstWhenSettled();
        m_view->setFocus();
    });
    connect(m_model, &PeopleModel::settled, this, &PeoplePane::chooseFirstWhenSettled);
    for (QComboBox* box : { m_stage, m_level, m_coordinator, m_archived }) {
        connect(box, &QComboBox::currentIndexChanged, this, &PeoplePane::applyFilters);
        // Each as wide as its longest choice; a narrow pane wraps them onto two lines.
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeoplePane::onCurrentChanged);
    connect(m_view, &QTableView::activated, this, [this] {
        if (!m_currentId.isEmpty())
            Q_EMIT personOpened(m_currentId);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        selectPerson(m_pendingId.isEmpty() ? m_currentId : m_pendingId);
    });
    connect(&caseload.notifier(), &ChangeNotifier::siteChanged, this, &PeoplePane::fillCoordinators);
    connect(&caseload.notifier(), &ChangeNotifier::peopleReset, this, &PeoplePane::fillCoordinators);

    auto* filters = new FlowLayout;
    filters->addWidget(m_stage);
    filters->addWidget(m_level);
    filters->addWidget(m_coordinator);
    filters->addWidget(m_archived);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    updateCount();
}

void PeoplePane::fillCoordinators()
{
    const QString current = m_coordinator->currentData().toString();
    const QSignalBlocker block(m_coordinator);
    m_coordinator->clear();
    m_coordinator->addItem(tr("Anyone's"), QString());
    for (const SiteRepository::Coordinator& c : m_caseload.site().coordinators())
        m_coordinator->addItem(tr("%1's").arg(c.name), c.id);
    m_coordinator->setCurrentIndex(std::max(0, m_coordinator->findData(current)));
}

void PeoplePane::applyFilters()
{
    m_searchTimer.stop();
    PeopleQuery q = m_model->query();
    q.search = m_search->text();
    q.stage = m_stage->currentData().toString();
    q.level = m_level->currentData().toInt();
    q.coordinatorId = m_coordinator->currentData().toString();
    q.archived = PeopleQuery::Archived(m_archived->currentData().toInt());
    m_model->setQuery(q);
}

void PeoplePane::chooseFirstWhenSettled()
{
    if (!m_pendingId.isEmpty() && m_model->isSettled())
        selectPerson(m_pendingId);
    if (!m_chooseFirst || !m_model->isSettled())
        return;
    m_chooseFirst = false;
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
}

void PeoplePane::updateCount()
{
    m_count->setText(tr("%n person(s)", nullptr, m_model->rowCount()));
}

QString PeoplePane::currentPersonId() const
{
    return m_currentId;
}

void PeoplePane::selectPerson(const QString& id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    m_pendingId = row < 0 && !m_model->isSettled() ? id : QString();
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, PeopleModel::NameColumn));
    m_view->scrollTo(m_view->currentIndex());
}

void PeoplePane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PeoplePane::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.isValid() ? m_model->idAt(current.row()) : QString();
    if (id.isEmpty() || id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentPersonChanged(id);
}

} // namespace alongside
