#include "core/client/HallMonitor.h"

#include "core/client/ClientSession.h"
#include "core/client/EventStream.h"

#include <QJsonArray>

namespace ow {

namespace {
QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}
} // namespace

Ticket HallMonitor::ticketFromJson(const QJsonObject &o)
{
    Ticket t;
    t.id = o.value(QLatin1String("id")).toInteger();
    t.number = o.value(QLatin1String("number")).toString();
    t.prefix = t.number.left(1);
    t.serviceDay = o.value(QLatin1String("service_day")).toString();
    t.channel = channelFromString(o.value(QLatin1String("channel")).toString()).value_or(Channel::Kiosk);
    t.state = ticketStateFromString(o.value(QLatin1String("state")).toString()).value_or(TicketState::Waiting);
    t.priorityGroup = o.value(QLatin1String("priority_group")).toString();
    t.residentId = o.value(QLatin1String("resident_id")).toString(); // masked by the server
    t.issuedAt = timeOf(o, "issued_at");
    t.calledAt = timeOf(o, "called_at");
    t.servingSince = timeOf(o, "serving_since");
    t.windowNumber = o.value(QLatin1String("window")).toInt();
    t.recalls = o.value(QLatin1String("recalls")).toInt();
    for (const QJsonValue &v : o.value(QLatin1String("matters")).toArray()) {
        const QJsonObject m = v.toObject();
        t.matters.append({m.value(QLatin1String("service")).toString(), m.value(QLatin1String("category")).toString(),
                          matterOutcomeFromString(m.value(QLatin1String("outcome")).toString()).value_or(MatterOutcome::Pending),
                          m.value(QLatin1String("reason")).toString()});
    }
    return t;
}

HallMonitor::HallMonitor(ClientSession &session, QString hallCode, QObject *parent)
    : QObject(parent), m_session(session), m_stream(new EventStream(this)), m_hall(std::move(hallCode))
{
    connect(m_stream, &EventStream::event, this, [this](const QString &type, const QJsonObject &data) {
        if (type == QLatin1String("queue.snapshot")) {
            apply(data);
            return;
        }
        Q_EMIT event(type, data);
        refresh(); // redraw from a fresh snapshot: simple, and the snapshot is small
    });
    connect(m_stream, &EventStream::connectedChanged, this, &HallMonitor::liveChanged);
    connect(&m_session, &ClientSession::stateChanged, this, [this](ConnectionState s) {
        if (s == ConnectionState::Online && m_session.api().hasToken() && !m_stream->isConnected())
            m_stream->start(m_session.server(), m_hall, m_session.api().token());
    });
    if (m_session.api().hasToken())
        m_stream->start(m_session.server(), m_hall, m_session.api().token());
}

HallMonitor::~HallMonitor() = default;

bool HallMonitor::isLive() const
{
    return m_stream->isConnected();
}

void HallMonitor::refresh()
{
    if (m_hall.isEmpty() || !m_session.api().hasToken())
        return;
    m_session.api().queueSnapshot(m_hall, [this](Result<ApiReply> r) {
        if (!r) {
            Q_EMIT failed(r.error().detail);
            return;
        }
        apply(r.value().json);
    });
}

void HallMonitor::apply(const QJsonObject &snapshot)
{
    m_waiting.clear();
    for (const QJsonValue &v : snapshot.value(QLatin1String("waiting")).toArray())
        m_waiting.append(ticketFromJson(v.toObject()));
    m_atWindows.clear();
    for (const QJsonValue &v : snapshot.value(QLatin1String("at_windows")).toArray())
        m_atWindows.append(ticketFromJson(v.toObject()));
    m_windows.clear();
    for (const QJsonValue &v : snapshot.value(QLatin1String("windows")).toArray()) {
        const QJsonObject w = v.toObject();
        m_windows.append({w.value(QLatin1String("number")).toInt(),
                          windowStateFromString(w.value(QLatin1String("state")).toString()).value_or(WindowState::Closed),
                          w.value(QLatin1String("teller_name")).toString(), w.value(QLatin1String("teller_staff_no")).toString(),
                          w.value(QLatin1String("reason")).toString(), timeOf(w, "since")});
    }
    m_counts = snapshot.value(QLatin1String("waiting_by_prefix")).toObject();
    m_waits = snapshot.value(QLatin1String("wait_by_prefix")).toObject();
    Q_EMIT changed();
}

WindowState HallMonitor::windowState(int number) const
{
    for (const WindowView &w : m_windows) {
        if (w.number == number)
            return w.state;
    }
    return WindowState::Closed;
}

std::optional<Ticket> HallMonitor::ticketAt(int window) const
{
    for (const Ticket &t : m_atWindows) {
        if (t.windowNumber == window)
            return t;
    }
    return std::nullopt;
}

} // namespace ow
