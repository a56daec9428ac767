// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace alongside {

class Caseload;
class PeopleModel;

// The people list with its search box and filters.
class PeoplePane : public QWidget
{
    Q_OBJECT

public:
    // caseload is borrowed and must outlive the pane.
    explicit PeoplePane(Caseload& caseload, QWidget* parent = nullptr);

    QString currentPersonId() const;
    void selectPerson(const QString& id);
    void focusSearch();
    PeopleModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Typing pauses this long before the list is searched again.
    static constexpr int searchDelayMs = 150;

Q_SIGNALS:
    void currentPersonChanged(const QString& id);
    // Return (or a double click) on a person: go to their page.
    void personOpened(const QString& id);

private:
    void applyFilters();
    void fillCoordinators();
    void updateCount();
    void onCurrentChanged();
    void chooseFirstWhenSettled();

    Caseload& m_caseload;
    PeopleModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_stage;
    QComboBox* m_level;
    QComboBox* m_coordinator;
    QComboBox* m_archived;
    QLabel* m_count;
    QTableView* m_view;
    QTimer m_searchTimer;
    QString m_currentId;
    QString m_pendingId;       // asked to select before the list had answered
    bool m_chooseFirst = false; // Return in the search box, before it had answered
};

} // namespace alongside
