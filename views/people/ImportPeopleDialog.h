// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/CsvTable.h"
#include "exchange/PeopleImport.h"
#include "exchange/PeopleMapping.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace alongside {

class Caseload;
class ImportRowsModel;

// File ▸ Import people…: a spreadsheet saved as CSV, in two steps. Columns: which
// column goes into which field, guessed from the headers, with the first rows beside
// each. Rows: every row as it will be read, its problems by column, who it may already
// be, and what will happen to it (add, fill in the person already here, or skip),
// chosen for several rows at once. Import writes it all as one step on `stack`.
class ImportPeopleDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPeopleDialog(Caseload& caseload, QUndoStack& stack, QWidget* parent = nullptr);
    ~ImportPeopleDialog() override;

    // Reads a file (the dialog asks for one when shown without). False, with the reason
    // on screen, when it cannot be read.
    bool openFile(const QString& path);
    // What the import did, for the status bar; empty until it has run.
    QString outcome() const { return m_outcome; }

private:
    void fillColumns();
    void mappingChanged();
    void showRows();
    void choose(PeopleImport::Choice choice);
    void updateSummary();
    void import();
    void saveMapping();
    void loadMapping();
    void chooseFile();

    Caseload& m_caseload;
    QUndoStack& m_stack;
    QString m_path;
    CsvTable m_table;
    PeopleMapping m_mapping;
    std::unique_ptr<PeopleImport> m_import;
    std::unique_ptr<ImportRowsModel> m_rowsModel;
    QPushButton* m_pick;
    QLabel* m_file;
    QLabel* m_problem;
    QStackedWidget* m_pages;
    QTableWidget* m_columns;
    QTableView* m_rows;
    QLabel* m_summary;
    QPushButton* m_back;
    QPushButton* m_next;
    QString m_outcome;
};

} // namespace alongside
