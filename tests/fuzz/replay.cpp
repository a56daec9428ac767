// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target's entry point over files without libFuzzer: the inputs that once
// failed (tests/fuzz/regressions) and the seeds, as an ordinary test in every build.
//
//   replay_<target> FILE_OR_FOLDER...
//   replay_<target> --write-seeds FOLDER   (targets that make authentic seed files)

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstring>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" __attribute__((weak)) int alongsideFuzzWriteSeeds(const char* folder);

int main(int argc, char* argv[])
{
    LLVMFuzzerInitialize(&argc, &argv);
    if (argc == 3 && std::strcmp(argv[1], "--write-seeds") == 0) {
        if (!alongsideFuzzWriteSeeds)
            return 0;
        QDir().mkpath(QFile::decodeName(argv[2]));
        return alongsideFuzzWriteSeeds(argv[2]);
    }
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QFile::decodeName(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(path);
        }
    }
    files.sort();
    for (const QString& path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray input = f.readAll();
        std::printf("%s\n", qPrintable(QFileInfo(path).fileName()));
        std::fflush(stdout);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
    }
    std::printf("%lld inputs replayed, none failed\n", static_cast<long long>(files.size()));
    return 0;
}
