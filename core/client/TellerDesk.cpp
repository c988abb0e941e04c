#include "core/client/TellerDesk.h"

#include "core/client/ClientSession.h"
#include "core/client/HallMonitor.h"

#include <QJsonArray>

namespace ow {

TellerDesk::TellerDesk(ClientSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_hall(session.isLoggedIn() ? session.account().hallCode : QString())
    , m_monitor(new HallMonitor(session, m_hall, this))
{
    connect(m_monitor, &HallMonitor::changed, this, &TellerDesk::onHallChanged);
    connect(m_monitor, &HallMonitor::liveChanged, this, &TellerDesk::liveChanged);
    connect(m_monitor, &HallMonitor::failed, this, &TellerDesk::fail);
}

TellerDesk::~TellerDesk() = default;

bool TellerDesk::isLive() const
{
    return m_monitor->isLive();
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
    m_monitor->refresh();
}

void TellerDesk::onHallChanged()
{
    m_waiting = m_monitor->waiting();
    m_current = m_monitor->ticketAt(m_window);
    m_windowState = m_monitor->windowState(m_window);
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
        m_current = HallMonitor::ticketFromJson(r.value().json);
        Q_EMIT changed();
        refresh();
    });
}

void TellerDesk::act(const QString &action, const QJsonObject &extra, qint64 ticketId)
{
    if (!ticketId && !m_current) {
        Q_EMIT message(tr("There is no ticket at this window."));
        return;
    }
    m_session.api().ticketAction(ticketId ? ticketId : m_current->id, action, m_window, [this](Result<ApiReply> r) {
        if (!r) {
            fail(r.error().detail);
            return;
        }
        const Ticket t = HallMonitor::ticketFromJson(r.value().json);
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

void TellerDesk::callTicket(qint64 ticketId, const QString &reason)
{
    if (m_current) {
        Q_EMIT message(tr("Finish, transfer or park the ticket at the window first."));
        return;
    }
    act(QStringLiteral("call"), {{QLatin1String("reason"), reason}}, ticketId);
}

void TellerDesk::transfer(const QStringList &services, int toWindow, bool toFront, const QString &reason)
{
    QJsonObject extra{{QLatin1String("position"), toFront ? QStringLiteral("front") : QStringLiteral("back")},
                      {QLatin1String("reason"), reason}};
    if (!services.isEmpty())
        extra.insert(QLatin1String("services"), QJsonArray::fromStringList(services));
    if (toWindow > 0)
        extra.insert(QLatin1String("to_window"), toWindow);
    act(QStringLiteral("transfer"), extra);
}

void TellerDesk::park(int minutes, const QString &reason)
{
    act(QStringLiteral("park"), {{QLatin1String("minutes"), minutes}, {QLatin1String("reason"), reason}});
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
