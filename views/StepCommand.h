#pragma once

#include <QUndoCommand>

#include <functional>

namespace alongside {

// An undoable step made of two functions that write through the repositories. ok()
// says whether the last redo succeeded, so the caller can explain a failure.
class StepCommand : public QUndoCommand
{
public:
    StepCommand(const QString& text, std::function<bool()> redo, std::function<bool()> undo)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
    }
    void redo() override { m_ok = m_redo(); }
    void undo() override { m_undo(); }
    bool ok() const { return m_ok; }

private:
    std::function<bool()> m_redo;
    std::function<bool()> m_undo;
    bool m_ok = false;
};

} // namespace alongside
