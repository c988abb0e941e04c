#pragma once

#include "core/domain/cases/CaseTypes.h"
#include "core/domain/util/Error.h"

#include <QString>

#include <optional>

namespace ow {

class Clock;
class Database;
class SmsGateway;

// The text messages a citizen gets about a case (table `case_notifications`). A message is
// written down in the same transaction as the step that causes it and sent through the gateway
// only once that step is durable, so nobody hears of an approval that was rolled back; then it
// is marked sent. A failed send leaves it unsent, on record and in the log — it never undoes the
// step.
class CaseNotifications
{
public:
    CaseNotifications(Database &db, const Clock &clock, SmsGateway &sms);

    // The texts: Chinese (the citizen's language), short, never an ID number.
    static QString resultReadyText(const QString &caseNumber, const QString &pickupHallName);
    static QString supplementText(const QString &caseNumber, const QString &whatToBring);
    static QString mailedText(const QString &caseNumber);

    // Records a message (inside the caller's transaction) and sends it after the commit. Without
    // a phone number there is nobody to tell and nothing is recorded.
    Status notify(qint64 caseId, NotificationKind kind, const QString &phone, const QString &text);
    // Messages still unsent a minute after they were written (the gateway failed, or the program
    // stopped before sending), oldest first, at most `limit`: sent again. Answers how many went.
    Result<int> resendUnsent(int limit = 100) const;
    // A case's messages, oldest first.
    Result<QList<CaseNotification>> ofCase(qint64 caseId) const;

private:
    bool send(qint64 id, const QString &phone, const QString &text) const;

    Database &m_db;
    const Clock &m_clock;
    SmsGateway &m_sms;
};

} // namespace ow
