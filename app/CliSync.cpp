// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's sync commands: export and import, and opening a caseload for them
// with the team passphrase (the rest of the commands are in Cli.cpp).

#include "Cli.h"
#include "CliParsing.h"

#include "Caseload.h"
#include "Passphrase.h"
#include "storage/Encryption.h"
#include "sync/SyncService.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace alongside {

using namespace cli;

int Cli::openForSync(Caseload& caseload, const QCommandLineParser& parser, bool needTeam)
{
    const QString path = databasePath(parser);
    // Opened as the window would, so a copied database gets its own site first.
    if (!caseload.open(path))
        return fail(Refused, caseload.error());
    if (needTeam && !caseload.sync().hasTeam())
        return fail(Refused, tr("This laptop is not in a team yet: set up a team, or join one by importing a teammate's full export, before exporting."));
    return unlock(caseload, parser);
}

int Cli::unlock(Caseload& caseload, const QCommandLineParser& parser)
{
    QString error;
    const QString passphrase = readPassphrase({ parser.value(passphraseFile), true, false }, &error);
    if (!error.isEmpty())
        return fail(Refused, error);
    if (passphrase.isEmpty())
        return fail(Usage, tr("The team passphrase is needed: set ALONGSIDE_PASSPHRASE, give --passphrase-file, or run this at a terminal."));
    if (!caseload.sync().unlock(passphrase))
        return fail(Refused, caseload.sync().error());
    warnKeyMemory();
    return Ok;
}

void Cli::warnKeyMemory()
{
    const QString warning = SyncService::keyMemoryWarning();
    if (!warning.isEmpty() && !m_warnedKeyMemory)
        m_err << warning << Qt::endl;
    m_warnedKeyMemory = m_warnedKeyMemory || !warning.isEmpty();
}

int Cli::exportFile(const QStringList& arguments)
{
    Parsed p;
    parse(p, arguments, { { u"to"_s, QString(), u"folder"_s }, { u"full"_s, QString() }, passphraseFile });
    if (!p.ok)
        return fail(Usage, p.error);
    if (!p.parser.isSet(u"to"_s))
        return fail(Usage, tr("export needs --to FOLDER, where the sync file is written."));
    std::unique_ptr<Caseload> caseload;
    if (const int code = openCaseload(p.parser, caseload); code != Ok)
        return code;
    if (const int code = openForSync(*caseload, p.parser, true); code != Ok)
        return code;
    QString written;
    if (!caseload->sync().exportTo(p.parser.value(u"to"_s), p.parser.isSet(u"full"_s), &written))
        return fail(Refused, caseload->sync().error());
    if (written.isEmpty())
        m_err << tr("Nothing has changed since the last export, so no file was written.") << Qt::endl;
    else
        m_out << written << Qt::endl;
    return Ok;
}

int Cli::importFiles(const QStringList& arguments)
{
    Parsed p;
    parse(p, arguments, { passphraseFile });
    if (!p.ok)
        return fail(Usage, p.error);
    const QStringList files = p.parser.positionalArguments();
    if (files.isEmpty())
        return fail(Usage, tr("import needs one or more sync files."));
    std::unique_ptr<Caseload> caseload;
    if (const int code = openCaseload(p.parser, caseload); code != Ok)
        return code;
    if (const int code = openForSync(*caseload, p.parser, false); code != Ok)
        return code;
    ImportReport report;
    const bool ok = caseload->sync().importFiles(files, report);
    warnKeyMemory(); // joining derives the key only now
    for (const QString& notice : std::as_const(report.notices))
        m_out << notice << Qt::endl;
    if (report.imported > 0) {
        const MergeCounts& c = report.counts;
        m_out << tr("Imported %n file(s): ", nullptr, report.imported)
              << tr("%1 new, %2 updated, %3 conflicts, %4 erased, %5 skipped.")
                     .arg(c.newRecords)
                     .arg(c.updatedRecords)
                     .arg(c.conflicts)
                     .arg(c.erased)
                     .arg(c.skipped)
              << Qt::endl;
    }
    if (!ok) {
        const QStringList refusals = caseload->sync().error().split(u'\n');
        for (const QString& refusal : refusals)
            fail(Refused, refusal);
        return Refused;
    }
    return Ok;
}

} // namespace alongside
