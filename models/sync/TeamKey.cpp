#include "TeamKey.h"

#include <QSet>

#include <sodium.h>

namespace alongside {

namespace {
constexpr quint32 maxOpsLimit = 10;
constexpr quint32 maxMemLimitKiB = 1024 * 1024; // 1 GiB
constexpr char checkLabel[] = "alongside team key check";
} // namespace

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
        sodium_mlock(m_key.data(), size_t(m_key.size()));
}

TeamKey& TeamKey::operator=(const TeamKey& other)
{
    if (this != &other) {
        wipe();
        m_key = QByteArray(other.m_key.constData(), other.m_key.size());
        if (!m_key.isEmpty())
            sodium_mlock(m_key.data(), size_t(m_key.size()));
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
    sodium_mlock(out.data(), size_t(out.size()));
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

int TeamKey::strength(const QString& passphrase)
{
    const QString p = passphrase.trimmed();
    QSet<QChar> distinct(p.cbegin(), p.cend());
    const qsizetype words = p.split(u' ', Qt::SkipEmptyParts).size();
    if (p.size() < 10 || distinct.size() < 6)
        return 0;
    if (p.size() < 16)
        return 1;
    if (p.size() < 24 && words < 4)
        return 2;
    return 3;
}

QString TeamKey::strengthHint(const QString& passphrase)
{
    switch (strength(passphrase)) {
    case 0:
        return tr("Too weak: use at least four unrelated words, or 16 characters or more.");
    case 1:
        return tr("Weak: add a word or two more.");
    case 2:
        return tr("Good. A few more words would make it strong.");
    default:
        return tr("Strong.");
    }
}

} // namespace alongside
