#include "server/TlsSetup.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace ow {

namespace {

Error refusal(const char *source, const QStringList &args, const QString &detail)
{
    Error e{ErrorCode::BadRequest, detail, {}};
    e.text = {source, args};
    return e;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return refusal(QT_TRANSLATE_NOOP("ow::Errors", "The TLS file %1 does not exist."), {path},
                       QStringLiteral("%1 does not exist").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return refusal(QT_TRANSLATE_NOOP("ow::Errors", "The TLS file %1 cannot be read (%2)."), {path, f.errorString()},
                       QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

// Qt cannot tell whether a private key belongs to a certificate (it would find out at the first
// handshake, and refuse every caller then): OpenSSL, which Qt's TLS backend uses anyway, can.
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const std::unique_ptr<BIO, decltype(&BIO_free)> certBio(BIO_new_mem_buf(certificatePem.constData(),
                                                                            static_cast<int>(certificatePem.size())),
                                                            &BIO_free);
    const std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())),
                                                           &BIO_free);
    if (!certBio || !keyBio)
        return false;
    const std::unique_ptr<X509, decltype(&X509_free)> cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr), &X509_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr),
                                                                  &EVP_PKEY_free);
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

} // namespace

Result<QSslConfiguration> serverTlsConfiguration(const QString &certificateFile, const QString &keyFile)
{
    auto certPem = readFile(certificateFile);
    if (!certPem)
        return certPem.error();
    auto keyPem = readFile(keyFile);
    if (!keyPem)
        return keyPem.error();

    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem.value(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return refusal(QT_TRANSLATE_NOOP("ow::Errors", "The file %1 holds no PEM certificate."), {certificateFile},
                       QStringLiteral("no PEM certificate in %1").arg(certificateFile));
    const QSslCertificate &own = chain.first();
    if (own.expiryDate().isValid() && own.expiryDate() < QDateTime::currentDateTimeUtc())
        return refusal(QT_TRANSLATE_NOOP("ow::Errors", "The certificate in %1 expired on %2."),
                       {certificateFile, own.expiryDate().toString(Qt::ISODate)},
                       QStringLiteral("certificate %1 expired").arg(certificateFile));

    if (keyPem.value().contains("ENCRYPTED"))
        return refusal(QT_TRANSLATE_NOOP("ow::Errors", "The private key in %1 is protected by a passphrase; give the "
                                                       "server an unencrypted key that only its own account can read."),
                       {keyFile}, QStringLiteral("encrypted key %1").arg(keyFile));
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(keyPem.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return refusal(QT_TRANSLATE_NOOP("ow::Errors", "The file %1 holds no PEM private key (RSA or EC)."), {keyFile},
                       QStringLiteral("no PEM private key in %1").arg(keyFile));
    if (!keyMatchesCertificate(certPem.value(), keyPem.value()))
        return refusal(QT_TRANSLATE_NOOP("ow::Errors", "The private key in %1 does not belong to the certificate in %2."),
                       {keyFile, certificateFile}, QStringLiteral("key %1 does not match %2").arg(keyFile, certificateFile));

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    // TLS 1.2 or later only; the clients are ours and all speak it.
    config.setProtocol(QSsl::TlsV1_2OrLater);
    // The server asks nothing of its callers at this layer: they prove who they are by logging in.
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

} // namespace ow
