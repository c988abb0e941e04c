#include "core/domain/queue/QueueTypes.h"

#include "core/domain/util/JsonReader.h"
#include "core/domain/util/EnumText.h"
#include "core/domain/util/Masking.h"

#include <QJsonArray>

#include <algorithm>

namespace ow {

namespace {
constexpr EnumText<TicketState, 7> kStates{{{{TicketState::Waiting, "waiting"},
                                             {TicketState::Called, "called"},
                                             {TicketState::Serving, "serving"},
                                             {TicketState::Parked, "parked"},
                                             {TicketState::Finished, "finished"},
                                             {TicketState::NoShow, "no_show"},
                                             {TicketState::Cancelled, "cancelled"}}}};
constexpr EnumText<TicketEventKind, 13> kEvents{{{{TicketEventKind::Issued, "issued"},
                                                  {TicketEventKind::Called, "called"},
                                                  {TicketEventKind::Recalled, "recalled"},
                                                  {TicketEventKind::Serving, "serving"},
                                                  {TicketEventKind::Parked, "parked"},
                                                  {TicketEventKind::Returned, "returned"},
                                                  {TicketEventKind::Transferred, "transferred"},
                                                  {TicketEventKind::Finished, "finished"},
                                                  {TicketEventKind::NoShow, "no_show"},
                                                  {TicketEventKind::Cancelled, "cancelled"},
                                                  {TicketEventKind::RectificationOpened, "rectification_opened"},
                                                  {TicketEventKind::RectificationFollowedUp, "rectification_followed_up"},
                                                  {TicketEventKind::RectificationClosed, "rectification_closed"}}}};
constexpr EnumText<Channel, 5> kChannels{{{{Channel::Kiosk, "kiosk"},
                                           {Channel::Window, "window"},
                                           {Channel::Appointment, "appointment"},
                                           {Channel::Hotline, "hotline"},
                                           {Channel::Online, "online"}}}};
constexpr EnumText<MatterOutcome, 4> kOutcomes{{{{MatterOutcome::Pending, "pending"},
                                                 {MatterOutcome::Done, "done"},
                                                 {MatterOutcome::AcceptedAsCase, "accepted_as_case"},
                                                 {MatterOutcome::Refused, "refused"}}}};
constexpr EnumText<WindowState, 3> kWindowStates{{{{WindowState::Closed, "closed"}, {WindowState::Open, "open"}, {WindowState::Paused, "paused"}}}};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QString toString(TicketState v) { return kStates.toString(v); }
QString toString(TicketEventKind v) { return kEvents.toString(v); }
QString toString(Channel v) { return kChannels.toString(v); }
QString toString(MatterOutcome v) { return kOutcomes.toString(v); }
QString toString(WindowState v) { return kWindowStates.toString(v); }
std::optional<TicketState> ticketStateFromString(QStringView s) { return kStates.fromString(s); }
std::optional<Channel> channelFromString(QStringView s) { return kChannels.fromString(s); }
std::optional<MatterOutcome> matterOutcomeFromString(QStringView s) { return kOutcomes.fromString(s); }
std::optional<WindowState> windowStateFromString(QStringView s) { return kWindowStates.fromString(s); }
std::optional<TicketEventKind> ticketEventKindFromString(QStringView s) { return kEvents.fromString(s); }

QJsonObject MaterialPrecheck::toJson() const
{
    return {{QLatin1String("present"), QJsonArray::fromStringList(present)},
            {QLatin1String("missing"), QJsonArray::fromStringList(missing)}};
}

Result<MaterialPrecheck> MaterialPrecheck::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    MaterialPrecheck p;
    p.present = r.texts(QLatin1String("present"));
    p.missing = r.texts(QLatin1String("missing"));
    return r.finish(p);
}

QJsonObject TicketMatter::toJson() const
{
    QJsonObject o{{QLatin1String("service"), serviceCode},
                  {QLatin1String("category"), category},
                  {QLatin1String("outcome"), toString(outcome)}};
    if (!reason.isEmpty())
        o.insert(QLatin1String("reason"), reason);
    if (precheck)
        o.insert(QLatin1String("precheck"), precheck->toJson());
    return o;
}

Result<TicketMatter> TicketMatter::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TicketMatter m;
    m.serviceCode = r.requiredText(QLatin1String("service"));
    m.category = r.text(QLatin1String("category"));
    m.outcome = r.enumValue(QLatin1String("outcome"), matterOutcomeFromString).value_or(MatterOutcome::Pending);
    m.reason = r.text(QLatin1String("reason"));
    m.precheck = r.nested<MaterialPrecheck>(QLatin1String("precheck"));
    return r.finish(m);
}

QJsonObject MatterResult::toJson() const
{
    return {{QLatin1String("service"), serviceCode}, {QLatin1String("outcome"), toString(outcome)}, {QLatin1String("reason"), reason}};
}

