// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/QuarterlyReturn.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTableView;

namespace alongside {

class Caseload;
class ReturnFeed;
class ReturnModel;

// The quarterly return: pick a quarter and whose figures (the whole team, one
// coordinator's people, one ward), read them beside the quarter before and the same
// quarter a year before, open any figure to the people behind it, choose the stories to
// quote, and save it as a PDF, a spreadsheet or CSV for the commissioner.
class ReturnPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReturnPage(Caseload& caseload, QWidget* parent = nullptr);
    ~ReturnPage() override;

    ReturnModel* model() const { return m_model; }
    // Counts again for the quarter and scope chosen.
    void refresh();
    void setQuarter(const Calendar::Quarter& quarter);
    // The people behind the chosen figure, in a list to open them from.
    void showPeopleBehind();
    bool savePdf(const QString& path, QString* error);
    bool saveXlsx(const QString& path, QString* error);
    bool saveCsv(const QString& folder, QString* error);

Q_SIGNALS:
    void openPerson(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QuarterlyReturn::Scope scope() const;
    QString scopeText() const;
    QList<QuarterlyReturn::Story> chosenStories() const;
    void fillChoices();
    void fillStories();
    void save(int format);
    void setBusy(bool busy);
    void showCounted(int ticket, const QuarterlyReturn::Result& now, const QuarterlyReturn::Result& before,
                     const QuarterlyReturn::Result& yearAgo);

    Caseload& m_caseload;
    QuarterlyReturn m_figures;
    ReturnModel* m_model;
    QComboBox* m_quarter;
    QComboBox* m_who;
    QComboBox* m_ward;
    QTableView* m_view;
    QListWidget* m_stories;
    QCheckBox* m_anonymise;
    QLabel* m_summary;
    QuarterlyReturn::Result m_before;
    QuarterlyReturn::Result m_yearAgo;
    QList<QuarterlyReturn::Story> m_listed; // the stories in the list, as shown
    bool m_stale = true;
    bool m_busy = false;
    ReturnFeed* m_feed;
    int m_ticket = 0;
    QList<QWidget*> m_needFigures; // usable once the figures are counted
};

} // namespace alongside
