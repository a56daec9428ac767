// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/DirectoryPage.h"
#include "shared/EmptyState.h"
#include "shared/Remembered.h"
#include "shared/ScreenReader.h"

#include "Caseload.h"
#include "shared/UndoScopes.h"
#include "edits/EditCommand.h"
#include "shared/ListViews.h"
#include "directory/OpenReferralButton.h"
#include "directory/ResourceDialog.h"
#include "directory/ResourcePane.h"
#include "items/ResourcesModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace alongside {

DirectoryPage::DirectoryPage(Caseload& caseload, UndoScopes& undo, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_undoStack(&undo.page(u"directory"_s))
    , m_model(new ResourcesModel(caseload.resources(), caseload.connections(), caseload.notifier(), this, false))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_ward(new QComboBox(this))
    , m_archived(new QCheckBox(tr("Show archi&ved"), this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_pane(new ResourcePane(caseload, this))
{
    setObjectName(u"directoryPage"_s);
    m_search->setObjectName(u"directorySearch"_s);
    m_search->setPlaceholderText(tr("Search the directory: what, when, where or who"));
    enableNamedClearButton(m_search);
    m_search->setAccessibleName(tr("Search the directory"));
    m_kind->setObjectName(u"directoryKind"_s);
    nameForScreenReaders(m_kind, tr("Kind"), tr("Show only resources of this kind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& key : ResourceRepository::kinds())
        m_kind->addItem(ResourceRepository::kindLabel(key), key);
    m_ward->setObjectName(u"directoryWard"_s);
    nameForScreenReaders(m_ward, tr("Ward"), tr("Show only resources in this ward"));
    m_archived->setObjectName(u"directoryArchived"_s);
    m_summary->setObjectName(u"directorySummary"_s);
    auto* add = new QPushButton(tr("&New resource…"), this);
    add->setObjectName(u"newResource"_s);
    m_view->setObjectName(u"directoryView"_s);
    setUpRowTable(m_view, m_model);
    new EmptyState(m_view, [this] {
        const ResourceRepository::Filter f = m_model->filter();
        if (!f.text.trimmed().isEmpty() || !f.kind.isEmpty() || !f.ward.isEmpty())
            return tr("Nothing in the directory matches. Try fewer words, or all kinds and wards.");
        return tr("The directory is empty. Add the groups, places and services people can connect with: "
                  "New resource (Alt+N).");
    });
    m_view->horizontalHeader()->setSectionResizeMode(ResourcesModel::NameColumn, QHeaderView::Stretch);
    // Kind and ward take a set width (a long kind such as Shared Lives is elided, and can
    // be widened by dragging) so the name keeps its room on a small screen.
    const int letter = m_view->fontMetrics().averageCharWidth();
    m_view->horizontalHeader()->setSectionResizeMode(ResourcesModel::KindColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(ResourcesModel::WardColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(ResourcesModel::KindColumn, letter * 16);
    m_view->horizontalHeader()->resizeSection(ResourcesModel::WardColumn, letter * 13);
    m_view->horizontalHeader()->setSectionResizeMode(ResourcesModel::WhenColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ResourcesModel::PeopleColumn, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Community directory"));

    // The combos give up width before the buttons do, so the row fits a small screen at
    // 150 % in Welsh; their lists still open as wide as their longest item.
    for (QComboBox* combo : { m_kind, m_ward }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(u'M') * 8);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_ward, 1);
    filters->addWidget(m_archived);
    filters->addWidget(add);
    filters->addWidget(new OpenReferralButton(caseload, *m_undoStack, this));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_summary);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_pane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    rememberSizes(split, u"directory"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, &DirectoryPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DirectoryPage::applyFilter);
    connect(m_ward, &QComboBox::currentIndexChanged, this, &DirectoryPage::applyFilter);
    connect(m_archived, &QCheckBox::toggled, this, &DirectoryPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &DirectoryPage::newResource);
    // Return or a double click opens the resource chosen.
    connect(m_view, &QTableView::activated, this, &DirectoryPage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_pane->setResource(current.data(ResourcesModel::IdRole).toString()); });
    // A reload (an edit, an import) keeps the chosen resource chosen when it is still listed.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = m_pane->resourceId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the chosen resource; when the filter hides it, show the first that matches.
        const int row = m_model->rowOf(m_keep);
        if (row >= 0 || m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(std::max(row, 0), 0));
        else
            m_pane->setResource({});
        updateSummary();
    });
    connect(&caseload.notifier(), &ChangeNotifier::resourcesChanged, this, &DirectoryPage::refreshWards);
    connect(&caseload.notifier(), &ChangeNotifier::peopleReset, this, &DirectoryPage::refreshWards);
    connect(m_pane, &ResourcePane::editRequested, this, &DirectoryPage::editCurrent);
    connect(m_pane, &ResourcePane::archiveRequested, this, &DirectoryPage::setCurrentArchived);
    connect(m_pane, &ResourcePane::openPerson, this, &DirectoryPage::openPerson);
    refreshWards();
    updateSummary();
}

void DirectoryPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void DirectoryPage::refreshWards()
{
    const QString chosen = m_ward->currentData().toString();
    const QSignalBlocker blocker(m_ward);
    m_ward->clear();
    m_ward->addItem(tr("All wards"), QString());
    for (const QString& ward : m_caseload.resources().wards())
        m_ward->addItem(ward, ward);
    m_ward->setCurrentIndex(std::max(0, m_ward->findData(chosen)));
}

void DirectoryPage::applyFilter()
{
    m_model->setFilter({ m_search->text(), m_kind->currentData().toString(), m_ward->currentData().toString(),
                         m_archived->isChecked() });
}

void DirectoryPage::updateSummary()
{
    const ResourceRepository::Filter f = m_model->filter();
    const bool narrowed = !f.text.trimmed().isEmpty() || !f.kind.isEmpty() || !f.ward.isEmpty();
    if (m_model->rowCount() == 0 && narrowed)
        m_summary->setText(tr("Nothing in the directory matches. Try fewer words, or all kinds and wards."));
    else
        m_summary->setText(tr("%n resource(s)", nullptr, m_model->rowCount()));
}

void DirectoryPage::showEvent(QShowEvent* event)
{
    m_model->setLive(true); // read when first shown, and kept current while in view
    QWidget::showEvent(event);
}

void DirectoryPage::hideEvent(QHideEvent* event)
{
    m_model->setLive(false);
    QWidget::hideEvent(event);
}

void DirectoryPage::showResource(const QString& id)
{
    m_model->ensureCurrent();
    int row = m_model->rowOf(id);
    if (row < 0) { // hidden by the filter: clear it so the resource can be shown
        const QSignalBlocker a(m_search), b(m_kind), c(m_ward), d(m_archived);
        m_search->clear();
        m_kind->setCurrentIndex(0);
        m_ward->setCurrentIndex(0);
        const auto r = m_caseload.resources().find(id);
        m_archived->setChecked(r && r->isArchived());
        applyFilter();
        row = m_model->rowOf(id);
    }
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void DirectoryPage::newResource()
{
    ResourceRepository::Resource fresh;
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        fresh.kind = kind;
    fresh.ward = m_ward->currentData().toString();
    ResourceDialog dialog(fresh, m_caseload.resources().wards(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = m_caseload.resources().adding(dialog.resource());
    const QString id = command ? command->rowId() : QString();
    if (push(std::move(command)))
        showResource(id);
}

void DirectoryPage::editCurrent()
{
    const auto before = m_caseload.resources().find(m_pane->resourceId());
    if (!before)
        return;
    ResourceDialog dialog(*before, m_caseload.resources().wards(), this);
    if (dialog.exec() == QDialog::Accepted)
        push(m_caseload.resources().editing(*before, dialog.resource()));
}

void DirectoryPage::setCurrentArchived(bool archive)
{
    const auto r = m_caseload.resources().find(m_pane->resourceId());
    if (!r)
        return;
    const QString on = archive ? m_caseload.clock().now().toLocalTime().date().toString(Qt::ISODate) : QString();
    push(m_caseload.resources().archiving(*r, on));
}

bool DirectoryPage::push(std::unique_ptr<EditCommand> command)
{
    return UndoScopes::push(m_caseload.editor(), *m_undoStack, std::move(command), this, tr("Community directory"));
}

} // namespace alongside
