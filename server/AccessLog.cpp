#include "server/AccessLog.h"

Q_LOGGING_CATEGORY(lcHttp, "ow.server.http")

namespace ow {

namespace {
constexpr int kFlushMs = 100;
constexpr qsizetype kFlushBytes = 32 * 1024;
} // namespace

AccessLog::AccessLog(std::FILE *out, QObject *parent) : QObject(parent), m_out(out)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushMs);
    connect(&m_timer, &QTimer::timeout, this, &AccessLog::flush);
}

AccessLog::~AccessLog()
{
    flush();
}

void AccessLog::record(HttpMethod method, const QString &path, int status, qint64 elapsedMs)
{
    if (!lcHttp().isInfoEnabled())
        return;
    // The same line Qt's default message pattern wrote: "category: message".
    m_pending += "ow.server.http: ";
    m_pending += toString(method).toLatin1();
    m_pending += ' ';
    m_pending += path.toUtf8();
    m_pending += ' ';
    m_pending += QByteArray::number(status);
    m_pending += ' ';
    m_pending += QByteArray::number(elapsedMs);
    m_pending += "ms\n";
    if (m_pending.size() >= kFlushBytes)
        flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

void AccessLog::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    std::fwrite(m_pending.constData(), 1, static_cast<size_t>(m_pending.size()), m_out);
    std::fflush(m_out);
    m_pending.clear();
}

} // namespace ow
