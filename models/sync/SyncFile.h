// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TeamKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QSaveFile>
#include <QString>

#include <functional>
#include <memory>

namespace alongside {

// The plain header at the start of every sync file (docs/sync-format.md). All integers
// little-endian; 96 bytes in all; authenticated as additional data of every chunk.
struct SyncHeader
{
    static constexpr int size = 96;
    static constexpr quint16 currentFormat = 1;
    static constexpr quint32 argon2id13 = 2;

    quint16 format = currentFormat;
    QByteArray teamId;       // 16 bytes
    QByteArray exportId;     // 16 bytes
    KdfParameters kdf;
    QByteArray salt;         // 16 bytes
    QByteArray streamHeader; // 24 bytes, crypto_secretstream_xchacha20poly1305

    QByteArray toBytes() const;
};

// Why a file could not be read; the caller turns it into a sentence for the person.
enum class SyncFileProblem {
    None,
    Unreadable,      // could not open or read the file
    NotSyncFile,     // empty, too short, or no ALNGSYNC magic
    NewerFormat,     // made by a newer version of Alongside
    BadParameters,   // key-derivation parameters outside what this version accepts
    Undecryptable,   // the first chunk does not open: wrong passphrase, or damaged
    Damaged,         // a later chunk fails authentication or decompression
    Truncated,       // ends before the final chunk
    NotRegular,      // a folder, a device, a pipe or a socket: never read
    TooLarge,        // larger than any sync file Alongside writes
};

// Writes JSON lines into an encrypted sync file: compressed chunks in a secretstream,
// through QSaveFile so the file appears complete or not at all.
class SyncFileWriter
{
public:
    SyncFileWriter(const TeamKey& key, const QByteArray& teamId, const QByteArray& exportId);
    ~SyncFileWriter();

    bool open(const QString& path);
    bool addLine(const QByteArray& line);
    bool commit();
    QString errorString() const { return m_file ? m_file->errorString() : QString(); }
    const SyncHeader& header() const { return m_header; }

    static constexpr qsizetype chunkTarget = 256 * 1024;

private:
    bool flush(bool final);

    const TeamKey& m_key;
    SyncHeader m_header;
    QByteArray m_headerBytes;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_state; // crypto_secretstream state
    QByteArray m_pending;
};

// Reads a sync file chunk by chunk: the header first, then, with the key, one
// decrypted and decompressed chunk at a time, so memory does not grow with the file.
class SyncFileReader
{
public:
    SyncFileReader();
    ~SyncFileReader();

    // Opens an ordinary file (never a folder, device, pipe or socket, even through a
    // link) no larger than any Alongside writes, and reads its header.
    bool read(const QString& path);
    // The same from bytes in memory (a header alone is enough for header()).
    bool readBytes(const QByteArray& bytes);
    const SyncHeader& header() const { return m_header; }
    qint64 size() const { return m_size; }

    // Receives each JSON line in order; returning false stops the reading there.
    using LineSink = std::function<bool(const QByteArray& line)>;
    // Decrypts and decompresses the chunks from the first, handing each line to sink.
    // False when a chunk fails (problem() says how) or the sink stopped (problem() is
    // None). May be called again to read the file from the start.
    bool decrypt(const TeamKey& key, const LineSink& sink);
    // Every line at once: for small files and tests.
    bool decrypt(const TeamKey& key, QList<QByteArray>& lines);
    SyncFileProblem problem() const { return m_problem; }
    // An ordinary file (following links): not a folder, a device, a pipe or a socket.
    static bool isRegularFile(const QString& path);

    static constexpr quint32 maxChunk = 16 * 1024 * 1024;
    static constexpr quint32 maxPlainChunk = 64 * 1024 * 1024;

private:
    bool fail(SyncFileProblem problem);
    bool readHeader();
    bool pull(void* state, const QByteArray& ad, bool first, bool& finished, QByteArray& text);

    std::unique_ptr<QIODevice> m_device;
    qint64 m_size = 0;
    QByteArray m_headerBytes;
    SyncHeader m_header;
    SyncFileProblem m_problem = SyncFileProblem::None;
};

} // namespace alongside
