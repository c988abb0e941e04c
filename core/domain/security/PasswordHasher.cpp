#include "core/domain/security/PasswordHasher.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace ow {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

PasswordHasher::PasswordHasher(Strength strength)
    : m_opsLimit(strength == Strength::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MODERATE)
    , m_memLimit(strength == Strength::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MODERATE)
{
    ensureSodium();
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), static_cast<unsigned long long>(pw.size()), m_opsLimit, m_memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    if (h.isEmpty() || h.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), static_cast<unsigned long long>(pw.size())) == 0;
}

QString TokenGenerator::newToken()
{
    ensureSodium();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenGenerator::digest(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace ow