Result<MatterResult> MatterResult::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    MatterResult m;
    m.serviceCode = r.text(QLatin1String("service"));
    if (const auto outcome = r.enumValue(QLatin1String("outcome"), matterOutcomeFromString))
        m.outcome = *outcome;
    else
        r.problem(QStringLiteral("outcome"), QStringLiteral("done, accepted_as_case or refused"));
    m.reason = r.text(QLatin1String("reason"));
    return r.finish(m);
}

QStringList Ticket::categories() const
{
    QStringList out;
    for (const TicketMatter &m : matters) {
        if (!out.contains(m.category))
            out << m.category;
    }
    return out;
}

QJsonObject Ticket::toJson(bool withPersonalData) const
{
    QJsonArray ms;
    for (const TicketMatter &m : matters)
        ms.append(m.toJson());
    QJsonObject o{{QLatin1String("id"), id},
                  {QLatin1String("number"), number},
                  {QLatin1String("service_day"), serviceDay},
                  {QLatin1String("channel"), toString(channel)},
                  {QLatin1String("state"), toString(state)},
                  {QLatin1String("issued_at"), iso(issuedAt)},
                  {QLatin1String("window"), windowNumber},
                  {QLatin1String("recalls"), recalls},
                  {QLatin1String("matters"), ms}};
    if (!priorityGroup.isEmpty())
        o.insert(QLatin1String("priority_group"), priorityGroup);
    if (calledAt.isValid())
        o.insert(QLatin1String("called_at"), iso(calledAt));
    if (servingSince.isValid())
        o.insert(QLatin1String("serving_since"), iso(servingSince));
    if (finishedAt.isValid())
        o.insert(QLatin1String("finished_at"), iso(finishedAt));
    if (parkedUntil.isValid())
        o.insert(QLatin1String("parked_until"), iso(parkedUntil));
    if (!residentId.isEmpty()) {
        o.insert(QLatin1String("resident_id"),
                 withPersonalData ? residentId : mask(PersonalData::ResidentIdNumber, residentId));
    }
    if (!phone.isEmpty())
        o.insert(QLatin1String("phone"), withPersonalData ? phone : mask(PersonalData::Phone, phone));
    if (!catalogueVersion.isEmpty())
        o.insert(QLatin1String("catalogue_version"), catalogueVersion);
    return o;
}

Result<Ticket> Ticket::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    Ticket t;
    t.id = r.integer(QLatin1String("id"));
    t.number = r.requiredText(QLatin1String("number"));
    t.prefix = t.number.left(std::max<qsizetype>(0, t.number.size() - 3));
    t.sequence = t.number.right(3).toInt();
    t.serviceDay = r.text(QLatin1String("service_day"));
    t.channel = r.enumValue(QLatin1String("channel"), channelFromString).value_or(Channel::Kiosk);
    t.state = r.enumValue(QLatin1String("state"), ticketStateFromString).value_or(TicketState::Waiting);
    t.issuedAt = r.instant(QLatin1String("issued_at"));
    t.windowNumber = static_cast<int>(r.integer(QLatin1String("window")));
    t.recalls = static_cast<int>(r.integer(QLatin1String("recalls")));
    t.matters = r.list<TicketMatter>(QLatin1String("matters"));
    t.priorityGroup = r.text(QLatin1String("priority_group"));
    t.calledAt = r.instant(QLatin1String("called_at"));
    t.servingSince = r.instant(QLatin1String("serving_since"));
    t.finishedAt = r.instant(QLatin1String("finished_at"));
    t.parkedUntil = r.instant(QLatin1String("parked_until"));
    t.residentId = r.text(QLatin1String("resident_id")); // masked, unless the server sent it whole
    t.phone = r.text(QLatin1String("phone"));
    t.catalogueVersion = r.text(QLatin1String("catalogue_version"));
    return r.finish(t);
}

bool WindowProfile::serves(const QString &category) const
{
    return weight(category) > 0;
}

int WindowProfile::weight(const QString &category) const
{
    for (const auto &[c, w] : categoryWeights) {
        if (c == category)
            return w;
    }
    return comprehensive ? 1 : 0;
}

bool WindowProfile::canServe(const Ticket &ticket) const
{
    if (ticket.targetWindow != 0 && ticket.targetWindow != number)
        return false;
    if (comprehensive)
        return true; // every category (weights only order the preference)
    return std::all_of(ticket.matters.begin(), ticket.matters.end(),
                       [this](const TicketMatter &m) { return serves(m.category); });
}

bool HallQueueConfig::hasPriorityGroup(const QString &code) const
{
    return std::any_of(priorityGroups.begin(), priorityGroups.end(), [&code](const PriorityGroup &g) { return g.code == code; });
}

} // namespace ow
