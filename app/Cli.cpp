// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "CliParsing.h"

#include "Caseload.h"
#include "Passphrase.h"
#include "demo/DemoCaseload.h"
#include "print/Printing.h"
#include "repositories/StatsRepository.h"
#include "storage/Encryption.h"
#include "sync/SyncService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace alongside {

using namespace cli;


bool Cli::isSubcommand(const QString& word)
{
    return subcommands.contains(word);
}

QString Cli::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + u"/alongside.db"_s;
}

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

int Cli::fail(Exit code, const QString& message)
{
    m_err << u"alongside: "_s << message << Qt::endl;
    return code;
}

int Cli::caseloadOptions(const QCommandLineParser& parser, const QString& path, Database::Mode mode,
                         Database::Options& options)
{
    options.mode = mode;
    const Encryption::Kind kind = Encryption::kindOf(path);
    if (kind == Encryption::Kind::Plain && mode == Database::Mode::ExistingAsIs)
        return Ok; // an older, plain caseload is read as it is
    const bool fresh = kind != Encryption::Kind::Encrypted;
    QString error;
    options.passphrase = readPassphrase({ parser.value(dbPassphraseFile), true, fresh, true }, &error);
    if (!error.isEmpty())
        return fail(Refused, error);
    if (options.passphrase.isEmpty())
        return fail(Usage, tr("The caseload's passphrase is needed: set ALONGSIDE_DB_PASSPHRASE, give "
                              "--db-passphrase-file, or run this at a terminal."));
    if (fresh && TeamKey::strength(options.passphrase) == 0)
        return fail(Refused, tr("That passphrase would not protect the caseload: %1").arg(TeamKey::strengthHint(options.passphrase)));
    return Ok;
}

int Cli::run(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"init")
        return init(rest);
    if (command == u"demo")
        return demo(rest);
    if (command == u"check")
        return check(rest);
    if (command == u"stats")
        return stats(rest);
    if (command == u"export")
        return exportFile(rest);
    if (command == u"import")
        return importFiles(rest);
    if (command == u"print")
        return print(rest);
    if (command == u"report")
        return report(rest);
    if (command == u"import-people")
        return importPeople(rest);
    if (command == u"calendar")
        return calendar(rest);
    if (command == u"directory")
        return directory(rest);
    if (command == u"sar")
        return subjectAccess(rest);
    return fail(Usage, tr("Unknown command %1; the commands are %2.").arg(command, subcommands.join(u", "_s)));
}

int Cli::init(const QStringList& arguments)
{
    Parsed p;
    parse(p, arguments, { { u"coordinator"_s, QString(), u"name"_s }, { u"laptop"_s, QString(), u"name"_s },
                          { u"team"_s, QString(), u"name"_s }, passphraseFile });
    if (!p.ok)
        return fail(Usage, p.error);
    if (p.parser.value(u"coordinator"_s).trimmed().isEmpty() || p.parser.value(u"laptop"_s).trimmed().isEmpty())
        return fail(Usage, tr("init needs --coordinator NAME and --laptop NAME."));
    QString passphrase;
    if (p.parser.isSet(u"team"_s)) {
        if (p.parser.value(u"team"_s).trimmed().isEmpty())
            return fail(Usage, tr("--team needs the team's name."));
        QString error;
        passphrase = readPassphrase({ p.parser.value(passphraseFile), true, true }, &error);
        if (!error.isEmpty())
            return fail(Refused, error);
        if (passphrase.isEmpty())
            return fail(Usage, tr("init --team needs the team passphrase: set ALONGSIDE_PASSPHRASE, give --passphrase-file, or run it at a terminal."));
        if (TeamKey::strength(passphrase) == 0)
            return fail(Refused, TeamKey::strengthHint(passphrase));
    }
    const QString path = databasePath(p.parser);
    Database::Options options;
    if (const int code = caseloadOptions(p.parser, path, Database::Mode::CreateOrMigrate, options); code != Ok)
        return code;
    Caseload caseload(options);
    if (!caseload.open(path))
        return fail(Refused, caseload.error());
    if (!caseload.site().setUp(p.parser.value(u"coordinator"_s), p.parser.value(u"laptop"_s)))
        return fail(Refused, caseload.site().error());
    m_out << tr("Set up %1 for %2 on %3.")
                 .arg(path, caseload.site().site().coordinatorName, caseload.site().site().laptopName)
          << Qt::endl;
    if (!passphrase.isEmpty()) {
        if (!caseload.sync().createTeam(p.parser.value(u"team"_s), passphrase))
            return fail(Refused, caseload.sync().error());
        m_out << tr("Set up the team %1.").arg(caseload.sync().teamName()) << Qt::endl;
    }
    return Ok;
}

