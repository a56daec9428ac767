// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

#include "Editor.h"

namespace alongside {

EditCommand::EditCommand(Editor& editor, const QString& personId, const QString& text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_personId(personId)
{
}

bool EditCommand::run(bool forward)
{
    if (!forward)
        return perform(Phase::Back);
    if (m_done)
        return perform(Phase::Again);
    m_done = true;
    return perform(Phase::First);
}

void EditCommand::redo()
{
    const bool first = !m_done;
    bool ok = m_editor.begin();
    ok = ok && run(true);
    if (m_editor.end(ok))
        return;
    if (first) {
        setObsolete(true); // nothing was written: the stack drops the command
        m_done = false;
    } else {
        Q_EMIT m_editor.noticed(Editor::tr("Could not redo: %1").arg(m_editor.error()));
    }
}

void EditCommand::undo()
{
    bool ok = m_editor.begin();
    ok = ok && run(false);
    if (!m_editor.end(ok))
        Q_EMIT m_editor.noticed(Editor::tr("Could not undo: %1").arg(m_editor.error()));
}

EditGroup::EditGroup(Editor& editor, const QString& personId, const QString& text)
    : EditCommand(editor, personId, text)
{
}

bool EditGroup::perform(Phase phase)
{
    if (phase == Phase::Back) {
        for (auto it = m_parts.rbegin(); it != m_parts.rend(); ++it) {
            if (!(*it)->run(false))
                return false;
        }
        return true;
    }
    for (const auto& part : m_parts) {
        if (!part->run(true))
            return false;
    }
    return true;
}

} // namespace alongside
