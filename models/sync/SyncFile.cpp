// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncFile.h"

#include <QBuffer>
#include <QFile>
#include <QtEndian>

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
constexpr char magic[] = "ALNGSYNC";
constexpr int magicSize = 8;
constexpr int idBytes = 16;
// Far beyond the full export of a 50,000-person caseload (about 200 MB).
constexpr qint64 maxFileBytes = qint64(1) << 30;

using State = crypto_secretstream_xchacha20poly1305_state;

void putU16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void putU32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}
} // namespace

QByteArray SyncHeader::toBytes() const
{
    QByteArray out;
    out.reserve(size);
    out.append(magic, magicSize);
    putU16(out, format);
    putU16(out, 0); // reserved
    out.append(teamId.leftJustified(idBytes, '\0', true));
    out.append(exportId.leftJustified(idBytes, '\0', true));
    putU32(out, argon2id13);
    putU32(out, kdf.opsLimit);
    putU32(out, kdf.memLimitKiB);
    out.append(salt.leftJustified(TeamKey::saltBytes, '\0', true));
    out.append(streamHeader.leftJustified(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0', true));
    Q_ASSERT(out.size() == size);
    return out;
}

SyncFileWriter::SyncFileWriter(const TeamKey& key, const QByteArray& teamId, const QByteArray& exportId)
    : m_key(key)
{
    m_header.teamId = teamId;
    m_header.exportId = exportId;
    m_header.kdf = key.parameters();
    m_header.salt = key.salt();
}

SyncFileWriter::~SyncFileWriter()
{
    if (!m_state.isEmpty())
        sodium_memzero(m_state.data(), size_t(m_state.size()));
}

bool SyncFileWriter::open(const QString& path)
{
    if (!m_key.isValid())
        return false;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        return false;
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_state = QByteArray(int(sizeof(State)), '\0');
    m_header.streamHeader = QByteArray(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(reinterpret_cast<State*>(m_state.data()),
                                                    reinterpret_cast<unsigned char*>(m_header.streamHeader.data()),
                                                    m_key.data());
    m_headerBytes = m_header.toBytes();
    return m_file->write(m_headerBytes) == m_headerBytes.size();
}

bool SyncFileWriter::addLine(const QByteArray& line)
{
    m_pending.append(line);
    m_pending.append('\n');
    return m_pending.size() < chunkTarget || flush(false);
}

bool SyncFileWriter::flush(bool final)
{
    const QByteArray plain = qCompress(m_pending, 6);
    m_pending.clear();
    QByteArray cipher(plain.size() + int(crypto_secretstream_xchacha20poly1305_ABYTES), Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_secretstream_xchacha20poly1305_push(
        reinterpret_cast<State*>(m_state.data()), reinterpret_cast<unsigned char*>(cipher.data()), &length,
        bytes(plain), size_t(plain.size()), bytes(m_headerBytes), size_t(m_headerBytes.size()),
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    QByteArray frame;
    putU32(frame, quint32(length));
    return m_file->write(frame) == frame.size() && m_file->write(cipher.constData(), qint64(length)) == qint64(length);
}

bool SyncFileWriter::commit()
{
    if (!m_file || !flush(true))
        return false;
    return m_file->commit();
}

SyncFileReader::SyncFileReader() = default;
SyncFileReader::~SyncFileReader() = default;

bool SyncFileReader::fail(SyncFileProblem problem)
{
    m_problem = problem;
    return false;
}

bool SyncFileReader::isRegularFile(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
}

bool SyncFileReader::read(const QString& path)
{
    m_device.reset();
    m_problem = SyncFileProblem::None;
    // Opened without blocking and checked before a byte is read: a pipe would wait for
    // ever, and a device (a link to /dev/zero) never ends.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return fail(SyncFileProblem::Unreadable);
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(SyncFileProblem::NotRegular);
    }
    if (st.st_size > maxFileBytes) {
        ::close(fd);
        return fail(SyncFileProblem::TooLarge);
    }
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(SyncFileProblem::Unreadable);
    }
    m_size = st.st_size;
    m_device = std::move(file);
    return readHeader();
}

bool SyncFileReader::readBytes(const QByteArray& data)
{
    m_problem = SyncFileProblem::None;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    m_size = data.size();
    m_device = std::move(buffer);
    return readHeader();
}

bool SyncFileReader::readHeader()
{
    const QByteArray head = m_device->read(SyncHeader::size);
    m_headerBytes = head;
    if (!head.startsWith(QByteArrayView(magic, magicSize)))
        return fail(SyncFileProblem::NotSyncFile);
    if (head.size() < magicSize + 2)
        return fail(SyncFileProblem::Truncated); // ours, cut off in its first bytes
    const auto* p = reinterpret_cast<const uchar*>(head.constData());
    m_header.format = qFromLittleEndian<quint16>(p + 8);
    if (m_header.format > SyncHeader::currentFormat)
        return fail(SyncFileProblem::NewerFormat);
    if (m_header.format == 0 || head.size() < SyncHeader::size)
        return fail(m_header.format == 0 ? SyncFileProblem::NotSyncFile : SyncFileProblem::Truncated);
    int at = 12;
    m_header.teamId = head.mid(at, idBytes);
    at += idBytes;
    m_header.exportId = head.mid(at, idBytes);
    at += idBytes;
    const quint32 algorithm = qFromLittleEndian<quint32>(p + at);
    m_header.kdf.opsLimit = qFromLittleEndian<quint32>(p + at + 4);
    m_header.kdf.memLimitKiB = qFromLittleEndian<quint32>(p + at + 8);
    at += 12;
    m_header.salt = head.mid(at, TeamKey::saltBytes);
    at += TeamKey::saltBytes;
    m_header.streamHeader = head.mid(at, crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (algorithm != SyncHeader::argon2id13 || !m_header.kdf.withinLimits())
        return fail(SyncFileProblem::BadParameters);
    return true;
}

// Reads, authenticates and decompresses the next chunk into text.
bool SyncFileReader::pull(void* statePointer, const QByteArray& ad, bool first, bool& finished, QByteArray& text)
{
    auto* state = static_cast<State*>(statePointer);
    const QByteArray frame = m_device->read(4);
    if (frame.size() < 4)
        return fail(SyncFileProblem::Truncated);
    const quint32 length = qFromLittleEndian<quint32>(reinterpret_cast<const uchar*>(frame.constData()));
    if (length < crypto_secretstream_xchacha20poly1305_ABYTES || length > maxChunk)
        return fail(first ? SyncFileProblem::Undecryptable : SyncFileProblem::Damaged);
    if (m_size - m_device->pos() < qint64(length))
        return fail(SyncFileProblem::Truncated);
    const QByteArray cipher = m_device->read(length);
    if (cipher.size() != qsizetype(length))
        return fail(SyncFileProblem::Unreadable);
    QByteArray plain(qsizetype(length - crypto_secretstream_xchacha20poly1305_ABYTES), Qt::Uninitialized);
    unsigned long long plainLength = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(state, reinterpret_cast<unsigned char*>(plain.data()), &plainLength,
                                                   &tag, bytes(cipher), length, bytes(ad), size_t(ad.size()))
        != 0)
        return fail(first ? SyncFileProblem::Undecryptable : SyncFileProblem::Damaged);
    finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    // qCompress data: 4-byte big-endian length, then a zlib stream. Cap the length.
    if (plain.size() < 4 || qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(plain.constData())) > maxPlainChunk)
        return fail(SyncFileProblem::Damaged);
    text = qUncompress(plain);
    if (text.isEmpty() && qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(plain.constData())) != 0)
        return fail(SyncFileProblem::Damaged);
    return true;
}

bool SyncFileReader::decrypt(const TeamKey& key, const LineSink& sink)
{
    if (!m_device || m_problem != SyncFileProblem::None || !key.isValid())
        return false;
    State state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(m_header.streamHeader), key.data()) != 0)
        return fail(SyncFileProblem::Undecryptable);
    const QByteArray& ad = m_headerBytes; // authenticated with every chunk
    m_device->seek(SyncHeader::size);
    // JSON lines compress some tenfold; a file that unpacks to far more is not ours.
    const qint64 maxText = m_size * 64 + 16 * 1024 * 1024;
    qint64 textSoFar = 0;
    bool first = true;
    bool finished = false;
    bool ok = true;
    QByteArray text;
    while (ok && !finished) {
        ok = pull(&state, ad, first, finished, text);
        first = false;
        textSoFar += text.size();
        if (ok && textSoFar > maxText)
            ok = fail(SyncFileProblem::Damaged);
        qsizetype start = 0;
        while (ok && start < text.size()) {
            qsizetype end = text.indexOf('\n', start);
            if (end < 0)
                end = text.size();
            if (end > start)
                ok = sink(text.mid(start, end - start));
            start = end + 1;
        }
    }
    sodium_memzero(&state, sizeof state);
    if (ok && !m_device->atEnd())
        return fail(SyncFileProblem::Damaged); // bytes after the final chunk
    return ok;
}

bool SyncFileReader::decrypt(const TeamKey& key, QList<QByteArray>& lines)
{
    lines.clear();
    const bool ok = decrypt(key, [&](const QByteArray& line) {
        lines.append(line);
        return true;
    });
    if (!ok)
        lines.clear();
    return ok;
}

} // namespace alongside
