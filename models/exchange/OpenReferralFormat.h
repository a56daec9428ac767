// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ResourceRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace alongside {

// The community directory as Open Referral UK JSON (the UK profile of the Human Services
// Data Specification): each resource a service with its organization, a location with
// its physical address, a contact with a phone, a regular schedule, a service area and
// its kind as a taxonomy term. Files are written as the ORUK API's page of services
// ({ "content": [services…], "totalElements": … }); a page, a plain array of services or
// one service is read. docs/open-referral.md gives the mapping field by field.
class OpenReferralFormat
{
    Q_DECLARE_TR_FUNCTIONS(OpenReferralFormat)

public:
    using Resource = ResourceRepository::Resource;

    // One service read from a file: what it says of a resource, and which fields it says
    // anything about (resource columns, archived_on when it gives a status).
    struct Service
    {
        QString id; // the service's id in the file
        Resource resource; // id left empty; kind empty when no taxonomy term says one
        QSet<QString> given;
    };

    // A file larger than this is not a directory and is not read.
    static constexpr qint64 maxFileSize = qint64(64) << 20;

    // The id a resource has in a file: its Open Referral id when it has one, else ours.
    static QString serviceId(const Resource& resource);
    static QJsonObject serviceOf(const Resource& resource);
    static QByteArray documentOf(const QList<Resource>& resources);
    // Writes the page beside path and renames it over path when complete. False, with
    // *error, when it cannot.
    static bool write(const QString& path, const QList<Resource>& resources, QString* error);

    static Service serviceFrom(const QJsonObject& service);
    // Every service of a file's bytes; nothing, with *error in one sentence, when the
    // bytes are not JSON, hold no services, or a service has no id or no name.
    static std::optional<QList<Service>> parse(const QByteArray& bytes, QString* error);
    static std::optional<QList<Service>> read(const QString& path, QString* error);
};

} // namespace alongside
