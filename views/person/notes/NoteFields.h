// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/DateText.h"
#include "domain/Vocabulary.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QSpinBox>

namespace alongside {

// The fields of a note that the quick-note editor and the correction dialog share: the
// kind, the date and time (hours and minutes, never seconds) and the minutes spent.
struct NoteFields
{
    Q_DECLARE_TR_FUNCTIONS(NoteFields)

public:
    static void setUp(QComboBox* kind, QDateTimeEdit* when, QSpinBox* minutes)
    {
        kind->setObjectName(QStringLiteral("noteKind"));
        for (const QString& key : Vocabulary::noteKinds())
            kind->addItem(Vocabulary::noteKindLabel(key), key);
        when->setObjectName(QStringLiteral("noteWhen"));
        when->setCalendarPopup(true);
        when->setDisplayFormat(DateText::dateTimeFormat());
        minutes->setObjectName(QStringLiteral("noteMinutes"));
        minutes->setRange(0, 24 * 60);
        minutes->setSingleStep(15);
        minutes->setSuffix(tr(" min"));
    }
};

} // namespace alongside
