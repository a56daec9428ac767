// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OpenReferralFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace alongside {

class EditCommand;
class Editor;

// Brings an Open Referral UK file into the community directory in two steps: first a
// plan (each service to add, to change, unchanged or skipped, with the fields that would
// change), shown before anything is written; then the whole plan as one undoable step
// made of the ordinary additions and edits, so every field gets its version and syncs.
//
// A service is the resource whose Open Referral id, or our own id, is the service's id;
// else the one with the same name and postcode (capitals, spaces and punctuation aside).
// Import never empties a field: what the file leaves out keeps the value it has here.
class OpenReferralImport
{
    Q_DECLARE_TR_FUNCTIONS(OpenReferralImport)

public:
    using Resource = ResourceRepository::Resource;
    using Service = OpenReferralFormat::Service;

    enum class Action { Add, Change, Unchanged, Skip };
    enum class Match { None, ById, ByNameAndPostcode };

    struct Item
    {
        Action action = Action::Add;
        Match match = Match::None;
        QString serviceId;
        Resource before; // the resource matched, for a change or unchanged
        Resource after; // what is added, or what the resource becomes
        QStringList fields; // the resource columns a change writes
        QString reason; // why a service is skipped
    };

    struct Counts
    {
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int skipped = 0;
    };

    // Borrowed, and must outlive the import; today dates a resource the file says is closed.
    OpenReferralImport(ResourceRepository& resources, Editor& editor, QDate today);

    // Reads and plans a file; false, with error(), when the file cannot be read or is not
    // Open Referral (nothing is planned then).
    bool read(const QString& path);
    void plan(const QList<Service>& services);

    const QList<Item>& items() const { return m_items; }
    Counts counts() const;
    bool hasChanges() const;
    QString error() const { return m_error; }
    // The plan as one undoable step on the directory's undo stack; null when there is
    // nothing to write.
    std::unique_ptr<EditCommand> applying();

    static QString normalisedName(const QString& name);
    static QString normalisedPostcode(const QString& postcode);
    // The columns a resource has, as Tables names them, and where they differ between two.
    static QStringList differences(const Resource& a, const Resource& b);

private:
    Item planned(const Service& service, const QList<Resource>& directory) const;

    ResourceRepository& m_resources;
    Editor& m_editor;
    QDate m_today;
    QList<Item> m_items;
    QString m_error;
};

} // namespace alongside
