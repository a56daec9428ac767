// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/UndoScopes.h"

#include "edits/EditCommand.h"
#include "edits/Editor.h"

#include <QMessageBox>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
constexpr int undoLimit = 200; // steps kept per person or page
}

UndoScopes::UndoScopes(QObject* parent)
    : QObject(parent)
    , m_group(new QUndoGroup(this))
{
}

QUndoStack& UndoScopes::stack(const QString& key)
{
    QUndoStack*& stack = m_stacks[key];
    if (!stack) {
        stack = new QUndoStack(this);
        stack->setObjectName(key);
        stack->setUndoLimit(undoLimit);
        m_group->addStack(stack);
    }
    return *stack;
}

QUndoStack& UndoScopes::person(const QString& personId)
{
    return stack(u"person:"_s + personId);
}

QUndoStack& UndoScopes::page(const QString& name)
{
    return stack(u"page:"_s + name);
}

void UndoScopes::show(QUndoStack* stack)
{
    m_group->setActiveStack(stack);
}

bool UndoScopes::push(Editor& editor, QUndoStack& stack, std::unique_ptr<EditCommand> command, QWidget* parent,
                      const QString& title)
{
    if (editor.push(stack, std::move(command)))
        return true;
    QMessageBox::warning(parent, title, editor.error());
    return false;
}

void UndoScopes::forgetPerson(const QString& personId)
{
    if (QUndoStack* stack = m_stacks.take(u"person:"_s + personId)) {
        m_group->removeStack(stack);
        delete stack;
    }
}

} // namespace alongside
