#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace ow::test {

// The real onewindow-server, started on an ephemeral loopback port with a SQLite file in a
// temporary folder (or a given one, to test restarts), seeded with the demo city.
class TestServer
{
public:
    explicit TestServer(QString databasePath = {}, QStringList extraArgs = {});
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    bool start(); // false (with a qWarning of the server's output) if it did not come up
    void stop();
    void kill(); // SIGKILL, as a power cut or an OOM kill would: nothing is flushed
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QUrl url() const { return m_url; }
    quint16 port() const { return static_cast<quint16>(m_url.port()); }
    const QString &databasePath() const { return m_databasePath; }
    QByteArray output() const { return m_output; }

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
    QStringList m_extraArgs;
    QProcess m_process;
    QUrl m_url;
    QByteArray m_output;
};

} // namespace ow::test
