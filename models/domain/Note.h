// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace alongside {

// A note of contact with a person: a visit, a call, a meeting, a message.
struct Note
{
    QString id;
    QString personId;
    QDateTime occurredAt; // UTC
    QString kind = QStringLiteral("visit");
    int minutes = 0;
    QString place;
    QString text;
    QString authorId;
    // Read with the note, for display: who wrote it and on which laptop.
    QString authorName;
    QString laptop;
};

} // namespace alongside
