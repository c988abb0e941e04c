#include "core/domain/api/AdviceBodies.h"

#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

#include <algorithm>

namespace ow {

int PromiseRiskTicket::projectedWaitMinutes() const
{
    return projectedWaitSeconds < 0 ? -1 : int((projectedWaitSeconds + 30) / 60);
}

QJsonObject PromiseRiskTicket::toJson() const
{
    QJsonObject o{{QLatin1String("ticket_id"), ticketId},
                  {QLatin1String("number"), number},
                  {QLatin1String("services"), QJsonArray::fromStringList(services)},
                  {QLatin1String("issued_at"), instantJson(issuedAt)},
                  {QLatin1String("breaks_promise"), breaksPromise},
                  {QLatin1String("promise_minutes"), promiseMinutes}};
    if (projectedCallAt.isValid()) {
        o.insert(QLatin1String("projected_call_at"), instantJson(projectedCallAt));
        o.insert(QLatin1String("projected_wait_minutes"), projectedWaitMinutes());
    }
    return o;
}

Result<PromiseRiskTicket> PromiseRiskTicket::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    PromiseRiskTicket t;
    t.ticketId = r.requiredInteger(QLatin1String("ticket_id"));
    t.number = r.requiredText(QLatin1String("number"));
    t.services = r.texts(QLatin1String("services"));
    t.issuedAt = r.instant(QLatin1String("issued_at"));
    t.breaksPromise = r.boolean(QLatin1String("breaks_promise"));
    t.promiseMinutes = int(r.integer(QLatin1String("promise_minutes"), 15));
    t.projectedCallAt = r.instant(QLatin1String("projected_call_at"));
    if (t.projectedCallAt.isValid())
        t.projectedWaitSeconds = r.integer(QLatin1String("projected_wait_minutes")) * 60;
    return r.finish(t);
}

QJsonObject TidalOpening::toJson() const
{
    QJsonObject o{{QLatin1String("window"), window},
                  {QLatin1String("kind"), toString(kind)},
                  {QLatin1String("categories"), QJsonArray::fromStringList(categories)}};
    if (!label.isEmpty())
        o.insert(QLatin1String("label"), label);
    return o;
}

Result<TidalOpening> TidalOpening::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TidalOpening t;
    t.window = int(r.requiredInteger(QLatin1String("window")));
    t.label = r.text(QLatin1String("label"));
    t.kind = r.enumValue(QLatin1String("kind"), &windowKindFromString).value_or(WindowKind::Comprehensive);
    t.categories = r.texts(QLatin1String("categories"));
    return r.finish(t);
}

int HallAdvice::breaking() const
{
    return int(std::count_if(atRisk.begin(), atRisk.end(), [](const PromiseRiskTicket &t) { return t.breaksPromise; }));
}

QJsonObject HallAdvice::toJson() const
{
    QJsonArray close;
    for (int w : mayClose)
        close.append(w);
    QJsonObject o{{QLatin1String("hall"), hall},
                  {QLatin1String("time_zone"), timeZone},
                  {QLatin1String("at"), instantJson(at)},
                  {QLatin1String("promise_minutes"), promiseMinutes},
                  {QLatin1String("warn_before_minutes"), warnBeforeMinutes},
                  {QLatin1String("waiting"), waiting},
                  {QLatin1String("open_windows"), openWindows},
                  {QLatin1String("at_risk"), arrayOf(atRisk)},
                  {QLatin1String("open"), arrayOf(open)},
                  {QLatin1String("may_close"), close}};
    if (openUntil.isValid())
        o.insert(QLatin1String("open_until"), instantJson(openUntil));
    return o;
}

Result<HallAdvice> HallAdvice::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    HallAdvice a;
    a.hall = r.requiredText(QLatin1String("hall"));
    a.timeZone = r.text(QLatin1String("time_zone"));
    a.at = r.instant(QLatin1String("at"));
    a.promiseMinutes = int(r.integer(QLatin1String("promise_minutes"), 15));
    a.warnBeforeMinutes = int(r.integer(QLatin1String("warn_before_minutes"), 3));
    a.waiting = int(r.integer(QLatin1String("waiting")));
    a.openWindows = int(r.integer(QLatin1String("open_windows")));
    a.atRisk = r.list<PromiseRiskTicket>(QLatin1String("at_risk"));
    a.open = r.list<TidalOpening>(QLatin1String("open"));
    for (const QJsonValue &v : r.array(QLatin1String("may_close")))
        a.mayClose.append(v.toInt());
    a.openUntil = r.instant(QLatin1String("open_until"));
    return r.finish(a);
}

} // namespace ow
