#pragma once

#include <QString>
#include <QTemporaryDir>

namespace ow::test {

// A small certificate authority made with the `openssl` command at test time, in a temporary
// folder: its CA certificate, and a server certificate it signed for 127.0.0.1 and localhost
// (subjectAltName, as clients check), with the server's private key. Nothing is kept or reused
// between runs. `make()` is false (with a qWarning of openssl's output) if openssl failed.
class TestCertificates
{
public:
    explicit TestCertificates(QString name = QStringLiteral("test"));
    bool make();

    QString caFile() const;          // the CA certificate (PEM): what a client is given
    QString serverCertificate() const; // the server's certificate (PEM), signed by the CA
    QString serverKey() const;       // its private key (PEM, unencrypted)
    QString dir() const { return m_dir.path(); }

private:
    bool run(const QStringList &args);
    QString path(const QString &file) const;

    QTemporaryDir m_dir;
    QString m_name;
};

} // namespace ow::test
