// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace alongside {

class Caseload;
class RetentionModel;

// Retention: how long the team keeps records after a person is archived (a team setting
// that reaches every laptop), the people archived for longer than that, and erasing them,
// one, some or all, after the coordinator types a confirmation. Nothing is erased
// without it, and the erasure is the ordinary one that reaches every laptop.
class RetentionPane : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionPane(Caseload& caseload, QWidget* parent = nullptr);

    RetentionModel* model() const { return m_model; }
    void eraseChosen();
    void eraseAll();

Q_SIGNALS:
    void openPerson(const QString& id);
    void done(const QString& sentence);

private:
    void erase(const QStringList& ids, const QStringList& names);
    void keepFor(int years);
    void showYears();
    void update();

    Caseload& m_caseload;
    RetentionModel* m_model;
    QSpinBox* m_years;
    QLabel* m_summary;
    QTableView* m_view;
    QPushButton* m_open;
    QPushButton* m_eraseChosen;
    QPushButton* m_eraseAll;
};

} // namespace alongside
