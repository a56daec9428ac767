// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <memory>
#include <vector>

namespace alongside {

class Editor;

// One undoable change, written once and used by every page: the first redo() makes the
// change, undo() and later redo()s put back only what is still as this command left it.
// Each runs in one transaction with its field versions; anything left alone is said in
// a sentence through Editor::noticed.
class EditCommand : public QUndoCommand
{
public:
    // personId is the person the change belongs to (empty for the directory); the
    // text names the action and the person ("add Rhys to Bethan Pritchard's circle").
    EditCommand(Editor& editor, const QString& personId, const QString& text);

    void redo() final;
    void undo() final;
    QString personId() const { return m_personId; }
    // The row made or changed, for selecting it on screen.
    virtual QString rowId() const { return {}; }

    // Run inside an open transaction (for groups).
    bool run(bool forward);

protected:
    enum class Phase { First, Again, Back };
    virtual bool perform(Phase phase) = 0;
    Editor& editor() const { return m_editor; }

private:
    Editor& m_editor;
    QString m_personId;
    bool m_done = false; // the first redo has run
};

// Several commands as one step, in one transaction (a review done and the next one
// scheduled). Undone in reverse order.
class EditGroup : public EditCommand
{
public:
    EditGroup(Editor& editor, const QString& personId, const QString& text);
    void add(std::unique_ptr<EditCommand> command) { m_parts.push_back(std::move(command)); }
    QString rowId() const override { return m_parts.empty() ? QString() : m_parts.front()->rowId(); }

protected:
    bool perform(Phase phase) override;

private:
    std::vector<std::unique_ptr<EditCommand>> m_parts;
};

} // namespace alongside
