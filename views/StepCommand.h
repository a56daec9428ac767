#pragma once

#include <QHash>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>

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

// Undoing a removal writes the row again under a new id (an erased id never comes
// back, so sync stays simple); commands made earlier follow the trail to the new id.
class IdTrail
{
public:
    void renamed(const QString& from, const QString& to) { m_next.insert(current(from), to); }
    QString current(const QString& id) const
    {
        QString at = id;
        while (m_next.contains(at))
            at = m_next.value(at);
        return at;
    }

private:
    QHash<QString, QString> m_next;
};

// Adding a row: `add` writes it and returns its id; undo removes it; redo writes it
// again under a new id, which `trail` (owned by the caller, outliving the command) follows.
inline StepCommand* addingCommand(const QString& text, IdTrail& trail, std::function<QString()> add,
                                  std::function<bool(const QString&)> remove)
{
    auto id = std::make_shared<QString>();
    return new StepCommand(
        text,
        [&trail, add, id] {
            const QString made = add();
            if (!id->isEmpty() && !made.isEmpty())
                trail.renamed(*id, made);
            if (id->isEmpty())
                *id = made;
            return !made.isEmpty();
        },
        [&trail, remove, id] { return remove(trail.current(*id)); });
}

// Removing the row `id`: undo writes it again with `addAgain` (under a new id).
inline StepCommand* removingCommand(const QString& text, IdTrail& trail, const QString& id,
                                    std::function<bool(const QString&)> remove, std::function<QString()> addAgain)
{
    return new StepCommand(
        text, [&trail, remove, id] { return remove(trail.current(id)); },
        [&trail, addAgain, id] {
            const QString made = addAgain();
            if (!made.isEmpty())
                trail.renamed(id, made);
            return !made.isEmpty();
        });
}

} // namespace alongside
