#pragma once

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace alongside {

// Adds or edits a goal (title, why it matters, status, target date) or a step (what,
// who, by when), checking dates as coordinators type them.
class GoalDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Goal, Step };
    GoalDialog(Kind kind, const QVariantMap& fields, QWidget* parent = nullptr);

    // Column values, dates in ISO form; valid after accept().
    QVariantMap fields() const { return m_fields; }
    void accept() override;

private:
    Kind m_kind;
    QLineEdit* m_text;
    QPlainTextEdit* m_why = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_who = nullptr;
    QLineEdit* m_date;
    QLabel* m_problem;
    QVariantMap m_fields;
};

} // namespace alongside
