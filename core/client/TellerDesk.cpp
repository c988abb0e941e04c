#include "core/client/TellerDesk.h"

#include "core/client/ClientSession.h"
#include "core/net/EventStream.h"

#include <QJsonArray>

namespace ow {

namespace {
QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}
} // namespace

Ticket TellerDesk::ticketFromJson(const QJsonObject &o)
{
    Ticket t;
    t.id = o.value(QLatin1String("id")).toInteger();
    t.number = o.value(QLatin1String("number")).toString();
    t.prefix = t.number.left(1);
    t.serviceDay = o.value(QLatin1String("service_day")).toString();
    t.channel = channelFromString(o.value(QLatin1String("channel")).toString()).value_or(Channel::Kiosk);
    t.state = ticketStateFromString(o.value(QLatin1String("state")).toString()).value_or(TicketState::Waiting);
    t.priorityGroup = o.value(QLatin1String("priority_group")).toString();
    t.residentId = o.value(QLatin1String("resident_id")).toString(); // masked
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

TellerDesk::TellerDesk(ClientSession &session, QObject *parent)
    : QObject(parent), m_session(session), m_events(new EventStream(this))
{
    if (m_session.isLoggedIn())
        m_hall = m_session.account().hallCode;
    connect(m_events, &EventStream::event, this, [this](const QString &type, const QJsonObject &data) {
        if (type == QLatin1String("queue.snapshot"))
            applySnapshot(data);
        else
            refresh(); // any change in the hall: redraw from a fresh snapshot
    });
    connect(m_events, &EventStream::connectedChanged, this, &TellerDesk::liveChanged);
    connect(&m_session, &ClientSession::stateChanged, this, [this](ConnectionState s) {
        if (s == ConnectionState::Online && m_session.api().hasToken() && !m_events->isConnected())
            m_events->start(m_session.server(), m_hall, m_session.api().token());
    });
    if (m_session.api().hasToken())
        m_events->start(m_session.server(), m_hall, m_session.api().token());
}

TellerDesk::~TellerDesk() = default;

bool TellerDesk::isLive() const
{
    return m_events->isConnected();
}

void TellerDesk::setWindow(int window)
{
    m_window = window;
    m_current.reset();
    refresh();
}

void TellerDesk::fail(const QString &text)
{
    Q_EMIT message(text);
}

void TellerDesk::refresh()
{
    if (m_hall.isEmpty() || !m_session.api().hasToken())
        return;
    m_session.api().queueSnapshot(m_hall, [this](Result<ApiReply> r) {
        if (!r) {
            fail(r.error().detail);
            return;
        }
        applySnapshot(r.value().json);
    });
}

void TellerDesk::applySnapshot(const QJsonObject &snapshot)
{
    m_waiting.clear();
    for (const QJsonValue &v : snapshot.value(QLatin1String("waiting")).toArray())
        m_waiting.append(ticketFromJson(v.toObject()));
    m_current.reset();
    for (const QJsonValue &v : snapshot.value(QLatin1String("at_windows")).toArray()) {
        const Ticket t = ticketFromJson(v.toObject());
        if (t.windowNumber == m_window)
            m_current = t;
    }
    m_windowState = WindowState::Closed;
    for (const QJsonValue &v : snapshot.value(QLatin1String("windows")).toArray()) {
        const QJsonObject w = v.toObject();
        if (w.value(QLatin1String("number")).toInt() == m_window)
            m_windowState = windowStateFromString(w.value(QLatin1String("state")).toString()).value_or(WindowState::Closed);
    }
    Q_EMIT changed();
}

void TellerDesk::open()
{
    m_session.api().setWindowState(m_hall, m_window, QStringLiteral("open"), {}, [this](Result<ApiReply> r) {
        r ? refresh() : fail(r.error().detail);
    });
}

void TellerDesk::pause(const QString &reason)
{
    m_session.api().setWindowState(m_hall, m_window, QStringLiteral("paused"), reason, [this](Result<ApiReply> r) {
        r ? refresh() : fail(r.error().detail);
    });
}

void TellerDesk::close()
{
    m_session.api().setWindowState(m_hall, m_window, QStringLiteral("closed"), {}, [this](Result<ApiReply> r) {
        r ? refresh() : fail(r.error().detail);
    });
}

void TellerDesk::callNext()
{
    m_session.api().callNext(m_hall, m_window, [this](Result<ApiReply> r) {
        if (!r) {
            fail(r.error().detail);
            return;
        }
        if (r.value().status == 204) {
            Q_EMIT message(tr("Nobody this window can serve is waiting."));
            return;
        }
        m_current = ticketFromJson(r.value().json);
        Q_EMIT changed();
        refresh();
    });
}

void TellerDesk::act(const QString &action, const QJsonObject &extra)
{
    if (!m_current) {
        Q_EMIT message(tr("There is no ticket at this window."));
        return;
    }
    m_session.api().ticketAction(m_current->id, action, m_window, [this](Result<ApiReply> r) {
        if (!r) {
            fail(r.error().detail);
            return;
        }
        const Ticket t = ticketFromJson(r.value().json);
        if (t.state == TicketState::Called || t.state == TicketState::Serving)
            m_current = t;
        else
            m_current.reset();
        Q_EMIT changed();
        if (t.state == TicketState::Finished)
            Q_EMIT ticketFinished(t);
        refresh();
    }, extra);
}

void TellerDesk::recall()
{
    act(QStringLiteral("recall"));
}

void TellerDesk::serve()
{
    act(QStringLiteral("serve"));
}

void TellerDesk::noShow()
{
    act(QStringLiteral("no-show"));
}

void TellerDesk::finish(const QList<QPair<QString, QPair<MatterOutcome, QString>>> &outcomes)
{
    QJsonArray matters;
    for (const auto &[service, result] : outcomes) {
        matters.append(QJsonObject{{QLatin1String("service"), service},
                                   {QLatin1String("outcome"), toString(result.first)},
                                   {QLatin1String("reason"), result.second}});
    }
    act(QStringLiteral("finish"), {{QLatin1String("matters"), matters}});
}

void TellerDesk::finishAllDone()
{
    if (!m_current)
        return;
    QList<QPair<QString, QPair<MatterOutcome, QString>>> outcomes;
    for (const TicketMatter &m : m_current->matters)
        outcomes.append({m.serviceCode, {MatterOutcome::Done, {}}});
    finish(outcomes);
}

} // namespace ow
