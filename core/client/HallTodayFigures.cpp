#include "core/client/HallTodayFigures.h"

#include "core/client/ClientSession.h"
#include "core/domain/util/Clock.h"

#include <QPointer>

namespace ow {

namespace {

// The windows' open and idle time grow with the clock while a window is open, so two answers a
// second apart always differ there; the strip does not show them. Nothing else changed: no news.
bool sameApartFromWindowTime(QueueFigures a, QueueFigures b)
{
    a.openSeconds = b.openSeconds;
    a.pausedSeconds = b.pausedSeconds;
    a.idleSeconds = b.idleSeconds;
    return a == b;
}

} // namespace

HallTodayFigures::HallTodayFigures(ClientSession &session, QString hallCode, QObject *parent)
    : QObject(parent), m_session(session), m_api(session.api()), m_hall(std::move(hallCode))
{}

QDate HallTodayFigures::today() const
{
    for (const Hall &h : m_session.halls()) {
        if (h.code == m_hall)
            return serviceDay(h, m_session.clock().now());
    }
    Hall unknown; // the halls not read yet: the default zone, as every demo hall's
    return serviceDay(unknown, m_session.clock().now());
}

void HallTodayFigures::refresh()
{
    if (m_hall.isEmpty() || !m_session.api().hasToken())
        return;
    if (m_inFlight) {
        m_queued = true; // one more after this answer covers every event until then
        return;
    }
    send();
}

void HallTodayFigures::refreshIfNewDay()
{
    if (m_loaded && !m_inFlight && today() != m_day)
        refresh();
}

void HallTodayFigures::send()
{
    m_inFlight = true;
    m_queued = false;
    ++m_sent;
    ReportRequest req;
    req.from = req.to = today();
    req.hallCode = m_hall;
    req.group = ReportGroup::Hall;
    m_api.queue(req, [self = QPointer<HallTodayFigures>(this), day = req.from](Result<QueueReport> r) {
        if (!self)
            return;
        self->m_inFlight = false;
        if (!r) {
            Q_EMIT self->failed(r.error().detail);
        } else {
            QueueFigures figures;
            for (const QueueReportRow &row : r.value().rows) {
                if (row.key == self->m_hall)
                    figures = row.figures;
            }
            const bool different = !self->m_loaded || !sameApartFromWindowTime(figures, self->m_figures) || day != self->m_day;
            self->m_figures = figures;
            self->m_day = day;
            self->m_loaded = true;
            if (different)
                Q_EMIT self->changed();
        }
        if (self && self->m_queued)
            self->send();
    });
}

} // namespace ow
