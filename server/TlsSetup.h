#pragma once

#include "core/domain/util/Error.h"

#include <QSslConfiguration>
#include <QString>

namespace ow {

// The server's certificate and private key (`--tls-cert`, `--tls-key`), read and checked before
// the server listens: each file readable, the certificate a PEM certificate (the server's own
// first, then any intermediate certificates of its chain), the key an unencrypted PEM RSA or EC
// key, and the key the one the certificate was issued for. Every refusal carries a text of the
// "ow::Errors" context naming the file, so the hall's IT officer sees what to fix.
Result<QSslConfiguration> serverTlsConfiguration(const QString &certificateFile, const QString &keyFile);

} // namespace ow
