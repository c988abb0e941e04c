#include "core/client/TlsTrust.h"

#include <QCoreApplication>
#include <QFile>

namespace ow {

namespace {
constexpr const char *kContext = "ow::TlsTrust";
const QString kReason = QStringLiteral("reason");
const QString kHandshake = QStringLiteral("tls_handshake_failed");

QSslConfiguration baseConfiguration()
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setProtocol(QSsl::TlsV1_2OrLater);
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return c;
}

Error refused(const QString &text)
{
    return Error{ErrorCode::BadRequest, text, {}};
}
} // namespace

TlsTrust::TlsTrust() : m_configuration(baseConfiguration()) {}

Result<TlsTrust> TlsTrust::fromCaFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return refused(QCoreApplication::translate(kContext, "The CA file %1 does not exist.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return refused(QCoreApplication::translate(kContext, "The CA file %1 cannot be read (%2).").arg(path, f.errorString()));
    QList<QSslCertificate> authorities = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    authorities.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (authorities.isEmpty())
        return refused(QCoreApplication::translate(kContext, "The CA file %1 holds no PEM certificate.").arg(path));
    TlsTrust trust;
    trust.m_caFile = path;
    // Instead of the system's authorities, not in addition to them (see the class comment);
    // setting them also stops Qt from loading the system's on demand.
    trust.m_configuration.setCaCertificates(authorities);
    return trust;
}

QString TlsTrust::refusal(const QUrl &server, const QList<QSslError> &errors, const QString &why) const
{
    const QString address = server.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (errors.isEmpty())
        return QCoreApplication::translate(kContext, "No secure connection to %1 could be set up (%2). Nothing was sent to it.")
            .arg(address, why);
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons << e.errorString();
    reasons.removeDuplicates();
    const QString what = reasons.join(QStringLiteral("; "));
    if (hasCaFile())
        return QCoreApplication::translate(kContext, "The server %1 could not be verified (%2), so nothing was sent to it. "
                                                     "Its certificate must be issued by the certificate authority in %3: "
                                                     "ask the hall's IT officer.")
            .arg(address, what, m_caFile);
    return QCoreApplication::translate(kContext, "The server %1 could not be verified (%2), so nothing was sent to it. "
                                                 "If the hall uses its own certificate authority, give its CA file "
                                                 "(--ca-file): ask the hall's IT officer.")
        .arg(address, what);
}

Error TlsTrust::handshakeFailed(QString message)
{
    return Error{ErrorCode::Unavailable, std::move(message), {{kReason, kHandshake}}};
}

bool TlsTrust::isHandshakeFailure(const Error &error)
{
    return error.code == ErrorCode::Unavailable && error.extra.value(kReason).toString() == kHandshake;
}

} // namespace ow
