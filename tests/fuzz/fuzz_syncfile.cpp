// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the sync file reader. Each input is a whole file: its header is
// read, then its chunks are decrypted with a team key derived once (as a laptop keeps
// it while unlocked), decompressed and split into lines, and each line is decoded as
// the import would. Nothing may crash, hang or grow without bound; a file that is not
// authentic must be refused with a problem named.

#include "Caseload.h"
#include "sync/SyncFile.h"
#include "sync/SyncLines.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
struct Harness
{
    TeamKey key;
    QByteArray teamId;
    SharedColumns columns;
};

Harness* harness = nullptr;

[[noreturn]] void broken(const char* what)
{
    std::fprintf(stderr, "broken: %s\n", what);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    QStandardPaths::setTestModeEnabled(true);
    harness = new Harness;
    harness->key = TeamKey::derive(u"river otter meadow lantern"_s, QByteArray(TeamKey::saltBytes, '\x5a'),
                                   KdfParameters::forTests());
    harness->teamId = QByteArray(16, '\x11');
    QTemporaryDir dir;
    Database::Options options;
    options.machineId = u"fuzz-machine"_s;
    Caseload c(options);
    if (!harness->key.isValid() || !c.open(dir.filePath(u"columns.db"_s)) || !harness->columns.load(c.database().connection()))
        broken("set up");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    SyncFileReader reader;
    if (!reader.readBytes(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)))) {
        if (reader.problem() == SyncFileProblem::None)
            broken("a refused header names its problem");
        return 0;
    }
    int line = 0;
    bool decoded = true;
    const bool read = reader.decrypt(harness->key, [&](const QByteArray& text) {
        ++line;
        if (text.isEmpty() || text.contains('\n'))
            broken("lines are split at newlines and never empty");
        // The decoder has its own target (linemerge); here a few lines each are enough,
        // and the rest of a long file exercises only the framing, quickly.
        if (line > 16)
            return true;
        if (line == 1) {
            Manifest manifest;
            decoded = SyncLines::decodeManifest(text, manifest);
        } else {
            SyncLine out;
            QString reason;
            decoded = SyncLines::decodeLine(text, line, harness->columns, out, &reason);
            if (!decoded && reason.isEmpty())
                broken("a refused line gives its reason");
        }
        return decoded;
    });
    if (!read && decoded && reader.problem() == SyncFileProblem::None)
        broken("a refused file names its problem");
    return 0;
}

// Authentic files written with the harness's key, for a starting corpus: the fuzzer
// cannot forge a chunk, but it can cut, join and reframe real ones.
extern "C" int alongsideFuzzWriteSeeds(const char* folder)
{
    QFile base(QStringLiteral(ALONGSIDE_FUZZ_SEEDS "/linemerge/base.jsonl"));
    if (!base.open(QIODevice::ReadOnly))
        return 1;
    const QList<QByteArray> lines = base.readAll().split('\n');
    Manifest m;
    m.teamId = QString::fromLatin1(harness->teamId.toHex());
    m.siteId = u"0123456789abcdef0123456789abcdef"_s;
    for (int copies : { 1, 400 }) { // one chunk, and three
        const QString path = QDir(QFile::decodeName(folder)).filePath(u"authentic-%1.alongside-sync"_s.arg(copies));
        SyncFileWriter w(harness->key, harness->teamId, QByteArray(16, char(copies % 256)));
        if (!w.open(path))
            return 1;
        m.exportId = QString::fromLatin1(w.header().exportId.toHex());
        m.rowCount = copies * (lines.size() - 1);
        bool ok = w.addLine(SyncLines::encode(m));
        for (int i = 0; i < copies; ++i) {
            for (const QByteArray& line : lines)
                ok = ok && (line.isEmpty() || w.addLine(line));
        }
        if (!ok || !w.commit())
            return 1;
    }
    return 0;
}
