#include "core/domain/api/GuideBodies.h"

#include "core/domain/util/EnumText.h"
#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

namespace ow {

namespace {
constexpr EnumText<ConsultationChannel, 3> kChannels{{{
    {ConsultationChannel::GuideDesk, "guide_desk"},
    {ConsultationChannel::Hotline, "hotline"},
    {ConsultationChannel::Online, "online"},
}}};

struct WhyEntry
{
    QString field;
    QString text;
    static Result<WhyEntry> fromJson(const QJsonObject &o)
    {
        JsonReader r(o);
        WhyEntry w{r.requiredText(QLatin1String("field")), r.text(QLatin1String("text"))};
        return r.finish(w);
    }
};
} // namespace

QString toString(ConsultationChannel v) { return kChannels.toString(v); }
std::optional<ConsultationChannel> consultationChannelFromString(QStringView s) { return kChannels.fromString(s); }

QJsonObject MatterSearchHit::toJson() const
{
    QJsonArray reasons;
    for (const auto &[field, text] : why)
        reasons.append(QJsonObject{{QLatin1String("field"), field}, {QLatin1String("text"), text}});
    return {{QLatin1String("service"), service}, {QLatin1String("score"), score}, {QLatin1String("why"), reasons}};
}

Result<MatterSearchHit> MatterSearchHit::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    MatterSearchHit h;
    h.service = r.requiredText(QLatin1String("service"));
    h.score = static_cast<int>(r.requiredInteger(QLatin1String("score")));
    for (const WhyEntry &w : r.list<WhyEntry>(QLatin1String("why")))
        h.why.append({w.field, w.text});
    return r.finish(h);
}

QJsonObject MatterSearchResult::toJson() const
{
    return {{QLatin1String("query"), query}, {QLatin1String("hits"), arrayOf(hits)}};
}

Result<MatterSearchResult> MatterSearchResult::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    MatterSearchResult s;
    s.query = r.text(QLatin1String("query"));
    s.hits = r.list<MatterSearchHit>(QLatin1String("hits"));
    return r.finish(s);
}

QJsonObject ConsultationRequest::toJson() const
{
    QJsonObject o{{QLatin1String("channel"), toString(channel)}, {QLatin1String("duration_s"), durationSeconds}};
    if (!service.isEmpty())
        o.insert(QLatin1String("service"), service);
    return o;
}

Result<ConsultationRequest> ConsultationRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    ConsultationRequest q;
    q.service = r.text(QLatin1String("service")).trimmed();
    q.channel = r.enumValue(QLatin1String("channel"), consultationChannelFromString).value_or(ConsultationChannel::GuideDesk);
    // Checked by the service (a negative or overlong duration has its own message).
    q.durationSeconds = r.requiredInteger(QLatin1String("duration_s"));
    return r.finish(q);
}

QJsonObject Consultation::toJson() const
{
    QJsonObject o{{QLatin1String("id"), id},
                  {QLatin1String("hall"), hall},
                  {QLatin1String("service_day"), dateJson(serviceDay)},
                  {QLatin1String("channel"), toString(channel)},
                  {QLatin1String("duration_s"), durationSeconds},
                  {QLatin1String("by"), by},
                  {QLatin1String("at"), instantJson(at)}};
    if (!service.isEmpty())
        o.insert(QLatin1String("service"), service);
    return o;
}

Result<Consultation> Consultation::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    Consultation c;
    c.id = r.requiredInteger(QLatin1String("id"));
    c.hall = r.requiredText(QLatin1String("hall"));
    c.serviceDay = r.date(QLatin1String("service_day"));
    c.service = r.text(QLatin1String("service"));
    c.channel = r.enumValue(QLatin1String("channel"), consultationChannelFromString).value_or(ConsultationChannel::GuideDesk);
    c.durationSeconds = r.requiredInteger(QLatin1String("duration_s"));
    c.by = r.requiredText(QLatin1String("by"));
    c.at = r.instant(QLatin1String("at"));
    if (!c.at.isValid())
        r.problem(QStringLiteral("at"), QStringLiteral("required"));
    return r.finish(c);
}

QJsonObject ConsultationList::toJson() const
{
    return {{QLatin1String("hall"), hall},
            {QLatin1String("service_day"), dateJson(serviceDay)},
            {QLatin1String("count"), count},
            {QLatin1String("total_s"), totalSeconds},
            {QLatin1String("items"), arrayOf(items)}};
}

Result<ConsultationList> ConsultationList::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    ConsultationList l;
    l.hall = r.requiredText(QLatin1String("hall"));
    l.serviceDay = r.date(QLatin1String("service_day"));
    l.count = static_cast<int>(r.requiredInteger(QLatin1String("count")));
    l.totalSeconds = r.requiredInteger(QLatin1String("total_s"));
    l.items = r.list<Consultation>(QLatin1String("items"));
    return r.finish(l);
}

} // namespace ow
