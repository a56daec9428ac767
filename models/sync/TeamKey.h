// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace alongside {

// Argon2id cost of turning a team passphrase into a key. Pinned to ARGON2ID13; chosen
// when the team is set up, written in every sync file's header and capped when read,
// so a hostile file cannot make a laptop spend minutes or gigabytes on it.
struct KdfParameters
{
    quint32 opsLimit = 3;
    quint32 memLimitKiB = 64 * 1024;

    static KdfParameters standard() { return {}; }
    // Cheap parameters for tests; never used by the application.
    static KdfParameters forTests() { return { 1, 8 * 1024 }; }
    bool withinLimits() const;
    bool operator==(const KdfParameters&) const = default;
};

// The team's 32-byte secret key, derived from the passphrase and the team's salt. Kept
// in locked memory and wiped when it goes; the passphrase itself is never stored.
class TeamKey
{
    Q_DECLARE_TR_FUNCTIONS(TeamKey)

public:
    static constexpr int keyBytes = 32;
    static constexpr int saltBytes = 16;

    TeamKey() = default;
    ~TeamKey();
    TeamKey(const TeamKey& other);
    TeamKey& operator=(const TeamKey& other);

    // Empty on failure (out of memory for the chosen parameters).
    static TeamKey derive(const QString& passphrase, const QByteArray& salt, const KdfParameters& parameters);
    static QByteArray randomBytes(int count);
    // A key kept inside the encrypted caseload (stored()), checked against the team's
    // check value; empty when it does not match or has the wrong length.
    static TeamKey restore(const QByteArray& stored, const QByteArray& salt, const KdfParameters& parameters,
                           const QByteArray& check);
    QByteArray stored() const { return QByteArray(m_key.constData(), m_key.size()); }
    // Zeroes a copy of key bytes before it is let go.
    static void wipe(QByteArray& bytes);

    bool isValid() const { return m_key.size() == keyBytes; }
    const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(m_key.constData()); }
    QByteArray salt() const { return m_salt; }
    KdfParameters parameters() const { return m_parameters; }
    // A value that shows whether a later passphrase gives the same key, without
    // revealing the key: BLAKE2b keyed with it over a fixed label.
    QByteArray check() const;

    // False once the system refused to lock a key out of swap in this process (a
    // memory-lock limit, or no privilege to lock): the key could reach the disk.
    static bool memoryLocked();

    // A rough guide for people choosing a passphrase: 0 too weak … 3 strong.
    static int strength(const QString& passphrase);
    static QString strengthHint(const QString& passphrase);

private:
    void wipe();

    QByteArray m_key;
    QByteArray m_salt;
    KdfParameters m_parameters;
};

// Call once before any libsodium use; safe to call again.
bool initialiseCrypto();

} // namespace alongside
