// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/ImportPeopleDialog.h"

#include "Caseload.h"
#include "edits/Editor.h"
#include "edits/ImportPeople.h"
#include "items/ImportRowsModel.h"
#include "shared/FileDialogs.h"
#include "shared/FormProblem.h"
#include "shared/ScreenReader.h"
#include "shared/ScreenRoom.h"
#include "shared/UndoScopes.h"
#include "shared/WithProgress.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
enum Page { ColumnsPage, RowsPage };
constexpr int exampleRows = 3;
} // namespace

ImportPeopleDialog::ImportPeopleDialog(Caseload& caseload, QUndoStack& stack, QWidget* parent)
    : QDialog(parent)
    , m_caseload(caseload)
    , m_stack(stack)
    , m_file(new QLabel(this))
    , m_problem(makeProblemLabel(this, "problem"))
    , m_pages(new QStackedWidget(this))
    , m_columns(new QTableWidget(this))
    , m_rows(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import people from a spreadsheet"));
    m_file->setObjectName(u"file"_s);
    m_file->setWordWrap(true);
    m_pick = new QPushButton(tr("&Choose file…"), this);
    m_pick->setObjectName(u"chooseFile"_s);
    connect(m_pick, &QPushButton::clicked, this, &ImportPeopleDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_pick);

    // Step one: where each column goes.
    auto* columnsPage = new QWidget(this);
    auto* columnsIntro = new QLabel(tr("Say which field each column of the spreadsheet goes into. Columns left as "
                                       "“Not imported” are ignored."), columnsPage);
    columnsIntro->setWordWrap(true);
    m_columns->setObjectName(u"columns"_s);
    m_columns->setAccessibleName(tr("Columns of the spreadsheet"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({ tr("Column"), tr("Goes into"), tr("First rows") });
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setFocusPolicy(Qt::NoFocus); // the keyboard goes to each column's choice
    auto* save = new QPushButton(tr("&Save these choices…"), columnsPage);
    save->setObjectName(u"saveMapping"_s);
    auto* load = new QPushButton(tr("&Use saved choices…"), columnsPage);
    load->setObjectName(u"loadMapping"_s);
    connect(save, &QPushButton::clicked, this, &ImportPeopleDialog::saveMapping);
    connect(load, &QPushButton::clicked, this, &ImportPeopleDialog::loadMapping);
    auto* mappingButtons = new QHBoxLayout;
    mappingButtons->addWidget(save);
    mappingButtons->addWidget(load);
    mappingButtons->addStretch();
    auto* columnsLayout = new QVBoxLayout(columnsPage);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(columnsIntro);
    columnsLayout->addWidget(m_columns, 1);
    columnsLayout->addLayout(mappingButtons);

    // Step two: every row, and what will happen to it.
    auto* rowsPage = new QWidget(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_rows->setObjectName(u"rows"_s);
    m_rows->setAccessibleName(tr("Rows of the spreadsheet"));
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rows->verticalHeader()->hide();
    m_rows->setWordWrap(false);
    auto* add = new QPushButton(tr("&Add"), rowsPage);
    add->setObjectName(u"chooseAdd"_s);
    add->setToolTip(tr("Add the chosen rows as new people"));
    auto* fill = new QPushButton(tr("&Fill in the person here"), rowsPage);
    fill->setObjectName(u"chooseFill"_s);
    fill->setToolTip(tr("Fill the blank fields of the person already here from the chosen rows"));
    auto* skip = new QPushButton(tr("S&kip"), rowsPage);
    skip->setObjectName(u"chooseSkip"_s);
    skip->setToolTip(tr("Leave the chosen rows out"));
    connect(add, &QPushButton::clicked, this, [this] { choose(PeopleImport::Choice::Add); });
    connect(fill, &QPushButton::clicked, this, [this] { choose(PeopleImport::Choice::Fill); });
    connect(skip, &QPushButton::clicked, this, [this] { choose(PeopleImport::Choice::Skip); });
    auto* choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("For the chosen rows:"), rowsPage));
    choices->addWidget(add);
    choices->addWidget(fill);
    choices->addWidget(skip);
    choices->addStretch();
    auto* rowsLayout = new QVBoxLayout(rowsPage);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(m_summary);
    rowsLayout->addWidget(m_rows, 1);
    rowsLayout->addLayout(choices);

    m_pages->addWidget(columnsPage);
    m_pages->addWidget(rowsPage);

    // Back, then Next (Import on the rows), then Cancel, in reading order.
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(u"back"_s);
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(u"next"_s);
    m_next->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(u"cancel"_s);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(cancel);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(ColumnsPage);
        m_back->setEnabled(false);
        m_next->setText(tr("&Next"));
        showProblem(m_problem, {});
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_pages->currentIndex() == ColumnsPage)
            showRows();
        else
            import();
    });
    m_back->setEnabled(false);
    m_next->setEnabled(false);

    // Reading order: the file, the step's own controls, then Back, Next and Cancel.
    QWidget* const order[] { m_pick, save, load, m_rows, add, fill, skip, m_back, m_next, cancel };
    for (size_t i = 1; i < std::size(order); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    resizeWithinScreen(this, QSize(900, 560));
}

