#pragma once

#include "tests/support/SyncHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ow::test {

// A ticket served and badly rated through the real server: what the rating opened.
struct RatedTicket
{
    qint64 ticketId = 0;
    QString number;
    qint64 rectificationId = 0; // 0: something failed (a qWarning says what)
};

// A walk-in ticket for `service` issued by `tellerToken` at `hall`, called to `window` (opened
// if it is not), served, finished and rated `level` by the same teller.
inline RatedTicket badlyRated(SyncHttp &http, const QString &tellerToken, const QString &hall, int window = 1,
                              const QString &service = QStringLiteral("CD-003"),
                              const QString &level = QStringLiteral("very_dissatisfied"))
{
    const QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + tellerToken.toLatin1()},
                                                       {"Content-Type", "application/json"}};
    const QString halls = QStringLiteral("/api/v1/halls/") + hall;
    RatedTicket out;
    auto fail = [&](const char *step, const HttpReply &r) {
        qWarning("%s at %s: %d %s", step, qPrintable(hall), r.status, r.body.constData());
        return RatedTicket{};
    };
    const HttpReply opened = http.send("PUT", halls + QStringLiteral("/windows/%1").arg(window), R"({"state":"open"})", headers);
    if (opened.status != 200)
        return fail("open window", opened);
    const HttpReply issued = http.post(halls + QStringLiteral("/tickets"), {{QLatin1String("services"), QJsonArray{service}}}, tellerToken);
    if (issued.status != 201)
        return fail("issue", issued);
    out.ticketId = issued.json().value(QLatin1String("id")).toInteger();
    const HttpReply called = http.post(halls + QStringLiteral("/windows/%1/call-next").arg(window), {}, tellerToken);
    if (called.status != 200 || called.json().value(QLatin1String("id")).toInteger() != out.ticketId)
        return fail("call-next", called);
    out.number = called.json().value(QLatin1String("number")).toString();
    const QString ticket = QStringLiteral("/api/v1/tickets/%1/").arg(out.ticketId);
    const HttpReply served = http.post(ticket + QStringLiteral("serve"), {{QLatin1String("window"), window}}, tellerToken);
    if (served.status != 200)
        return fail("serve", served);
    const QJsonObject finish{{QLatin1String("window"), window},
                             {QLatin1String("matters"), QJsonArray{QJsonObject{{QLatin1String("service"), service},
                                                                               {QLatin1String("outcome"), QStringLiteral("done")}}}}};
    const HttpReply finished = http.post(ticket + QStringLiteral("finish"), finish, tellerToken);
    if (finished.status != 200)
        return fail("finish", finished);
    const HttpReply rated = http.post(ticket + QStringLiteral("rating"),
                                      {{QLatin1String("service"), service}, {QLatin1String("level"), level}}, tellerToken);
    if (rated.status != 201)
        return fail("rate", rated);
    out.rectificationId = rated.json().value(QLatin1String("rectification")).toObject().value(QLatin1String("id")).toInteger();
    return out;
}

} // namespace ow::test
