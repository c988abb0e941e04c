#include "support/ServerProcess.h"

#include "support/Poller.h"
#include "support/RawHttpClient.h"

#include <QFile>
#include <QRegularExpression>

#include <cstdio>

#include <unistd.h>

namespace ow::bench {

ServerProcess::ServerProcess(QString binary, QString database, QString log, QStringList extraArgs)
    : m_binary(std::move(binary)), m_database(std::move(database)), m_log(std::move(log)), m_extraArgs(std::move(extraArgs))
{
    m_process.setStandardErrorFile(m_log, QIODevice::Append);
}

ServerProcess::~ServerProcess()
{
    stop();
}

std::optional<double> ServerProcess::start()
{
    const std::int64_t t0 = nowNs();
    m_process.start(m_binary, QStringList{QStringLiteral("--db"), m_database, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                                  + m_extraArgs);
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    while (m_port == 0 && m_process.waitForReadyRead(60000)) {
        out += m_process.readAllStandardOutput();
        if (const auto m = listening.match(QString::fromUtf8(out)); m.hasMatch())
            m_port = static_cast<std::uint16_t>(m.captured(1).toUInt());
    }
    if (m_port == 0) {
        std::fprintf(stderr, "server did not start (%s); see %s\n", out.constData(), qPrintable(m_log));
        return std::nullopt;
    }
    Poller poller;
    HttpPool pool(poller, loopback(m_port), 1);
    std::string error;
    if (!pool.open(&error))
        return std::nullopt;
    int status = 0;
    pool.submit(httpRequest("GET", "/health"), [&status](HttpPool::Answer &&a) { status = a.status; });
    if (!runUntil(poller, [&] { return status != 0; }, 10000) || status != 200)
        return std::nullopt;
    return static_cast<double>(nowNs() - t0) / 1e9;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    m_process.waitForFinished(30000);
    m_port = 0;
}

double ServerProcess::cpuSeconds() const
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return static_cast<double>(fields[11].toLongLong() + fields[12].toLongLong()) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

} // namespace ow::bench
