#include "core/domain/api/CaseBodies.h"

#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

namespace ow {

namespace {

std::optional<CaseState> caseStateOf(QStringView s) { return caseStateFromString(s); }
std::optional<TicketState> ticketStateOf(QStringView s) { return ticketStateFromString(s); }

} // namespace

QJsonObject CaseList::toJson() const
{
    return {{QLatin1String("cases"), arrayOf(cases)}};
}

Result<CaseList> CaseList::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    if (!r.has(QLatin1String("cases")))
        r.problem(QStringLiteral("cases"), QStringLiteral("required"));
    CaseList l{r.list<CaseView>(QLatin1String("cases"))};
    return r.finish(l);
}

QJsonObject CaseChanges::toJson() const
{
    return {{QLatin1String("cursor"), cursor}, {QLatin1String("cases"), QJsonArray::fromStringList(cases)}, {QLatin1String("more"), more}};
}

Result<CaseChanges> CaseChanges::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CaseChanges c;
    c.cursor = r.requiredInteger(QLatin1String("cursor"));
    c.cases = r.texts(QLatin1String("cases"));
    c.more = r.boolean(QLatin1String("more"));
    return r.finish(c);
}

QJsonObject CaseReviewer::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("username"), username},
            {QLatin1String("name"), name},
            {QLatin1String("open_cases"), openCases},
            {QLatin1String("current"), current},
            {QLatin1String("eligible"), eligible}};
}

Result<CaseReviewer> CaseReviewer::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CaseReviewer v;
    v.id = r.requiredInteger(QLatin1String("id"));
    v.username = r.requiredText(QLatin1String("username"));
    v.name = r.text(QLatin1String("name"));
    v.openCases = static_cast<int>(r.integer(QLatin1String("open_cases")));
    v.current = r.boolean(QLatin1String("current"));
    v.eligible = r.boolean(QLatin1String("eligible"));
    return r.finish(v);
}

QJsonObject CaseReviewers::toJson() const
{
    return {{QLatin1String("reviewers"), arrayOf(reviewers)}};
}

Result<CaseReviewers> CaseReviewers::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CaseReviewers v{r.list<CaseReviewer>(QLatin1String("reviewers"))};
    return r.finish(v);
}

QJsonObject CitizenLookup::toJson() const
{
    return {{QLatin1String("username"), username},
            {QLatin1String("name"), name},
            {QLatin1String("hall"), hallCode},
            {QLatin1String("found"), found},
            {QLatin1String("at"), instantJson(at, Qt::ISODateWithMs)}};
}

Result<CitizenLookup> CitizenLookup::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CitizenLookup l;
    l.username = r.requiredText(QLatin1String("username"));
    l.name = r.text(QLatin1String("name"));
    l.hallCode = r.text(QLatin1String("hall"));
    l.found = r.boolean(QLatin1String("found"));
    l.at = r.instant(QLatin1String("at"));
    return r.finish(l);
}

QJsonObject CitizenLookups::toJson() const
{
    return {{QLatin1String("lookups"), arrayOf(lookups)}};
}

Result<CitizenLookups> CitizenLookups::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CitizenLookups l{r.list<CitizenLookup>(QLatin1String("lookups"))};
    return r.finish(l);
}

QJsonObject MissingMaterial::toJson() const
{
    return {{QLatin1String("code"), code}, {QLatin1String("name"), name}, {QLatin1String("name_en"), nameEn}};
}

Result<MissingMaterial> MissingMaterial::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    MissingMaterial m;
    m.code = r.requiredText(QLatin1String("code"));
    m.name = r.text(QLatin1String("name"));
    m.nameEn = r.text(QLatin1String("name_en"));
    return r.finish(m);
}

QJsonObject PublicCaseStatus::toJson() const
{
    QJsonObject o{{QLatin1String("number"), number},
                  {QLatin1String("service"), serviceCode},
                  {QLatin1String("state"), toString(state)},
                  {QLatin1String("accepted_day"), acceptedDay.toString(Qt::ISODate)},
                  {QLatin1String("pickup_hall"), pickupHallCode}};
    if (dueDate.isValid())
        o.insert(QLatin1String("due_date"), dueDate.toString(Qt::ISODate));
    if (missing)
        o.insert(QLatin1String("missing"), *missing);
    return o;
}

