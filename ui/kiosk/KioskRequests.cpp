#include "ui/kiosk/KioskRequests.h"

#include "core/client/ClientSession.h"
#include "core/client/HallMonitor.h"
#include "ui/kiosk/KioskChoices.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace ow {

void KioskRequests::issueTicket(const KioskChoices &choices, std::function<void(Result<KioskTicket>)> done)
{
    QJsonObject request{{QLatin1String("services"), QJsonArray::fromStringList(choices.matters)}};
    if (!choices.priorityGroup.isEmpty())
        request.insert(QLatin1String("priority_group"), choices.priorityGroup);
    if (!choices.residentId.isEmpty())
        request.insert(QLatin1String("resident_id"), choices.residentId);
    m_session.api().issueTicket(m_session.account().hallCode, request, [done = std::move(done)](Result<ApiReply> r) {
        if (!r) {
            done(r.error());
            return;
        }
        const QJsonObject json = r.value().json;
        KioskTicket t;
        t.ticket = HallMonitor::ticketFromJson(json);
        // The server counts the people ahead and estimates the wait from the hall's own history.
        const QJsonObject wait = json.value(QLatin1String("wait")).toObject();
        const auto number = [&wait](const char *key) {
            const QJsonValue v = wait.value(QLatin1String(key));
            return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
        };
        t.peopleAhead = number("people_ahead");
        t.waitMinutes = number("pessimistic_minutes");
        t.waitMinMinutes = number("optimistic_minutes");
        done(std::move(t));
    });
}

void KioskRequests::caseStatus(const QString &caseNumber, const QString &idLast4,
                               std::function<void(Result<KioskCaseStatus>)> done)
{
    m_session.api().send("GET", QStringLiteral("/api/v1/public/cases/%1?id_last4=%2").arg(caseNumber, idLast4), nullptr,
                         [done = std::move(done)](Result<ApiReply> r) {
                             if (!r) {
                                 done(r.error());
                                 return;
                             }
                             const QJsonObject o = r.value().json;
                             KioskCaseStatus status;
                             status.state = o.value(QLatin1String("state")).toString();
                             if (o.contains(QLatin1String("due_date")))
                                 status.dueDate = o.value(QLatin1String("due_date")).toString();
                             if (o.contains(QLatin1String("missing")))
                                 status.missing = o.value(QLatin1String("missing")).toString();
                             done(std::move(status));
                         });
}

} // namespace ow
