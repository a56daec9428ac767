#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace alongside {

class PeopleRepository;

// Ctrl+N: the names of someone new; the rest is filled in on the About tab.
class NewPersonDialog : public QDialog
{
    Q_OBJECT

public:
    // people is borrowed and must outlive the dialog.
    NewPersonDialog(PeopleRepository& people, const QString& coordinatorId, QWidget* parent = nullptr);

    QString createdId() const { return m_createdId; }
    void accept() override;

private:
    PeopleRepository& m_people;
    QString m_coordinatorId;
    QLineEdit* m_given;
    QLineEdit* m_family;
    QLabel* m_error;
    QString m_createdId;
};

} // namespace alongside
