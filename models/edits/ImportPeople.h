// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditCommand.h"
#include "versioning/Version.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace alongside {

// A spreadsheet's people as one step: new people added and fields of existing people
// filled, in one transaction with a version for every field, so it syncs like any edit.
// People are erased rather than removed, so undo erases the people the import added
// (everywhere, once synced) unless something has been written about them since: a field
// changed or a note, goal or supporter added. Those stay, and one sentence says how
// many. Redo adds the erased ones again under new ids, since an erased id never returns.
// Each way, it tells the editor how many people it has done (Editor::progressed).
class ImportPeople : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportPeople)

public:
    ImportPeople(Editor& editor, const QString& text);
    // A new person's fields (person table columns, without id).
    void addPerson(const QVariantMap& fields);
    // Fields to fill in an existing person (only those the import changes).
    void fillPerson(const QString& personId, const QVariantMap& fields);
    // The ids of the people the last redo added (for tests and for selecting them).
    QStringList addedIds() const;
    int added() const { return int(m_added.size()); }
    int filled() const { return int(m_filled.size()); }

protected:
    bool perform(Phase phase) override;

private:
    struct Added
    {
        QVariantMap fields;
        QString id;
        Dot dot;
        bool present = false; // on the laptop as this command left it
    };
    bool add(Added& a);
    // Erases a person still as the import left them; false in *kept when left alone.
    bool takeBack(Added& a, bool* kept);

    std::vector<Added> m_added;
    std::vector<std::unique_ptr<EditCommand>> m_filled;
};

} // namespace alongside
