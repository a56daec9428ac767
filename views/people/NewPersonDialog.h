// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Person.h"
#include "repositories/DuplicateFinder.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace alongside {

class PeopleRepository;

// Ctrl+N: the names of someone new (with their date of birth, postcode and phone if
// known); the rest is filled in on the About tab. Before adding, it shows who they may
// already be, likely ones first: open one of them instead, or add anyway.
class NewPersonDialog : public QDialog
{
    Q_OBJECT

public:
    // people is borrowed and must outlive the dialog.
    NewPersonDialog(PeopleRepository& people, const QString& coordinatorId, QWidget* parent = nullptr);

    QString createdId() const { return m_createdId; }
    // The person already here that the coordinator chose to open instead, if any.
    QString openedId() const { return m_openedId; }
    void accept() override;

private:
    Person person(QString* problem) const;
    void showMatches(const QList<DuplicateFinder::Match>& matches);
    void openChosen();

    PeopleRepository& m_people;
    QString m_coordinatorId;
    QLineEdit* m_given;
    QLineEdit* m_family;
    QLineEdit* m_birth;
    QLineEdit* m_postcode;
    QLineEdit* m_phone;
    QLabel* m_error;
    QLabel* m_matchesTitle;
    QListWidget* m_matches;
    QPushButton* m_add = nullptr;
    QPushButton* m_open = nullptr;
    QString m_createdId;
    QString m_openedId;
    bool m_warned = false;
};

} // namespace alongside
