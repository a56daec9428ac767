// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace alongside {

class Caseload;
class ConnectionsModel;

// One directory entry: everything known about it, and the people connected to it,
// what stage each connection has reached and what each person gives.
class ResourcePane : public QWidget
{
    Q_OBJECT

public:
    explicit ResourcePane(Caseload& caseload, QWidget* parent = nullptr);

    void setResource(const QString& id);
    QString resourceId() const { return m_id; }
    ConnectionsModel* people() const { return m_people; }

Q_SIGNALS:
    void editRequested();
    void archiveRequested(bool archive);
    void openPerson(const QString& id);

private:
    void refresh();

    Caseload& m_caseload;
    QString m_id;
    QLabel* m_title;
    QLabel* m_details;
    QPushButton* m_edit;
    QPushButton* m_archive;
    ConnectionsModel* m_people;
    QTableView* m_view;
    QLabel* m_peopleTitle;
};

} // namespace alongside
