// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPeople.h"

#include "Editor.h"
#include "RowEdits.h"
#include "versioning/ChangeWriter.h"

using namespace Qt::StringLiterals;

namespace alongside {

ImportPeople::ImportPeople(Editor& editor, const QString& text)
    : EditCommand(editor, QString(), text)
{
}

void ImportPeople::addPerson(const QVariantMap& fields)
{
    m_added.push_back({ fields, ChangeWriter::newId(), {}, false });
}

void ImportPeople::fillPerson(const QString& personId, const QVariantMap& fields)
{
    m_filled.push_back(std::make_unique<FieldEdit>(editor(), u"person"_s, personId, fields, personId, text()));
}

QStringList ImportPeople::addedIds() const
{
    QStringList ids;
    for (const Added& a : m_added) {
        if (a.present)
            ids.append(a.id);
    }
    return ids;
}

bool ImportPeople::add(Added& a)
{
    if (!editor().insert(u"person"_s, a.id, a.fields))
        return false;
    a.dot = editor().lastDot();
    a.present = true;
    return true;
}

bool ImportPeople::takeBack(Added& a, bool* kept)
{
    Editor& e = editor();
    *kept = false;
    const auto row = e.read(u"person"_s, a.id, a.fields.keys());
    if (!row) { // erased since, here or on another laptop
        a.present = false;
        return true;
    }
    Dot by;
    bool asLeft = e.liveChildren(u"person"_s, a.id) == 0;
    for (auto it = a.fields.cbegin(); asLeft && it != a.fields.cend(); ++it)
        asLeft = e.isAsLeft(u"person"_s, a.id, it.key(), a.dot, row->value(it.key()), it.value(), &by);
    if (!asLeft) {
        *kept = true;
        return true;
    }
    if (!e.erasePerson(a.id))
        return false;
    a.present = false;
    return true;
}

bool ImportPeople::perform(Phase phase)
{
    Editor& e = editor();
    e.touchedMany();
    const qint64 total = qint64(m_added.size() + m_filled.size());
    qint64 done = 0;
    const auto step = [&] {
        if (++done % 50 == 0 || done == total)
            e.progress(done, total);
    };
    if (phase == Phase::Back) {
        for (auto it = m_filled.rbegin(); it != m_filled.rend(); ++it) {
            if (!(*it)->run(false))
                return false;
            step();
        }
        int kept = 0;
        for (Added& a : m_added) {
            bool stays = false;
            if (a.present && !takeBack(a, &stays))
                return false;
            kept += stays ? 1 : 0;
            step();
        }
        if (kept > 0)
            e.tell(tr("%n of the people this import added stayed: they have been changed or had something added since.",
                      nullptr, kept));
        return true;
    }
    for (Added& a : m_added) {
        step();
        if (a.present)
            continue; // the undo left them in place
        if (phase == Phase::Again)
            a.id = ChangeWriter::newId();
        if (!add(a))
            return false;
    }
    for (const auto& fill : m_filled) {
        if (!fill->run(true))
            return false;
        step();
    }
    return true;
}

} // namespace alongside
