// SPDX-License-Identifier: GPL-3.0-or-later
// alongside import-people: a caseload from a spreadsheet saved as CSV, without a window.

#include "Cli.h"
#include "CliParsing.h"
#include "Caseload.h"
#include "edits/Editor.h"
#include "edits/ImportPeople.h"
#include "exchange/CsvTable.h"
#include "exchange/PeopleImport.h"
#include "exchange/PeopleMapping.h"

#include <QFileInfo>

namespace alongside {

using namespace cli;

int Cli::importPeople(const QStringList& arguments)
{
    Parsed p;
    parse(p, arguments, { { u"csv"_s, QString(), u"file"_s }, { u"mapping"_s, QString(), u"file"_s }, { u"dry-run"_s, QString() } });
    if (!p.ok)
        return fail(Usage, p.error);
    if (!p.parser.isSet(u"csv"_s))
        return fail(Usage, tr("Say which file to import with --csv FILE."));
    const QString csv = p.parser.value(u"csv"_s);
    CsvTable table;
    if (!table.read(csv))
        return fail(Refused, table.error());
    PeopleMapping mapping = PeopleMapping::guessed(table.header());
    if (p.parser.isSet(u"mapping"_s) && !mapping.load(p.parser.value(u"mapping"_s), table.header()))
        return fail(Refused, mapping.error());

    std::unique_ptr<Caseload> opened;
    if (const int code = openExisting(p.parser, opened); code != Ok)
        return code;
    Caseload& caseload = *opened;
    PeopleImport import(caseload.database(), caseload.site().site().coordinatorId);
    if (!import.prepare(table, mapping))
        return fail(Refused, import.error());

    // Without a coordinator to ask, rows that may be someone here are left out (a likely
    // match is filled in: blanks only), and each is listed.
    for (int i = 0; i < import.rows().size(); ++i) {
        const PeopleImport::Row& row = import.rows().at(i);
        if (row.choice == PeopleImport::Choice::Add && !row.matches.isEmpty())
            import.choose(i, PeopleImport::Choice::Skip);
        for (const PeopleImport::Problem& problem : row.problems)
            m_out << import.describe(row, problem) << Qt::endl;
        if (row.problems.isEmpty() && !row.matches.isEmpty())
            m_out << tr("Row %1: %2").arg(row.line).arg(PeopleImport::matchText(row)) << Qt::endl;
    }
    const int adding = import.count(PeopleImport::Choice::Add);
    const int filling = import.count(PeopleImport::Choice::Fill);
    const int skipping = import.count(PeopleImport::Choice::Skip);
    if (p.parser.isSet(u"dry-run"_s)) {
        m_out << tr("Would add %n people, fill in %1 and skip %2.", nullptr, adding).arg(filling).arg(skipping) << Qt::endl;
        return Ok;
    }
    if (auto command = import.command(caseload.editor(), QFileInfo(csv).fileName())) {
        if (!caseload.editor().run(std::move(command)))
            return fail(Refused, caseload.editor().error());
        if (!caseload.audit().record(AuditLog::Action::ImportedPeople, {}, u"%1 added, %2 filled in"_s.arg(adding).arg(filling)))
            return fail(Refused, caseload.audit().error());
    }
    m_out << tr("Added %n people, filled in %1 and skipped %2.", nullptr, adding).arg(filling).arg(skipping) << Qt::endl;
    return Ok;
}

} // namespace alongside
