// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleImport.h"

#include "CsvTable.h"
#include "domain/PersonValidator.h"
#include "edits/ImportPeople.h"
#include "repositories/DuplicateIndex.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

// The fields an import may fill in someone already on the laptop: what a spreadsheet
// says about a person, not where they are in their journey with the coordinator.
const QStringList& fillable()
{
    static const QStringList fields { u"given_name"_s, u"family_name"_s, u"preferred_name"_s, u"pronouns"_s,
                                      u"date_of_birth"_s, u"phone"_s, u"email"_s, u"address"_s, u"postcode"_s,
                                      u"ward"_s, u"introduced_by"_s, u"consent_on"_s, u"consent_note"_s };
    return fields;
}

} // namespace

PeopleImport::PeopleImport(Database& database, const QString& coordinatorId, QDate today)
    : m_database(database)
    , m_coordinatorId(coordinatorId)
    , m_today(today)
{
}

bool PeopleImport::prepare(const CsvTable& table, const PeopleMapping& mapping,
                           const std::function<void(qint64 done, qint64 total)>& progress)
{
    const qint64 total = table.rows().size();
    if (progress)
        progress(0, total);
    m_rows.clear();
    m_header = table.header();
    if (const QString problem = mapping.problem(m_header); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    DuplicateIndex index;
    if (!index.load(m_database)) {
        m_error = tr("Could not read the people on this laptop to look for duplicates.");
        return false;
    }
    Person defaults;
    defaults.coordinatorId = m_coordinatorId;
    const PersonValidator validator(m_today);
    m_rows.reserve(table.rows().size());
    for (qsizetype i = 0; i < table.rows().size(); ++i) {
        const QStringList& cells = table.rows().at(i);
        Row row;
        row.line = table.lines().at(i);
        QList<PeopleMapping::CellProblem> cellProblems;
        row.person = mapping.person(cells, defaults, cellProblems);
        row.person.postcode = PersonValidator::normalisedPostcode(row.person.postcode);
        if (row.person.introducedOn.isEmpty())
            row.person.introducedOn = m_today.toString(Qt::ISODate);
        for (const PeopleMapping::CellProblem& p : std::as_const(cellProblems))
            row.problems.append({ p.column, p.message });
        for (const PersonValidator::Problem& p : validator.validate(row.person)) {
            const QList<int> columns = mapping.columnsOf(p.field);
            const bool named = p.field == u"given_name" || p.field == u"family_name";
            const int column = !columns.isEmpty() ? columns.first()
                : named ? mapping.columnsOf(QString::fromLatin1(PeopleMapping::fullName)).value(0, -1)
                        : -1;
            const bool already = std::any_of(row.problems.cbegin(), row.problems.cend(),
                                             [&](const Problem& q) { return column >= 0 && q.column == column; });
            if (!already)
                row.problems.append({ column, p.message });
        }
        const DuplicateFinder::Folded folded = DuplicateFinder::fold(row.person);
        row.matches = index.find(folded);
        index.add(folded, row.line);
        const auto likely = std::find_if(row.matches.cbegin(), row.matches.cend(), [](const DuplicateFinder::Match& m) {
            return m.strength == DuplicateFinder::Strength::Likely;
        });
        if (!row.problems.isEmpty())
            row.choice = Choice::Skip;
        else if (likely != row.matches.cend() && likely->fileRow > 0)
            row.choice = Choice::Skip; // the same person twice in the file: the first is added
        else if (likely != row.matches.cend())
            fillFrom(row, likely->personId);
        m_rows.append(std::move(row));
        if (progress && (i + 1) % 100 == 0)
            progress(i + 1, total);
    }
    m_error.clear();
    return true;
}

void PeopleImport::fillFrom(Row& row, const QString& personId)
{
    row.choice = Choice::Fill;
    row.fillInto = personId;
    row.fills.clear();
    row.differs.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM person WHERE id = ?"_s.arg(fillable().join(u", "_s)));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return;
    const QVariantMap given = row.person.toFields();
    for (int i = 0; i < fillable().size(); ++i) {
        const QString& field = fillable().at(i);
        const QString theirs = q.value(i).toString().trimmed();
        const QString mine = given.value(field).toString().trimmed();
        if (mine.isEmpty() || theirs == mine)
            continue;
        if (theirs.isEmpty())
            row.fills.insert(field, given.value(field));
        else if (field != u"postcode" || DuplicateFinder::foldPostcode(theirs) != DuplicateFinder::foldPostcode(mine))
            row.differs.append(PeopleMapping::fieldLabel(field));
    }
}

bool PeopleImport::choose(int index, Choice choice, const QString& personId)
{
    if (index < 0 || index >= m_rows.size())
        return false;
    Row& row = m_rows[index];
    if (choice != Choice::Skip && !row.problems.isEmpty()) {
        m_error = tr("Row %1 has problems to put right in the file first.").arg(row.line);
        return false;
    }
    if (choice == Choice::Fill) {
        QString target = personId;
        for (const DuplicateFinder::Match& m : std::as_const(row.matches)) {
            if (target.isEmpty() && m.fileRow == 0)
                target = m.personId;
        }
        const bool known = std::any_of(row.matches.cbegin(), row.matches.cend(), [&](const DuplicateFinder::Match& m) {
            return m.fileRow == 0 && m.personId == target;
        });
        if (!known) {
            m_error = tr("Row %1 matches nobody on this laptop to fill in.").arg(row.line);
            return false;
        }
        fillFrom(row, target);
        return true;
    }
    row.choice = choice;
    row.fillInto.clear();
    row.fills.clear();
    row.differs.clear();
    return true;
}

int PeopleImport::count(Choice choice) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const Row& r) { return r.choice == choice; }));
}

QString PeopleImport::describe(const Row& row, const Problem& problem) const
{
    if (problem.column < 0)
        return tr("Row %1: %2").arg(row.line).arg(problem.message);
    return tr("Row %1, %2: %3").arg(row.line).arg(m_header.value(problem.column), problem.message);
}

QString PeopleImport::matchText(const Row& row)
{
    QStringList parts;
    for (const DuplicateFinder::Match& m : row.matches) {
        const QString strength = m.strength == DuplicateFinder::Strength::Likely ? tr("Likely") : tr("Possible");
        parts.append(m.fileRow > 0 ? tr("%1: row %2 of this file (%3)").arg(strength).arg(m.fileRow).arg(m.why)
                                   : tr("%1: %2 (%3)").arg(strength, m.name, m.why));
    }
    return parts.join(u"; "_s);
}

std::unique_ptr<ImportPeople> PeopleImport::command(Editor& editor, const QString& fileName) const
{
    const int adding = count(Choice::Add);
    const int filling = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& r) {
        return r.choice == Choice::Fill && !r.fills.isEmpty();
    }));
    if (adding + filling == 0)
        return nullptr;
    auto command = std::make_unique<ImportPeople>(editor, tr("import %n people from %1", nullptr, adding + filling).arg(fileName));
    for (const Row& row : m_rows) {
        if (row.choice == Choice::Add) {
            QVariantMap fields = row.person.toFields();
            command->addPerson(fields);
        } else if (row.choice == Choice::Fill && !row.fills.isEmpty()) {
            command->fillPerson(row.fillInto, row.fills);
        }
    }
    return command;
}

} // namespace alongside
