#include "tests/support/TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtDebug>

namespace ow::test {

TestCertificates::TestCertificates(QString name) : m_name(std::move(name)) {}

QString TestCertificates::path(const QString &file) const
{
    return QDir(m_dir.path()).filePath(file);
}

QString TestCertificates::caFile() const
{
    return path(QStringLiteral("ca.crt"));
}

QString TestCertificates::serverCertificate() const
{
    return path(QStringLiteral("server.crt"));
}

QString TestCertificates::serverKey() const
{
    return path(QStringLiteral("server.key"));
}

bool TestCertificates::run(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << args.join(QLatin1Char(' ')) << "failed:" << QString::fromUtf8(p.readAll());
        return false;
    }
    return true;
}

bool TestCertificates::make()
{
    if (!m_dir.isValid())
        return false;
    // What the server's certificate must carry for a TLS client: the names it is reached by, and
    // that it is meant for a server.
    QFile ext(path(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName = IP:127.0.0.1, DNS:localhost\n"
              "basicConstraints = critical, CA:FALSE\n"
              "keyUsage = critical, digitalSignature, keyEncipherment\n"
              "extendedKeyUsage = serverAuth\n");
    ext.close();
    // EC P-256 keys: made in milliseconds, where RSA keys would slow every test run.
    const QString curve = QStringLiteral("ec_paramgen_curve:P-256");
    return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                curve, QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/O=OneWindow test/CN=%1 CA").arg(m_name), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                QStringLiteral("-out"), QStringLiteral("ca.crt")})
           && run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   curve, QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/O=OneWindow test/CN=localhost"),
                   QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr")})
           && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-CA"),
                   QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext"),
                   QStringLiteral("-out"), QStringLiteral("server.crt")});
}

} // namespace ow::test