Result<PublicCaseStatus> PublicCaseStatus::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    PublicCaseStatus s;
    s.number = r.requiredText(QLatin1String("number"));
    s.serviceCode = r.text(QLatin1String("service"));
    if (!r.has(QLatin1String("state")))
        r.problem(QStringLiteral("state"), QStringLiteral("required"));
    s.state = r.enumValue<CaseState>(QLatin1String("state"), caseStateOf).value_or(CaseState::Accepted);
    s.acceptedDay = r.date(QLatin1String("accepted_day"));
    s.dueDate = r.date(QLatin1String("due_date"));
    s.pickupHallCode = r.text(QLatin1String("pickup_hall"));
    if (r.has(QLatin1String("missing")))
        s.missing = r.text(QLatin1String("missing"));
    return r.finish(s);
}

QJsonObject PublicTicketStatus::Wait::toJson() const
{
    QJsonObject o{{QLatin1String("people_ahead"), peopleAhead}, {QLatin1String("capable_windows"), capableWindows}};
    if (optimisticMinutes)
        o.insert(QLatin1String("optimistic_minutes"), *optimisticMinutes);
    if (pessimisticMinutes)
        o.insert(QLatin1String("pessimistic_minutes"), *pessimisticMinutes);
    return o;
}

Result<PublicTicketStatus::Wait> PublicTicketStatus::Wait::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    Wait w;
    w.peopleAhead = static_cast<int>(r.requiredInteger(QLatin1String("people_ahead")));
    w.capableWindows = static_cast<int>(r.requiredInteger(QLatin1String("capable_windows")));
    if (r.has(QLatin1String("optimistic_minutes")))
        w.optimisticMinutes = static_cast<int>(r.integer(QLatin1String("optimistic_minutes")));
    if (r.has(QLatin1String("pessimistic_minutes")))
        w.pessimisticMinutes = static_cast<int>(r.integer(QLatin1String("pessimistic_minutes")));
    return r.finish(w);
}

QJsonObject PublicTicketStatus::toJson() const
{
    QJsonObject o{{QLatin1String("hall"), hallCode},
                  {QLatin1String("hall_name_zh"), hallNameZh},
                  {QLatin1String("hall_name_en"), hallNameEn},
                  {QLatin1String("number"), number},
                  {QLatin1String("service_day"), serviceDay.toString(Qt::ISODate)},
                  {QLatin1String("state"), toString(state)},
                  {QLatin1String("issued_at"), instantJson(issuedAt)},
                  {QLatin1String("matters"), QJsonArray::fromStringList(matters)}};
    if (window)
        o.insert(QLatin1String("window"), *window);
    if (parkedUntil.isValid())
        o.insert(QLatin1String("parked_until"), instantJson(parkedUntil));
    if (wait)
        o.insert(QLatin1String("wait"), wait->toJson());
    return o;
}

Result<PublicTicketStatus> PublicTicketStatus::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    PublicTicketStatus s;
    s.hallCode = r.requiredText(QLatin1String("hall"));
    s.hallNameZh = r.text(QLatin1String("hall_name_zh"));
    s.hallNameEn = r.text(QLatin1String("hall_name_en"));
    s.number = r.requiredText(QLatin1String("number"));
    s.serviceDay = r.date(QLatin1String("service_day"));
    if (!r.has(QLatin1String("state")))
        r.problem(QStringLiteral("state"), QStringLiteral("required"));
    s.state = r.enumValue<TicketState>(QLatin1String("state"), ticketStateOf).value_or(TicketState::Waiting);
    s.issuedAt = r.instant(QLatin1String("issued_at"));
    s.matters = r.texts(QLatin1String("matters"));
    if (r.has(QLatin1String("window")))
        s.window = static_cast<int>(r.integer(QLatin1String("window")));
    s.parkedUntil = r.instant(QLatin1String("parked_until"));
    s.wait = r.nested<Wait>(QLatin1String("wait"));
    return r.finish(s);
}

} // namespace ow
