#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace ow::bench {

// The real onewindow-server as its own process on a database file, listening on a free loopback
// port, its log (stderr: the access log, a line per request) appended to a file.
class ServerProcess
{
public:
    ServerProcess(QString binary, QString database, QString log, QStringList extraArgs = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts the server; seconds from start to its first 200 on GET /health, or nothing.
    std::optional<double> start();
    void stop();

    std::uint16_t port() const { return m_port; }
    // User + system CPU seconds the server has used so far (/proc/PID/stat, fields 14 and 15).
    double cpuSeconds() const;

private:
    QString m_binary;
    QString m_database;
    QString m_log;
    QStringList m_extraArgs;
    QProcess m_process;
    std::uint16_t m_port = 0;
};

} // namespace ow::bench
