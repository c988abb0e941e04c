#pragma once

#include "core/domain/util/Error.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace ow {

// Whom a client trusts to be its server on an https:// or wss:// address: by default the
// certificate authorities of the system, or — given a CA file (`--ca-file`, the setting
// client/caFile) — the authorities in that file and no others. A hall's server normally has a
// certificate from the bureau's own CA, which no system knows; trusting that CA alone, instead of
// adding it to the hundred-odd public ones, also means a certificate some public CA issued for the
// server's name (by mistake, or to an attacker) is refused on these machines.
class TlsTrust
{
public:
    TlsTrust(); // the system's authorities
    // The authorities in a PEM file; a translated refusal if it is missing, unreadable or holds
    // no certificate.
    static Result<TlsTrust> fromCaFile(const QString &path);

    bool hasCaFile() const { return !m_caFile.isEmpty(); }
    const QString &caFile() const { return m_caFile; }
    // What each TLS connection to the server uses (the peer is always verified).
    const QSslConfiguration &configuration() const { return m_configuration; }

    // The user's text when the server's certificate does not verify (`errors`, from the
    // handshake) or the secure connection cannot be set up at all (`errors` empty, `why` then).
    QString refusal(const QUrl &server, const QList<QSslError> &errors, const QString &why) const;

    // Marks an Unavailable error as a failed TLS handshake: the server was not reached as itself,
    // and nothing was sent to it.
    static Error handshakeFailed(QString message);
    static bool isHandshakeFailure(const Error &error);

private:
    QString m_caFile;
    QSslConfiguration m_configuration;
};

} // namespace ow
