// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QAbstractItemView;
class QListView;
class QTableView;

namespace alongside {

class Caseload;
class EditCommand;
class OutcomesModel;
class UndoScopes;
class WellbeingChart;
class WellbeingModel;

// What changed for the person: their wellbeing over time (the ONS questions, charted)
// and their outcome stories. Every change is one step on the person's undo stack.
class ChangesTab : public QWidget
{
    Q_OBJECT

public:
    ChangesTab(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);

    void setPerson(const QString& id);
    WellbeingModel* wellbeingModel() const { return m_wellbeing; }
    OutcomesModel* outcomesModel() const { return m_outcomes; }
    WellbeingChart* chart() const { return m_chart; }

    void askWellbeing();
    void editWellbeing();
    void removeWellbeing();
    void addStory();
    void editStory();
    void removeStory();

private:
    bool push(std::unique_ptr<EditCommand> command);
    void showNew(QAbstractItemView* view, int idRole, const QString& id);
    QDate today() const;

    Caseload& m_caseload;
    UndoScopes& m_undo;
    QString m_personId;
    WellbeingModel* m_wellbeing;
    OutcomesModel* m_outcomes;
    WellbeingChart* m_chart;
    QTableView* m_measures;
    QListView* m_stories;
};

} // namespace alongside
