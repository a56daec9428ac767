// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the Open Referral tests: the directory as a list, a file imported or
// edited, and the sample written from the published schema.

#include "SyncTestSupport.h"
#include "exchange/OpenReferralImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

using namespace Qt::StringLiterals;

namespace alongside::test {

using Resource = ResourceRepository::Resource;
using Action = OpenReferralImport::Action;

inline const QString sample = QStringLiteral(ALONGSIDE_TEST_DATA "/openreferral/sample.json");
inline const QDate today(2025, 11, 22);

inline QList<Resource> everything(Caseload& c)
{
    ResourceRepository::Filter all;
    all.includeArchived = true;
    return c.resources().list(all);
}

inline Resource named(Caseload& c, const QString& name)
{
    for (const Resource& r : everything(c)) {
        if (r.name == name)
            return r;
    }
    return {};
}

inline QList<Action> actions(const OpenReferralImport& import)
{
    QList<Action> list;
    for (const OpenReferralImport::Item& item : import.items())
        list.append(item.action);
    return list;
}

inline bool importFile(Caseload& c, const QString& path)
{
    OpenReferralImport import(c.resources(), c.editor(), today);
    if (!import.read(path))
        return false;
    return !import.hasChanges() || c.editor().run(import.applying());
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The exported file with one service's value replaced: `path` is keys into the service.
inline QByteArray edited(
    const QByteArray& bytes, const QString& serviceId, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject page = QJsonDocument::fromJson(bytes).object();
    QJsonArray content = page.value(u"content"_s).toArray();
    for (qsizetype i = 0; i < content.size(); ++i) {
        QJsonObject service = content.at(i).toObject();
        if (service.value(u"id"_s).toString() == serviceId) {
            change(service);
            content[i] = service;
        }
    }
    page.insert(u"content"_s, content);
    return QJsonDocument(page).toJson();
}

inline Resource resource(const QString& name, const QString& postcode)
{
    Resource r;
    r.name = name;
    r.kind = u"group"_s;
    r.postcode = postcode;
    return r;
}

} // namespace alongside::test
