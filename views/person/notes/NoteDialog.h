// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Note.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace alongside {

// Corrects a note: its text, kind, time, minutes and place. Who wrote it, and on which
// laptop, stay as they were.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NoteDialog(const Note& note, QWidget* parent = nullptr);
    Note note() const;

private:
    Note m_note;
    QComboBox* m_kind;
    QDateTimeEdit* m_when;
    QSpinBox* m_minutes;
    QLineEdit* m_place;
    QPlainTextEdit* m_text;
};

} // namespace alongside
