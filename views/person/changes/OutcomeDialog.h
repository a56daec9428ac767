// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/OutcomeRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace alongside {

// One outcome story: what changed (in the person's words where possible), what would
// likely have happened without, the kinds of change, when, and the goals and
// connections it came from.
class OutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    OutcomeDialog(const OutcomeRepository::Story& story, const QList<OutcomeRepository::Relatable>& relatable, QDate today,
                  QWidget* parent = nullptr);

    OutcomeRepository::Story story() const { return m_story; }
    // Shows a reason the story was not saved, as the repository gave it.
    void showProblem(const QString& problem);

    void accept() override;

private:
    OutcomeRepository::Story m_story;
    QLineEdit* m_date;
    QList<QCheckBox*> m_categories;
    QPlainTextEdit* m_text;
    QComboBox* m_without;
    QListWidget* m_related;
    QLabel* m_problem;
};

} // namespace alongside
