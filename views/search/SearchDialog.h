// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace alongside {

class Caseload;
class SearchModel;

// Search everything (Ctrl+Shift+F): what was written about anyone in notes, goals,
// steps, profiles, circles of support and connections, grouped by person. Choosing a
// result opens the person at the tab where it was found.
class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    // caseload is borrowed and must outlive the dialog.
    explicit SearchDialog(Caseload& caseload, QWidget* parent = nullptr);

    SearchModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    QTreeView* results() const { return m_results; }
    // Runs the search for what is typed now, without waiting for the pause in typing.
    void searchNow();

Q_SIGNALS:
    // kind is what was found (note, goal, step, profile_item, supporter, connection).
    void openPerson(const QString& personId, const QString& kind);

private:
    void open(const QModelIndex& index);

    SearchModel* m_model;
    QLineEdit* m_search;
    QTreeView* m_results;
    QLabel* m_summary;
    QTimer* m_pause;
};

} // namespace alongside
