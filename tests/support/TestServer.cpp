#include "tests/support/TestServer.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QtDebug>

namespace ow::test {

TestServer::TestServer(QString databasePath, QStringList extraArgs, Seed seed)
    : m_databasePath(databasePath.isEmpty() ? m_dir.filePath(QStringLiteral("server.sqlite")) : std::move(databasePath))
    , m_extraArgs(std::move(extraArgs))
    , m_seed(seed)
{}

int TestServer::initAdmin(const QString &username, const QByteArray &stdinText, QByteArray *output,
                          const QStringList &extraArgs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(OW_SERVER_BINARY), QStringList{QStringLiteral("--db"), m_databasePath, QStringLiteral("--data-dir"),
                                                          m_dir.path(), QStringLiteral("--init-admin"), username}
                                                  + extraArgs);
    if (!p.waitForStarted(10000))
        return -1;
    p.write(stdinText);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start()
{
    m_output.clear();
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), m_databasePath,
                     QStringLiteral("--data-dir"), m_dir.path()};
    if (m_seed == Seed::DemoCity)
        args << QStringLiteral("--seed-demo");
    args << m_extraArgs;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral(OW_SERVER_BINARY), args);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on (https?://127\\.0\\.0\\.1:\\d+)"));
    QDeadlineTimer deadline(60000); // Argon2id hashing of the demo staff under sanitizers takes a while
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        m_output += m_process.readAll();
        const auto match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    m_output += m_process.readAll();
    qWarning().noquote() << "onewindow-server did not start:" << QString::fromUtf8(m_output);
    return false;
}

QByteArray TestServer::readOutput()
{
    m_output += m_process.readAll();
    return m_output;
}

void TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void TestServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace ow::test
