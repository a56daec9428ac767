// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Marker words planted in a caseload, and where they can still be found afterwards: the
// tests of encryption and erasure look for them in every file of the caseload's folder.

#include "SyncTestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace alongside::test {

using namespace Qt::StringLiterals;

// Words no other row holds, lower case as the search index keeps them.
inline const QList<QByteArray> markers { "zxmarcwr", "zxnodyn", "07700 9004321" };

// The files of the folder holding a marker, with which markers.
inline QStringList tracesIn(const QString& folder)
{
    QStringList traces;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll().toLower();
        for (const QByteArray& marker : markers) {
            if (bytes.contains(marker))
                traces.append(QFileInfo(path).fileName() + u": "_s + QString::fromLatin1(marker));
        }
    }
    return traces;
}

// A person carrying the markers in their name, phone, a note and a draft of the next.
inline QString plantPerson(Caseload& c)
{
    Person p = person(u"Qzxmarcwr"_s, u"Ystradgynlais"_s);
    p.phone = u"07700 9004321"_s;
    const QString id = c.people().create(p);
    Note note;
    note.personId = id;
    note.occurredAt = QDateTime::fromString(u"2026-11-20T10:00:00Z"_s, Qt::ISODate);
    note.text = u"Qzxnodyn: worried about the rent, and about her son"_s;
    c.notes().add(note);
    c.drafts().save(u"note:"_s + id, u"Qzxnodyn draft of the next note"_s);
    return id;
}
} // namespace alongside::test
