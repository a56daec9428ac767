// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamKey.h"

#include <QSet>

#include <atomic>

#include <sodium.h>
#include <zxcvbn.h>

namespace alongside {

namespace {
constexpr quint32 maxOpsLimit = 10;
constexpr quint32 maxMemLimitKiB = 1024 * 1024; // 1 GiB
constexpr char checkLabel[] = "alongside team key check";

std::atomic<bool> lockRefused { false };

// Locks the bytes out of swap; a refusal (a memory-lock limit, no privilege) is
// remembered, so it can be reported rather than passed over.
void lockInMemory(QByteArray& bytes)
{
    if (sodium_mlock(bytes.data(), size_t(bytes.size())) != 0)
        lockRefused = true;
}
} // namespace

bool TeamKey::memoryLocked()
{
    return !lockRefused;
}

bool initialiseCrypto()
{
    return sodium_init() >= 0;
}

bool KdfParameters::withinLimits() const
{
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opsLimit <= maxOpsLimit
        && quint64(memLimitKiB) * 1024 >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memLimitKiB <= maxMemLimitKiB;
}

TeamKey::~TeamKey()
{
    wipe();
}

TeamKey::TeamKey(const TeamKey& other)
    : m_key(other.m_key.constData(), other.m_key.size())
    , m_salt(other.m_salt)
    , m_parameters(other.m_parameters)
{
    if (!m_key.isEmpty())
        lockInMemory(m_key);
}

TeamKey& TeamKey::operator=(const TeamKey& other)
{
    if (this != &other) {
        wipe();
        m_key = QByteArray(other.m_key.constData(), other.m_key.size());
        if (!m_key.isEmpty())
            lockInMemory(m_key);
        m_salt = other.m_salt;
        m_parameters = other.m_parameters;
    }
    return *this;
}

void TeamKey::wipe()
{
    if (!m_key.isEmpty()) {
        sodium_munlock(m_key.data(), size_t(m_key.size())); // also zeroes it
        m_key.clear();
    }
}

void TeamKey::wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QByteArray TeamKey::randomBytes(int count)
{
    initialiseCrypto();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

TeamKey TeamKey::derive(const QString& passphrase, const QByteArray& salt, const KdfParameters& parameters)
{
    TeamKey key;
    if (!initialiseCrypto() || salt.size() != saltBytes || !parameters.withinLimits())
        return key;
    QByteArray secret = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray out(keyBytes, Qt::Uninitialized);
    lockInMemory(out);
    const int rc = crypto_pwhash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                                 secret.constData(), size_t(secret.size()),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), parameters.opsLimit,
                                 size_t(parameters.memLimitKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (rc != 0) {
        sodium_munlock(out.data(), size_t(out.size()));
        return key;
    }
    key.m_key = out;
    key.m_salt = salt;
    key.m_parameters = parameters;
    return key;
}

TeamKey TeamKey::restore(const QByteArray& stored, const QByteArray& salt, const KdfParameters& parameters,
                         const QByteArray& check)
{
    TeamKey key;
    if (stored.size() != keyBytes || salt.size() != saltBytes)
        return key;
    key.m_key = QByteArray(stored.constData(), stored.size());
    lockInMemory(key.m_key);
    key.m_salt = salt;
    key.m_parameters = parameters;
    if (key.check() != check)
        key.wipe();
    return key;
}

QByteArray TeamKey::check() const
{
    if (!isValid())
        return {};
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(checkLabel), sizeof checkLabel - 1, data(),
                       size_t(keyBytes));
    return out;
}

namespace {
// zxcvbn's estimate, in bits, of how hard the passphrase is to guess, and what about it
// makes it easiest to guess.
struct Estimate
{
    double bits = 0;
    int weakest = NON_MATCH;
};

Estimate estimate(const QString& passphrase)
{
    ZxcMatch_t* info = nullptr;
    Estimate e;
    e.bits = ZxcvbnMatch(passphrase.toUtf8().constData(), nullptr, &info);
    // zxcvbn splits the passphrase into the parts that make it easiest to guess; the
    // longest of them is what to say.
    int longest = 0;
    for (const ZxcMatch_t* m = info; m; m = m->Next) {
        if (m->Length > longest) {
            longest = m->Length;
            e.weakest = (m->Type & MULTIPLE_MATCH) ? REPEATS_MATCH : m->Type;
        }
    }
    ZxcvbnFreeInfo(info);
    return e;
}

// Bits of guessing: below the first, a team's files are refused the passphrase.
constexpr double refusedBelow = 40;
constexpr double weakBelow = 50;
constexpr double strongFrom = 65;
} // namespace

int TeamKey::strength(const QString& passphrase)
{
    const double bits = estimate(passphrase.trimmed()).bits;
    return bits < refusedBelow ? 0 : bits < weakBelow ? 1 : bits < strongFrom ? 2 : 3;
}

QString TeamKey::strengthHint(const QString& passphrase)
{
    const Estimate e = estimate(passphrase.trimmed());
    if (e.bits >= strongFrom)
        return tr("Strong.");
    if (e.bits >= weakBelow)
        return tr("Good. A few more words would make it strong.");
    if (e.bits >= refusedBelow)
        return tr("Weak: add a word or two more.");
    QString why;
    switch (e.weakest) {
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH:
        why = tr("it is mostly a common word, name or password");
        break;
    case REPEATS_MATCH:
        why = tr("it repeats the same characters");
        break;
    case SEQUENCE_MATCH:
        why = tr("it follows a sequence such as abc or 123");
        break;
    case SPATIAL_MATCH:
        why = tr("it follows keys next to each other on the keyboard");
        break;
    case DATE_MATCH:
    case YEAR_MATCH:
        why = tr("it is mostly a date or a year");
        break;
    default:
        why = tr("it is too short");
    }
    return tr("Too weak (%1): use four or more unrelated words.").arg(why);
}

} // namespace alongside