int Cli::demo(const QStringList& arguments)
{
    Parsed p;
    parse(p, arguments, { { u"people"_s, QString(), u"n"_s, u"200"_s }, { u"seed"_s, QString(), u"s"_s, u"1"_s },
                          { u"team"_s, QString(), u"name"_s, tr("Demo team") }, passphraseFile });
    if (!p.ok)
        return fail(Usage, p.error);
    bool peopleOk = false;
    bool seedOk = false;
    const int people = p.parser.value(u"people"_s).toInt(&peopleOk);
    const uint seed = p.parser.value(u"seed"_s).toUInt(&seedOk);
    if (!peopleOk || people < 1 || people > 1000000)
        return fail(Usage, tr("--people takes a whole number from 1 to 1,000,000."));
    if (!seedOk)
        return fail(Usage, tr("--seed takes a whole number."));
    if (!p.parser.isSet(u"database"_s))
        return fail(Usage, tr("demo needs --database FILE, a new file for the demo caseload."));
    const QString path = p.parser.value(u"database"_s);
    if (QFileInfo::exists(path))
        return fail(Refused, tr("%1 already exists; demo only fills a new file, so choose another name.").arg(path));
    // A team when a passphrase is at hand: asked for only when --team is given.
    QString error;
    const QString passphrase = readPassphrase({ p.parser.value(passphraseFile), p.parser.isSet(u"team"_s), true }, &error);
    if (!error.isEmpty())
        return fail(Refused, error);
    Database::Options options;
    if (const int code = caseloadOptions(p.parser, path, Database::Mode::CreateOrMigrate, options); code != Ok)
        return code;
    Caseload caseload(options);
    if (!caseload.open(path))
        return fail(Refused, caseload.error());
    QElapsedTimer timer;
    timer.start();
    DemoCaseload demo(caseload, { people, seed, 30 });
    const bool ok = demo.generate([&](int done, int total) {
        if (done % 1000 == 0 || done == total)
            m_err << tr("Created %1 of %2 people…").arg(done).arg(total) << Qt::endl;
    });
    if (!ok)
        return fail(Refused, demo.error());
    const auto stats = StatsRepository(caseload.database()).collect();
    m_out << tr("Created a demo caseload of %1 people and %2 notes in %3 (%4 s).")
                 .arg(stats ? stats->tables.value(u"person"_s) : 0)
                 .arg(stats ? stats->tables.value(u"note"_s) : 0)
                 .arg(path)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    if (!passphrase.isEmpty()) {
        if (!caseload.sync().createTeam(p.parser.value(u"team"_s), passphrase))
            return fail(Refused, caseload.sync().error());
        m_out << tr("Set up the team %1.").arg(caseload.sync().teamName()) << Qt::endl;
    }
    return Ok;
}

int Cli::check(const QStringList& arguments)
{
    Parsed p;
    parse(p, arguments, {});
    if (!p.ok)
        return fail(Usage, p.error);
    const QString path = databasePath(p.parser);
    if (!QFileInfo::exists(path))
        return fail(Refused, tr("There is no database at %1.").arg(path));
    Database::Options options;
    if (const int code = caseloadOptions(p.parser, path, Database::Mode::ExistingAsIs, options); code != Ok)
        return code;
    Database db(options);
    if (!db.open(path))
        return fail(Refused, db.error());
    const QString result = StatsRepository(db).integrityCheck();
    if (result != u"ok")
        return fail(Refused, tr("The file %1 is damaged (%2); restore it from a backup.").arg(path, result));
    if (db.schemaVersion() < db.latestSchemaVersion())
        return fail(Refused, tr("%1 uses schema %2 and this version uses %3; open it in Alongside to update it.")
                                 .arg(path)
                                 .arg(db.schemaVersion())
                                 .arg(db.latestSchemaVersion()));
    m_out << tr("%1 is sound (schema %2).").arg(path).arg(db.schemaVersion()) << Qt::endl;
    return Ok;
}

