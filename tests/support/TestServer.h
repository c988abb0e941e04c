#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace ow::test {

// The real onewindow-server, started on an ephemeral loopback port with a SQLite file in a
// temporary folder (or a given one, to test restarts), seeded with the demo city — or empty, as
// a new install is.
class TestServer
{
public:
    enum class Seed { DemoCity, Nothing };
    explicit TestServer(QString databasePath = {}, QStringList extraArgs = {}, Seed seed = Seed::DemoCity);
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
    // Everything the server has written so far (its access log included), read now.
    QByteArray readOutput();
    // Runs `onewindow-server --init-admin USER` on this server's database with `stdinText` as
    // its standard input; the exit code, and the output in `output` if given.
    int initAdmin(const QString &username, const QByteArray &stdinText, QByteArray *output = nullptr,
                  const QStringList &extraArgs = {}) const;

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
    QStringList m_extraArgs;
    Seed m_seed = Seed::DemoCity;
    QProcess m_process;
    QUrl m_url;
    QByteArray m_output;
};

} // namespace ow::test
