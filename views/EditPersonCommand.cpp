#include "EditPersonCommand.h"

#include "repositories/PeopleRepository.h"

namespace alongside {

EditPersonCommand::EditPersonCommand(PeopleRepository& people, Person before, Person after, const QString& text)
    : QUndoCommand(text)
    , m_people(people)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditPersonCommand::undo()
{
    if (!m_people.save(m_before))
        setObsolete(true);
}

void EditPersonCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (!m_people.save(m_after))
        setObsolete(true);
}

} // namespace alongside
