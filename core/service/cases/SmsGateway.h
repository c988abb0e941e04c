#pragma once

#include "core/domain/util/Error.h"

#include <QString>

namespace ow {

// Where the text messages to citizens leave the system (短信). An interface, so the server can
// be given the bureau's SMS platform later and tests a gateway that fails on purpose.
class SmsGateway
{
public:
    virtual ~SmsGateway() = default;
    // Sends `text` to a mobile number; an error when the message could not be handed over.
    virtual Status send(const QString &phone, const QString &text) = 0;
};

// The gateway until the bureau's SMS platform is connected: each message goes to the log
// (category "ow.sms", phone masked). It refuses what no SMS platform would take — a number that
// is not a mainland mobile number, an empty text — so such failures show up already.
class LogSmsGateway final : public SmsGateway
{
public:
    Status send(const QString &phone, const QString &text) override;
    static bool isMobileNumber(const QString &phone);
};

} // namespace ow