ImportPeopleDialog::~ImportPeopleDialog() = default;

void ImportPeopleDialog::chooseFile()
{
    const QString path = FileDialogs::openFile(this, tr("Import people"), m_path.isEmpty() ? QDir::homePath() : m_path,
                                               tr("Spreadsheets saved as CSV (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportPeopleDialog::openFile(const QString& path)
{
    m_path = path;
    m_pages->setCurrentIndex(ColumnsPage);
    m_back->setEnabled(false);
    m_next->setText(tr("&Next"));
    if (!m_table.read(path)) {
        m_file->setText(QFileInfo(path).fileName());
        showProblem(m_problem, m_table.error());
        m_columns->setRowCount(0);
        m_next->setEnabled(false);
        return false;
    }
    const QString separator = m_table.separator() == u';' ? tr("semicolons")
        : m_table.separator() == u'\t'                   ? tr("tabs")
                                                          : tr("commas");
    m_file->setText(tr("%1: %n row(s), %2, separated by %3", nullptr, int(m_table.rows().size()))
                        .arg(QFileInfo(path).fileName(), m_table.encoding(), separator));
    m_mapping = PeopleMapping::guessed(m_table.header());
    fillColumns();
    m_next->setEnabled(true);
    mappingChanged();
    if (QWidget* first = m_columns->cellWidget(0, 1))
        first->setFocus(); // the coordinator starts with the first column's choice
    return true;
}

void ImportPeopleDialog::fillColumns()
{
    const QStringList header = m_table.header();
    // Old rows' widgets go with the rows; the hidden labels naming their choices too.
    for (QLabel* label : m_columns->viewport()->findChildren<QLabel*>(Qt::FindDirectChildrenOnly))
        delete label;
    m_columns->setRowCount(0);
    m_columns->setRowCount(int(header.size()));
    // Tab goes from the file to each column's choice in turn, then on to the buttons.
    QWidget* previous = m_pick;
    for (int c = 0; c < header.size(); ++c) {
        m_columns->setItem(c, 0, new QTableWidgetItem(header.at(c)));
        auto* combo = new QComboBox(m_columns);
        combo->setObjectName(u"field%1"_s.arg(c));
        combo->addItem(tr("Not imported"), QString());
        for (const QString& field : PeopleMapping::fields())
            combo->addItem(PeopleMapping::fieldLabel(field), field);
        combo->setCurrentIndex(std::max(0, combo->findData(m_mapping.fieldOf(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
            m_mapping.setField(c, combo->currentData().toString());
            mappingChanged();
        });
        m_columns->setCellWidget(c, 1, combo);
        nameForScreenReaders(combo, tr("Where “%1” goes").arg(header.at(c))); // its label beside it, in the table
        QWidget::setTabOrder(previous, combo);
        previous = combo;
        QStringList examples;
        for (int r = 0; r < exampleRows && r < m_table.rows().size(); ++r)
            examples.append(m_table.rows().at(r).value(c).simplified());
        m_columns->setItem(c, 2, new QTableWidgetItem(examples.join(u"  ·  "_s)));
    }
    QWidget::setTabOrder(previous, findChild<QPushButton*>(u"saveMapping"_s));
    m_columns->resizeColumnsToContents();
    m_columns->horizontalHeader()->setStretchLastSection(true);
}

void ImportPeopleDialog::mappingChanged()
{
    const QString problem = m_mapping.problem(m_table.header());
    showProblem(m_problem, problem);
    m_next->setEnabled(problem.isEmpty());
}

void ImportPeopleDialog::showRows()
{
    m_import = std::make_unique<PeopleImport>(m_caseload.database(), m_caseload.site().site().coordinatorId);
    // Comparing thousands of rows with a large caseload takes seconds: say so.
    const bool prepared = withProgress(this, tr("Checking the rows and looking for people already here…"),
                                       windowTitle(), [this](const ProgressCallback& progress) {
                                           return m_import->prepare(m_table, m_mapping, progress);
                                       });
    if (!prepared) {
        showProblem(m_problem, m_import->error());
        return;
    }
    m_rowsModel = std::make_unique<ImportRowsModel>(*m_import);
    m_rows->setModel(m_rowsModel.get());
    m_rows->resizeColumnsToContents();
    m_rows->horizontalHeader()->setSectionResizeMode(ImportRowsModel::FoundColumn, QHeaderView::Stretch);
    m_pages->setCurrentIndex(RowsPage);
    m_back->setEnabled(true);
    m_next->setText(tr("&Import"));
    showProblem(m_problem, {});
    updateSummary();
    m_rows->setFocus();
    if (m_rowsModel->rowCount() > 0)
        m_rows->selectRow(0);
}

void ImportPeopleDialog::choose(PeopleImport::Choice choice)
{
    QList<int> rows;
    for (const QModelIndex& index : m_rows->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty()) {
        showProblem(m_problem, tr("Choose one or more rows first."));
        return;
    }
    showProblem(m_problem, m_rowsModel->choose(rows, choice) ? QString() : m_rowsModel->error());
    updateSummary();
}

void ImportPeopleDialog::updateSummary()
{
    const int problems = int(std::count_if(m_import->rows().cbegin(), m_import->rows().cend(),
                                           [](const PeopleImport::Row& r) { return !r.problems.isEmpty(); }));
    const int matches = int(std::count_if(m_import->rows().cbegin(), m_import->rows().cend(),
                                          [](const PeopleImport::Row& r) { return !r.matches.isEmpty(); }));
    m_summary->setText(tr("%n to add", nullptr, m_import->count(PeopleImport::Choice::Add)) + u" · "_s
                       + tr("%n to fill in", nullptr, m_import->count(PeopleImport::Choice::Fill)) + u" · "_s
                       + tr("%n to skip", nullptr, m_import->count(PeopleImport::Choice::Skip)) + u"\n"_s
                       + tr("%n row(s) with problems to put right in the file", nullptr, problems) + u" · "_s
                       + tr("%n row(s) that may be someone already here", nullptr, matches));
    m_next->setEnabled(m_import->count(PeopleImport::Choice::Add) + m_import->count(PeopleImport::Choice::Fill) > 0);
}

void ImportPeopleDialog::import()
{
    const int added = m_import->count(PeopleImport::Choice::Add);
    const int filled = m_import->count(PeopleImport::Choice::Fill);
    auto command = m_import->command(m_caseload.editor(), QFileInfo(m_path).fileName());
    if (!command) {
        showProblem(m_problem, tr("Nothing to import: every row is skipped or has nothing new."));
        return;
    }
    // The main window's EditProgress shows how far the writing has gone.
    if (!UndoScopes::push(m_caseload.editor(), m_stack, std::move(command), this, windowTitle()))
        return;
    m_caseload.audit().record(AuditLog::Action::ImportedPeople, {}, u"%1 added, %2 filled in"_s.arg(added).arg(filled));
    m_outcome = tr("Imported %n people", nullptr, added) + u"; "_s + tr("filled in %n", nullptr, filled) + u". "_s
        + tr("Undo (Ctrl+Z) takes the import back.");
    accept();
}

void ImportPeopleDialog::saveMapping()
{
    const QString path = FileDialogs::saveFile(this, tr("Save the column choices"), QDir::homePath(),
                                               tr("Column choices (*.json)"));
    if (!path.isEmpty() && !m_mapping.save(path, m_table.header()))
        showProblem(m_problem, m_mapping.error());
}

void ImportPeopleDialog::loadMapping()
{
    const QString path = FileDialogs::openFile(this, tr("Use saved column choices"), QDir::homePath(),
                                               tr("Column choices (*.json)"));
    if (path.isEmpty())
        return;
    PeopleMapping loaded;
    if (!loaded.load(path, m_table.header())) {
        showProblem(m_problem, loaded.error());
        return;
    }
    m_mapping = loaded;
    fillColumns();
    mappingChanged();
}

} // namespace alongside