int Cli::stats(const QStringList& arguments)
{
    Parsed p;
    parse(p, arguments, {});
    if (!p.ok)
        return fail(Usage, p.error);
    const QString path = databasePath(p.parser);
    if (!QFileInfo::exists(path))
        return fail(Refused, tr("There is no database at %1.").arg(path));
    Database::Options options;
    if (const int code = caseloadOptions(p.parser, path, Database::Mode::ExistingAsIs, options); code != Ok)
        return code;
    Database db(options);
    if (!db.open(path))
        return fail(Refused, db.error());
    const auto collected = StatsRepository(db).collect();
    if (!collected)
        return fail(Refused, tr("The file %1 is damaged; run alongside check for details.").arg(path));
    QJsonObject tables;
    for (auto it = collected->tables.cbegin(); it != collected->tables.cend(); ++it)
        tables.insert(it.key(), it.value());
    const QJsonObject stats { { u"schema_version"_s, db.schemaVersion() },
                              { u"tables"_s, tables },
                              { u"people_archived"_s, collected->archivedPeople },
                              { u"field_versions"_s, collected->fieldVersions },
                              { u"laptop"_s, collected->laptopName },
                              { u"site"_s, collected->siteId } };
    m_out << QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Indented));
    m_out.flush();
    return Ok;
}

int Cli::openCaseload(const QCommandLineParser& parser, std::unique_ptr<Caseload>& caseload)
{
    const QString path = databasePath(parser);
    if (!QFileInfo::exists(path))
        return fail(Refused, tr("There is no database at %1: set this laptop up first with alongside init.").arg(path));
    Database::Options options;
    if (const int code = caseloadOptions(parser, path, Database::Mode::CreateOrMigrate, options); code != Ok)
        return code;
    caseload = std::make_unique<Caseload>(options);
    return Ok;
}

int Cli::openExisting(const QCommandLineParser& parser, std::unique_ptr<Caseload>& caseload)
{
    if (const int code = openCaseload(parser, caseload); code != Ok)
        return code;
    if (!caseload->open(databasePath(parser)))
        return fail(Refused, caseload->error());
    return Ok;
}

int Cli::print(const QStringList& arguments)
{
    static const QStringList sectionKeys { u"vision"_s, u"profile"_s, u"goals"_s, u"circle"_s,
                                           u"connections"_s, u"review"_s, u"coordinator"_s, u"wellbeing"_s };
    Parsed p;
    parse(p, arguments, { { u"person"_s, QString(), u"id"_s }, { u"pdf"_s, QString(), u"file"_s },
                          { u"document"_s, QString(), u"kind"_s, u"plan"_s }, { u"sections"_s, QString(), u"list"_s },
                          { u"large-print"_s, QString() } });
    if (!p.ok)
        return fail(Usage, p.error);
    if (!p.parser.isSet(u"database"_s) || !p.parser.isSet(u"person"_s) || !p.parser.isSet(u"pdf"_s))
        return fail(Usage, tr("print needs --database FILE, --person ID and --pdf OUT."));
    PrintOptions options;
    if (!PrintOptions::documentFromKey(p.parser.value(u"document"_s), &options.document))
        return fail(Usage, tr("--document is plan, profile or summary."));
    if (p.parser.isSet(u"sections"_s)) {
        options.sections = {};
        for (const QString& key : p.parser.value(u"sections"_s).split(u',', Qt::SkipEmptyParts)) {
            const qsizetype at = sectionKeys.indexOf(key.trimmed());
            if (at < 0)
                return fail(Usage, tr("--sections takes a list from: %1.").arg(sectionKeys.join(u","_s)));
            options.sections |= PrintOptions::Section(1 << at);
        }
    }
    options.largePrint = p.parser.isSet(u"large-print"_s);
    const QString path = p.parser.value(u"database"_s);
    if (!QFileInfo::exists(path))
        return fail(Refused, tr("%1 does not exist.").arg(path));
    Database::Options databaseOptions;
    if (const int code = caseloadOptions(p.parser, path, Database::Mode::CreateOrMigrate, databaseOptions); code != Ok)
        return code;
    Caseload caseload(databaseOptions);
    if (!caseload.open(path))
        return fail(Refused, caseload.error());
    QString error;
    const QString pdf = p.parser.value(u"pdf"_s);
    const int pages = Printing::writePdf(caseload, p.parser.value(u"person"_s), options, pdf, &error);
    if (pages == 0)
        return fail(Refused, error);
    m_out << tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(pdf) << Qt::endl;
    return Ok;
}

} // namespace alongside
