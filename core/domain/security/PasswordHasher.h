#pragma once

#include <QByteArray>
#include <QString>

namespace ow {

// Argon2id password hashing (libsodium crypto_pwhash_str). Hashes carry their own parameters,
// so stronger settings later do not invalidate stored hashes.
class PasswordHasher
{
public:
    enum class Strength { Interactive, Moderate };
    explicit PasswordHasher(Strength strength = Strength::Interactive);

    QString hash(const QString &password) const;  // empty on failure (out of memory)
    static bool verify(const QString &hash, const QString &password);

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

// Random bearer tokens: 32 bytes from libsodium's CSPRNG, base64url without padding (43 chars).
// Only their SHA-256 is ever stored.
class TokenGenerator
{
public:
    static QString newToken();
    static QString digest(const QString &token); // hex SHA-256
};

// Initialises libsodium once; every user of it calls this first.
bool ensureSodium();

} // namespace ow
