#pragma once

#include "domain/Person.h"

#include <QUndoCommand>

namespace alongside {

class PeopleRepository;

// One saved edit of a person (About fields, archive, unarchive), undoable. It is pushed
// after the first save has succeeded, so its first redo() does nothing.
class EditPersonCommand : public QUndoCommand
{
public:
    // people is borrowed and must outlive the command (the undo stack).
    EditPersonCommand(PeopleRepository& people, Person before, Person after, const QString& text);

    void undo() override;
    void redo() override;

private:
    PeopleRepository& m_people;
    Person m_before;
    Person m_after;
    bool m_applied = true;
};

} // namespace alongside
