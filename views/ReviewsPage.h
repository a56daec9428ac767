#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace alongside {

class Caseload;
class ReviewsModel;

// Reviews due: overdue reviews and those due in the next fortnight, across the whole
// caseload, earliest first; marking one done records it and schedules the next.
class ReviewsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewsPage(Caseload& caseload, QWidget* parent = nullptr);
    ReviewsModel* model() const { return m_model; }
    void markCurrentDone();

Q_SIGNALS:
    void openPerson(const QString& id);

private:
    void updateSummary();

    Caseload& m_caseload;
    ReviewsModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_done;
};

} // namespace alongside
