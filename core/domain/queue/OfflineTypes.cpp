#include "core/domain/queue/OfflineTypes.h"

#include "core/domain/util/JsonReader.h"

namespace ow {

QJsonObject NumberLease::toJson() const
{
    return {{QLatin1String("day"), serviceDay}, {QLatin1String("prefix"), prefix}, {QLatin1String("first"), first},
            {QLatin1String("last"), last}, {QLatin1String("unused"), unused}};
}

Result<NumberLease> NumberLease::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    NumberLease l;
    l.serviceDay = r.requiredText(QLatin1String("day"));
    l.prefix = r.requiredText(QLatin1String("prefix"));
    l.first = static_cast<int>(r.requiredInteger(QLatin1String("first")));
    l.last = static_cast<int>(r.requiredInteger(QLatin1String("last")));
    l.unused = static_cast<int>(r.integer(QLatin1String("unused")));
    return r.finish(l);
}

QJsonObject CaseNumberLease::toJson() const
{
    return {{QLatin1String("day"), day}, {QLatin1String("stem"), stem}, {QLatin1String("first"), first},
            {QLatin1String("last"), last}, {QLatin1String("unused"), unused}};
}

Result<CaseNumberLease> CaseNumberLease::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CaseNumberLease l;
    l.day = r.requiredText(QLatin1String("day"));
    l.stem = r.requiredText(QLatin1String("stem"));
    l.first = static_cast<int>(r.requiredInteger(QLatin1String("first")));
    l.last = static_cast<int>(r.requiredInteger(QLatin1String("last")));
    l.unused = static_cast<int>(r.integer(QLatin1String("unused")));
    return r.finish(l);
}

QJsonObject OfflineTicket::toJson() const
{
    QJsonArray matters;
    for (const MatterResult &m : results)
        matters.append(m.toJson());
    QJsonObject o{{QLatin1String("number"), number},
                  {QLatin1String("services"), QJsonArray::fromStringList(services)},
                  {QLatin1String("issued_at"), instantJson(issuedAt, Qt::ISODateWithMs)},
                  {QLatin1String("called_at"), instantJson(calledAt, Qt::ISODateWithMs)},
                  {QLatin1String("state"), toString(state)},
                  {QLatin1String("matters"), matters}};
    if (!priorityGroup.isEmpty())
        o.insert(QLatin1String("priority_group"), priorityGroup);
    if (servingSince.isValid())
        o.insert(QLatin1String("serving_since"), instantJson(servingSince, Qt::ISODateWithMs));
    if (finishedAt.isValid())
        o.insert(QLatin1String("finished_at"), instantJson(finishedAt, Qt::ISODateWithMs));
    return o;
}

// Lenient where the service decides (numbers from a lease, a state of finished or no_show, times
// in order): it refuses those with the reasons a window can show.
Result<OfflineTicket> OfflineTicket::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    OfflineTicket t;
    t.number = r.text(QLatin1String("number"));
    t.services = r.texts(QLatin1String("services"));
    t.priorityGroup = r.text(QLatin1String("priority_group"));
    t.issuedAt = r.instant(QLatin1String("issued_at"));
    t.calledAt = r.instant(QLatin1String("called_at"));
    t.servingSince = r.instant(QLatin1String("serving_since"));
    t.finishedAt = r.instant(QLatin1String("finished_at"));
    if (r.has(QLatin1String("state"))) {
        if (const auto state = ticketStateFromString(r.text(QLatin1String("state"))))
            t.state = *state;
        else
            r.problem(QStringLiteral("state"), QStringLiteral("finished or no_show"));
    }
    t.results = r.list<MatterResult>(QLatin1String("matters"));
    return r.finish(t);
}

} // namespace ow
