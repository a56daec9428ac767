// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenReferralFormat.h"

#include "OpenReferralTaxonomy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Text of a value that may be a string or a number (some feeds number their ids).
QString textOf(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    return value.toString().trimmed();
}

QJsonArray arrayOf(const QJsonObject& object, const QString& key)
{
    return object.value(key).toArray();
}

// An address as ORUK splits it: the town after the last ", ", the rest before it.
std::pair<QString, QString> splitAddress(const QString& address)
{
    const QString oneLine = address.trimmed().replace(u'\n', u", "_s);
    const qsizetype at = oneLine.lastIndexOf(u", "_s);
    if (at < 0)
        return { oneLine, QString() };
    return { oneLine.left(at).trimmed(), oneLine.mid(at + 2).trimmed() };
}

QString joinedAddress(const QJsonObject& a)
{
    QStringList parts;
    for (const char* key : { "address_1", "address_2", "address_3", "address_4", "city", "region", "state_province" }) {
        if (const QString part = textOf(a.value(QLatin1String(key))); !part.isEmpty())
            parts.append(part);
    }
    return parts.join(u", "_s);
}

// "Mondays and Thursdays, 10:00 to 12:00" from a regular schedule with no description.
QString scheduleText(const QJsonObject& s)
{
    static const QStringList codes { u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s };
    const QString names[] { OpenReferralFormat::tr("Mondays"), OpenReferralFormat::tr("Tuesdays"),
        OpenReferralFormat::tr("Wednesdays"), OpenReferralFormat::tr("Thursdays"), OpenReferralFormat::tr("Fridays"),
        OpenReferralFormat::tr("Saturdays"), OpenReferralFormat::tr("Sundays") };
    const QString singular[] { OpenReferralFormat::tr("Monday"), OpenReferralFormat::tr("Tuesday"),
        OpenReferralFormat::tr("Wednesday"), OpenReferralFormat::tr("Thursday"), OpenReferralFormat::tr("Friday"),
        OpenReferralFormat::tr("Saturday"), OpenReferralFormat::tr("Sunday") };
    const QString ordinals[] { OpenReferralFormat::tr("first"), OpenReferralFormat::tr("second"),
        OpenReferralFormat::tr("third"), OpenReferralFormat::tr("fourth") };
    static const QRegularExpression day(u"^(-?\\d)?([A-Z]{2})$"_s);
    QStringList days;
    for (const QString& part : textOf(s.value(u"byday"_s)).toUpper().split(u',', Qt::SkipEmptyParts)) {
        const auto m = day.match(part.trimmed());
        const qsizetype index = m.hasMatch() ? codes.indexOf(m.captured(2)) : -1;
        if (index < 0)
            continue;
        const int nth = m.captured(1).toInt();
        if (nth == -1)
            //: In a schedule: %1 is a day of the week ("Monday").
            days.append(OpenReferralFormat::tr("the last %1 of the month").arg(singular[index]));
        else if (nth >= 1 && nth <= 4)
            //: In a schedule: %1 is "first", "second"…, %2 a day of the week ("Monday").
            days.append(OpenReferralFormat::tr("the %1 %2 of the month").arg(ordinals[nth - 1], singular[index]));
        else
            days.append(names[index]);
    }
    const QString opens = textOf(s.value(u"opens_at"_s)).left(5);
    const QString closes = textOf(s.value(u"closes_at"_s)).left(5);
    QStringList parts;
    if (!days.isEmpty())
        parts.append(days.join(u", "_s));
    if (!opens.isEmpty() && !closes.isEmpty())
        //: Opening times in a schedule: %1 opens, %2 closes ("10:00 to 12:00").
        parts.append(OpenReferralFormat::tr("%1 to %2").arg(opens, closes));
    else if (!opens.isEmpty())
        parts.append(OpenReferralFormat::tr("from %1").arg(opens));
    QString text = parts.join(u", "_s);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString OpenReferralFormat::serviceId(const Resource& r)
{
    return r.hsdsId.trimmed().isEmpty() ? r.id : r.hsdsId.trimmed();
}

QJsonObject OpenReferralFormat::serviceOf(const Resource& r)
{
    const QString id = serviceId(r);
    const auto part = [&id](const char* what) {
        return id + u'-' + QLatin1String(what);
    };
    QJsonObject service { { u"id"_s, id }, { u"name"_s, r.name.trimmed() }, { u"description"_s, orNull(r.description) },
        { u"url"_s, orNull(r.website) }, { u"email"_s, orNull(r.email) },
        { u"status"_s, r.isArchived() ? u"inactive"_s : u"active"_s } };
    service.insert(u"organization"_s,
        QJsonObject { { u"id"_s, part("organization") }, { u"name"_s, r.name.trimmed() },
            { u"description"_s, orNull(r.description) }, { u"url"_s, orNull(r.website) },
            { u"email"_s, orNull(r.email) } });
    QJsonArray contacts;
    if (!r.contactName.trimmed().isEmpty() || !r.phone.trimmed().isEmpty()) {
        QJsonArray phones;
        if (!r.phone.trimmed().isEmpty())
            phones.append(QJsonObject { { u"id"_s, part("phone") }, { u"number"_s, r.phone.trimmed() } });
        contacts.append(QJsonObject { { u"id"_s, part("contact") }, { u"name"_s, orNull(r.contactName) },
            { u"title"_s, QJsonValue::Null }, { u"phones"_s, phones } });
    }
    service.insert(u"contacts"_s, contacts);
    QJsonArray schedules;
    if (!r.whenText.trimmed().isEmpty())
        schedules.append(QJsonObject {
            { u"id"_s, part("schedule") }, { u"service_id"_s, id }, { u"description"_s, r.whenText.trimmed() } });
    service.insert(u"regular_schedules"_s, schedules);
    QJsonArray areas;
    if (!r.ward.trimmed().isEmpty())
        areas.append(QJsonObject { { u"id"_s, part("area") }, { u"service_area"_s, r.ward.trimmed() } });
    service.insert(u"service_areas"_s, areas);
    QJsonArray locations;
    if (!r.address.trimmed().isEmpty() || !r.postcode.trimmed().isEmpty()) {
        const auto [street, town] = splitAddress(r.address);
        const QJsonObject address { { u"id"_s, part("address") }, { u"address_1"_s, street }, { u"city"_s, town },
            { u"state_province"_s, QString() }, { u"postal_code"_s, r.postcode.trimmed().toUpper() },
            { u"country"_s, u"GB"_s } };
        const QJsonObject location { { u"id"_s, part("location") }, { u"name"_s, r.name.trimmed() },
            { u"physical_addresses"_s, QJsonArray { address } } };
        locations.append(QJsonObject { { u"id"_s, part("service-at-location") }, { u"location"_s, location } });
    }
    service.insert(u"service_at_locations"_s, locations);
    service.insert(u"service_taxonomys"_s,
        QJsonArray {
            QJsonObject { { u"id"_s, part("kind") }, { u"taxonomy"_s, OpenReferralTaxonomy::termOf(r.kind) } } });
    return service;
}

QByteArray OpenReferralFormat::documentOf(const QList<Resource>& resources)
{
    QJsonArray content;
    for (const Resource& r : resources)
        content.append(serviceOf(r));
    const QJsonObject page { { u"totalElements"_s, content.size() }, { u"totalPages"_s, 1 }, { u"number"_s, 1 },
        { u"size"_s, content.size() }, { u"first"_s, true }, { u"last"_s, true }, { u"empty"_s, content.isEmpty() },
        { u"content"_s, content } };
    return QJsonDocument(page).toJson(QJsonDocument::Indented);
}

bool OpenReferralFormat::write(const QString& path, const QList<Resource>& resources, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        return fail(error,
            tr("Could not write %1: the folder %2 does not exist.")
                .arg(shown, QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return fail(error, tr("Could not write %1: it is a folder.").arg(shown));
    QSaveFile file(path);
    const QByteArray bytes = documentOf(resources);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(error, tr("Could not write %1: %2.").arg(shown, file.errorString()));
    return true;
}

OpenReferralFormat::Service OpenReferralFormat::serviceFrom(const QJsonObject& s)
{
    Service service;
    service.id = textOf(s.value(u"id"_s));
    Resource& r = service.resource;
    r.kind = OpenReferralTaxonomy::kindOf(arrayOf(s, u"service_taxonomys"_s));
    const QJsonObject organization = s.value(u"organization"_s).toObject();
    r.name = textOf(s.value(u"name"_s));
    r.description = textOf(s.value(u"description"_s));
    r.website = textOf(s.value(u"url"_s));
    if (r.website.isEmpty())
        r.website = textOf(organization.value(u"url"_s));
    r.email = textOf(s.value(u"email"_s));
    if (r.email.isEmpty())
        r.email = textOf(organization.value(u"email"_s));
    const auto firstPhone = [](const QJsonArray& phones) {
        for (const QJsonValue& p : phones) {
            if (const QString number = textOf(p.toObject().value(u"number"_s)); !number.isEmpty())
                return number;
        }
        return QString();
    };
    for (const QJsonValue& c : arrayOf(s, u"contacts"_s)) {
        const QJsonObject contact = c.toObject();
        if (r.contactName.isEmpty())
            r.contactName = textOf(contact.value(u"name"_s));
        if (r.phone.isEmpty())
            r.phone = firstPhone(arrayOf(contact, u"phones"_s));
    }
    if (r.phone.isEmpty())
        r.phone = firstPhone(arrayOf(s, u"phones"_s));
    for (const QJsonValue& at : arrayOf(s, u"service_at_locations"_s)) {
        const QJsonObject location = at.toObject().value(u"location"_s).toObject();
        QJsonArray addresses = arrayOf(location, u"physical_addresses"_s);
        if (addresses.isEmpty())
            addresses = arrayOf(location, u"postal_addresses"_s);
        for (const QJsonValue& a : std::as_const(addresses)) {
            const QJsonObject address = a.toObject();
            if (r.address.isEmpty() && r.postcode.isEmpty()) {
                r.address = joinedAddress(address);
                r.postcode = textOf(address.value(u"postal_code"_s)).toUpper();
            }
        }
        if (r.phone.isEmpty())
            r.phone = firstPhone(arrayOf(location, u"phones"_s));
    }
    for (const QJsonValue& a : arrayOf(s, u"service_areas"_s)) {
        if (r.ward.isEmpty())
            r.ward = textOf(a.toObject().value(u"service_area"_s));
    }
    for (const QJsonValue& v : arrayOf(s, u"regular_schedules"_s)) {
        const QJsonObject schedule = v.toObject();
        if (r.whenText.isEmpty())
            r.whenText = textOf(schedule.value(u"description"_s));
        if (r.whenText.isEmpty())
            r.whenText = scheduleText(schedule);
    }
    const std::pair<const char*, const QString*> fields[] {
        { "name", &r.name },
        { "kind", &r.kind },
        { "description", &r.description },
        { "address", &r.address },
        { "postcode", &r.postcode },
        { "ward", &r.ward },
        { "contact_name", &r.contactName },
        { "phone", &r.phone },
        { "email", &r.email },
        { "website", &r.website },
        { "when_text", &r.whenText },
    };
    for (const auto& [field, value] : fields) {
        if (!value->isEmpty())
            service.given.insert(QLatin1String(field));
    }
    if (const QString status = textOf(s.value(u"status"_s)).toLower(); !status.isEmpty()) {
        service.given.insert(u"archived_on"_s);
        static const QStringList closed { u"inactive"_s, u"defunct"_s, u"closed"_s, u"temporarily closed"_s };
        if (closed.contains(status))
            r.archivedOn = u"closed"_s; // the importer puts the date
    }
    return service;
}

std::optional<QList<OpenReferralFormat::Service>> OpenReferralFormat::parse(const QByteArray& bytes, QString* error)
{
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &problem);
    if (document.isNull()) {
        fail(error,
            tr("This is not an Open Referral file: it is not JSON (%1 at character %2).")
                .arg(problem.errorString())
                .arg(problem.offset));
        return std::nullopt;
    }
    QJsonArray services;
    const QJsonObject root = document.object();
    if (document.isArray())
        services = document.array();
    else if (root.value(u"content"_s).isArray()) // ORUK 1 and 2: a page of services
        services = root.value(u"content"_s).toArray();
    else if (root.value(u"contents"_s).isArray()) // ORUK 3
        services = root.value(u"contents"_s).toArray();
    else if (root.contains(u"id"_s) && root.contains(u"name"_s)) // one service
        services.append(root);
    else {
        fail(error,
            tr("This is not an Open Referral file: it holds no services (a page with \"content\", or a list "
               "of services)."));
        return std::nullopt;
    }
    QList<Service> list;
    for (qsizetype i = 0; i < services.size(); ++i) {
        if (!services.at(i).isObject()) {
            fail(error, tr("Service %1 of the file is not a service; nothing was imported.").arg(i + 1));
            return std::nullopt;
        }
        Service service = serviceFrom(services.at(i).toObject());
        if (service.id.isEmpty() || service.resource.name.isEmpty()) {
            fail(error,
                tr("Service %1 of the file has no %2; every service needs an id and a name, so nothing was "
                   "imported.")
                    .arg(i + 1)
                    .arg(service.id.isEmpty() ? u"id"_s : u"name"_s));
            return std::nullopt;
        }
        list.append(service);
    }
    return list;
}

std::optional<QList<OpenReferralFormat::Service>> OpenReferralFormat::read(const QString& path, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        fail(error, tr("There is no file %1.").arg(shown));
        return std::nullopt;
    }
    if (!info.isFile()) {
        fail(error, tr("%1 is not a file.").arg(shown));
        return std::nullopt;
    }
    if (info.size() > maxFileSize) {
        fail(error, tr("%1 is too large to be a directory (over 64 MB).").arg(shown));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("Could not read %1: %2.").arg(shown, file.errorString()));
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

} // namespace alongside
