// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace alongside {

class Caseload;
class ConflictRepository;
class ConflictsModel;

// The conflicts list: both values, yours first ("Yours" and "Anna's"), who wrote each,
// on which laptop and when, and the two choices that settle one ("Keep yours", "Keep
// Anna's").
class ConflictsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsPane(Caseload& caseload, QWidget* parent = nullptr);
    ~ConflictsPane() override;

    ConflictsModel* model() const { return m_model; }
    void reload();

Q_SIGNALS:
    void countChanged(int count);

private:
    void showCurrent();
    void keep(bool first);
    void settle(bool keepOther);

    std::unique_ptr<ConflictRepository> m_repository;
    ConflictsModel* m_model;
    QTableView* m_view;
    QLabel* m_detail;
    QPushButton* m_keepFirst;  // "Keep yours"
    QPushButton* m_keepSecond; // "Keep Anna's"
};

} // namespace alongside
