// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Person.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

namespace alongside {

// The fields of the About tab, and their translation to and from a Person.
class AboutForm : public QWidget
{
    Q_OBJECT

public:
    explicit AboutForm(QWidget* parent = nullptr);

    void setPerson(const Person& person);
    // The person as the form shows it; dates that cannot be read are listed in problems
    // as (field, message).
    Person person(const Person& base, QList<std::pair<QString, QString>>* problems) const;
    // Everything typed, as text, for the draft table.
    QString snapshot() const;
    void restore(const QString& snapshot);
    // Marks a field as the one with a problem and puts the cursor there.
    void highlight(const QString& field);
    void clearHighlights();
    // Puts a box under the journey details, in the right-hand column.
    void addBeside(QWidget* widget);

Q_SIGNALS:
    void edited();

private:
    QLineEdit* addLine(const QString& field, const QString& label, QFormLayout* form);
    QWidget* fieldWidget(const QString& field) const;

    QHash<QString, QLineEdit*> m_lines;
    QHash<QString, QLineEdit*> m_dates;
    QPlainTextEdit* m_address;
    QComboBox* m_stage;
    QComboBox* m_level;
    QComboBox* m_introducedBy;
    QSpinBox* m_review;
    bool m_loading = false;
    QVBoxLayout* m_right = nullptr;
};

} // namespace alongside
