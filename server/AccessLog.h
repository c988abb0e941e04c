#pragma once

#include "core/domain/api/HttpMethod.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QObject>
#include <QTimer>

#include <cstdio>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace ow {

// The access log: one line per request — method, path, status, milliseconds — never headers or
// bodies (they carry passwords and tokens). Lines are gathered and written to standard error a
// batch at a time, at most a tenth of a second late, instead of one formatted message and one
// write per request through Qt's message handler (which cost as much as the rest of a small
// request). Off when the `ow.server.http` category's info level is (QT_LOGGING_RULES).
class AccessLog final : public QObject
{
public:
    explicit AccessLog(std::FILE *out = stderr, QObject *parent = nullptr);
    ~AccessLog() override; // writes what is still gathered

    void record(HttpMethod method, const QString &path, int status, qint64 elapsedMs);
    void flush();

private:
    std::FILE *m_out;
    QByteArray m_pending;
    QTimer m_timer;
};

} // namespace ow
