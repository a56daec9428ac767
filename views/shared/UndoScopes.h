// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

#include <memory>

class QUndoGroup;
class QUndoStack;
class QWidget;

namespace alongside {

class EditCommand;
class Editor;

// One undo stack per thing on screen: each person's page, the directory, the reviews
// page. The group's active stack is the one in view, so Ctrl+Z never changes a person
// who is not on screen.
class UndoScopes : public QObject
{
    Q_OBJECT

public:
    explicit UndoScopes(QObject* parent = nullptr);

    QUndoGroup* group() const { return m_group; }
    // The stack of one person's edits, made on first use.
    QUndoStack& person(const QString& personId);
    // The stack of a page that is not one person's ("directory", "reviews").
    QUndoStack& page(const QString& name);
    // Makes `stack` the one Undo and Redo act on; null for none.
    void show(QUndoStack* stack);
    // Pushes an edit (its first redo makes the change); when it is refused or fails,
    // says why in a message box titled `title` over `parent`.
    static bool push(Editor& editor, QUndoStack& stack, std::unique_ptr<EditCommand> command, QWidget* parent,
                     const QString& title);
    // An erased person's edits can no longer be undone or redone.
    void forgetPerson(const QString& personId);

private:
    QUndoStack& stack(const QString& key);

    QUndoGroup* m_group;
    QHash<QString, QUndoStack*> m_stacks;
};

} // namespace alongside
