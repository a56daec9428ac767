// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QLabel;
class QListView;
class QPushButton;

namespace alongside {

class Caseload;
class ConsentModel;
class UndoScopes;

// The person's consent on their About tab: what holds now for each purpose (flagged when
// there is no consent to keep records), the history of every decision, and buttons to
// record a new decision or a withdrawal, each undoable on the person's page.
class ConsentBox : public QGroupBox
{
    Q_OBJECT

public:
    ConsentBox(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);

    void setPerson(const QString& id);

    void record();
    void withdraw();

private:
    void update();
    QDate today() const;

    Caseload& m_caseload;
    UndoScopes& m_undo;
    QString m_personId;
    ConsentModel* m_model;
    QLabel* m_summary;
    QListView* m_history;
    QPushButton* m_record;
    QPushButton* m_withdraw;
};

} // namespace alongside
