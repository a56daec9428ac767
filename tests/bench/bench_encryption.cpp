// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: what encryption costs. The same caseload, plain and encrypted (SQLCipher 4
// defaults), measured side by side in one run: opening it, the people list as the window
// first shows it, a search, and joining a team with a full export of it. Each figure is
// encrypted ÷ plain.
//
//   bench_encryption [--people N] [--source FILE]
//
// Makes a demo caseload of N people (5,000 by default) in a team, or reuses FILE (a
// plain caseload in the team bench_sync makes, kept with its --source). Run on demand;
// see docs/performance.md.

#include "BenchSupport.h"
#include "Caseload.h"
#include "demo/DemoCaseload.h"
#include "items/PeopleModel.h"
#include "storage/Encryption.h"
#include "sync/SyncService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace alongside;
using bench::medianMs;

namespace {
const QString teamPassphrase = u"river otter meadow lantern"_s;
const QString caseloadPassphrase = u"kettle harbour violet seventeen"_s;

double onceMs(const std::function<bool()>& work)
{
    QElapsedTimer t;
    t.start();
    if (!work()) {
        std::fprintf(stderr, "failed\n");
        std::exit(1);
    }
    return double(t.nsecsElapsed()) / 1e6;
}

void report(const char* what, double plain, double encrypted)
{
    std::printf("%-44s %10.1f ms plain %10.1f ms encrypted  %5.2fx\n", what, plain, encrypted, encrypted / plain);
    std::fflush(stdout);
}

Database::Options options(bool encrypted, const QString& machine)
{
    Database::Options o;
    o.machineId = machine;
    o.passphrase = encrypted ? caseloadPassphrase : QString();
    return o;
}

// What the window does once the caseload is open: the list's model counts, then asks
// for the rows in sight.
void openList(Caseload& c)
{
    PeopleModel model(c.people(), c.notifier(), c.clock());
    for (int r = 0; r < 40; ++r)
        model.data(model.index(r, PeopleModel::NameColumn));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"people"_s, u"People in the caseload."_s, u"n"_s, u"5000"_s },
                        { u"source"_s, u"A plain caseload in bench_sync's team, reused as it is."_s, u"file"_s } });
    parser.process(app);
    QTemporaryDir dir;
    const QString plain = dir.filePath(u"plain.db"_s);
    const QString encrypted = dir.filePath(u"encrypted.db"_s);
    if (parser.isSet(u"source"_s)) {
        if (!QFile::copy(parser.value(u"source"_s), plain)) {
            std::fprintf(stderr, "cannot copy the source\n");
            return 1;
        }
    } else {
        Caseload source(options(false, u"bench-source"_s));
        DemoCaseload demo(source, { parser.value(u"people"_s).toInt(), 1, 30 });
        if (!source.open(plain) || !demo.generate() || !source.sync().createTeam(u"Bench"_s, teamPassphrase)) {
            std::fprintf(stderr, "could not make the caseload\n");
            return 1;
        }
    }
    {
        Caseload source(options(false, u"bench-source"_s)); // brought to this version's schema first
        if (!source.open(plain)) {
            std::fprintf(stderr, "%s\n", qPrintable(source.error()));
            return 1;
        }
        for (const QString& backup : source.database().backups())
            QFile::remove(backup);
    }
    QFile::copy(plain, encrypted);
    QString why;
    const double convertMs = onceMs([&] { return Encryption::convert(encrypted, caseloadPassphrase, &why); });
    std::printf("caseload: %.1f MB; encrypting it once took %.0f ms\n\n", double(QFileInfo(plain).size()) / 1e6,
                convertMs);

    const double openPlain = medianMs([&] { Caseload(options(false, u"bench-source"_s)).open(plain); }, 5);
    const double openEncrypted = medianMs([&] { Caseload(options(true, u"bench-source"_s)).open(encrypted); }, 5);
    report("open (encrypted: with key derivation)", openPlain, openEncrypted);

    Caseload p(options(false, u"bench-source"_s));
    Caseload e(options(true, u"bench-source"_s));
    if (!p.open(plain) || !e.open(encrypted)) {
        std::fprintf(stderr, "cannot open\n");
        return 1;
    }
    report("people list: model + 40 visible rows", medianMs([&] { openList(p); }, 15), medianMs([&] { openList(e); }, 15));
    PeopleQuery search;
    search.search = u"sian"_s;
    report("search \"sian\": count + first page",
           medianMs([&] { p.people().count(search), p.people().page(search, 0, PeopleModel::pageSize); }, 15),
           medianMs([&] { e.people().count(search), e.people().page(search, 0, PeopleModel::pageSize); }, 15));
    PeopleQuery everyone;
    everyone.archived = PeopleQuery::Archived::Include;
    report("count everyone", medianMs([&] { p.people().count(everyone); }, 15),
           medianMs([&] { e.people().count(everyone); }, 15));

    // A full export of the caseload, imported by a new laptop joining the team.
    QString file;
    if (!p.sync().unlock(teamPassphrase) || !p.sync().exportTo(dir.path(), true, &file)) {
        std::fprintf(stderr, "%s\n", qPrintable(p.sync().error()));
        return 1;
    }
    std::printf("full export: %.1f MB\n", double(QFileInfo(file).size()) / 1e6);
    auto join = [&](bool encryptedJoiner) {
        const QString path = dir.filePath(encryptedJoiner ? u"joiner-e.db"_s : u"joiner-p.db"_s);
        Caseload joiner(options(encryptedJoiner, u"bench-joiner"_s));
        ImportReport importReport;
        return onceMs([&] {
            return joiner.open(path) && joiner.site().setUp(u"Bethan Rees"_s, u"bench-joiner"_s)
                && joiner.sync().unlock(teamPassphrase) && joiner.sync().importFiles({ file }, importReport);
        });
    };
    const double joinPlain = join(false);
    const double joinEncrypted = join(true);
    report("join with the full export", joinPlain, joinEncrypted);
    return 0;
}
