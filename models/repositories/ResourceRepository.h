// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace alongside {

class Database;
class EditCommand;
class Editor;

// The community directory: groups, places, timebanks, Shared Lives, Homeshare, community
// enterprises, volunteering and the rest that people can be connected to. A resource
// that has closed is archived, not erased, so past connections keep their name.
class ResourceRepository
{
    Q_DECLARE_TR_FUNCTIONS(ResourceRepository)

public:
    struct Resource
    {
        QString id;
        QString name;
        QString kind = QStringLiteral("group");
        QString description;
        QString address;
        QString postcode;
        QString ward;
        QString contactName;
        QString phone;
        QString email;
        QString website;
        QString whenText; // when it meets or opens, in the coordinator's words
        QString hsdsId;   // the Open Referral (HSDS) identifier, when known
        QString archivedOn;

        bool isArchived() const { return !archivedOn.isEmpty(); }
    };

    struct Filter
    {
        QString text; // words that must all appear in the name, description, when, address or contact
        QString kind; // empty for every kind
        QString ward; // empty for every ward
        bool includeArchived = false;
    };

    // The stored kinds in display order, and their labels.
    static QStringList kinds();
    static QString kindLabel(const QString& kind);

    // What is wrong with a resource before it can be kept, in words for the coordinator;
    // empty when nothing is.
    static QString problemWith(const Resource& resource);

    ResourceRepository(Database& database, Editor& editor);

    QList<Resource> list(const Filter& filter) const; // by name
    std::optional<Resource> find(const QString& id) const;
    QStringList wards() const; // every ward a resource names, sorted

    // Undoable changes (null, with Editor::error(), when refused). Undoing an addition
    // leaves a resource that people have been connected to since.
    std::unique_ptr<EditCommand> adding(const Resource& resource);
    std::unique_ptr<EditCommand> editing(const Resource& before, const Resource& after);
    // Archives (with today's date from the caller) or, with an empty date, restores.
    std::unique_ptr<EditCommand> archiving(const Resource& resource, const QString& archivedOn);

    // The same, written at once (the demo, tests).
    QString add(const Resource& resource);
    bool save(const Resource& resource);
    bool setArchived(const QString& id, const QString& archivedOn);
    QString error() const { return m_error; }

private:
    static QVariantMap fieldsOf(const Resource& r);

    bool refuse(const QString& reason);

    Database& m_database;
    Editor& m_editor;
    QString m_error;
};

} // namespace alongside
