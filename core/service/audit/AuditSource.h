#pragma once

#include <QString>

namespace ow {

// Where the change being made now comes from, for the audit trail's `device` column: the HTTP
// edge sets it for the length of a request ("ip:192.0.2.7", or "outbox:DEVICE" for an operation
// replayed from a device's outbox); the command line leaves "" (the server's own console).
// The server handles one request at a time on one thread, so one current value is enough.
class AuditSource
{
public:
    static QString current();

    // Sets the source until the scope ends, then puts the one before it back.
    class Scope
    {
    public:
        explicit Scope(QString source);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        QString m_previous;
    };
};

} // namespace ow
