#include "core/client/PerformanceDrillDown.h"

#include "core/client/AdminClient.h"

#include <QPointer>

namespace ow {

PerformanceDrillDown::PerformanceDrillDown(ApiClient &api, QObject *parent) : QObject(parent), m_api(api) {}

void PerformanceDrillDown::start(const QString &hall, const LocalizedName &name, const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    m_steps.clear();
    Step top;
    top.level = Level::Halls;
    top.hall = hall;
    top.name = name;
    fetch(top, true);
}

bool PerformanceDrillDown::open(int row, TicketFigure figure)
{
    if (m_loading || m_steps.isEmpty() || level() == Level::Tickets || row < 0 || row >= m_rows.size())
        return false;
    const Step &here = m_steps.last();
    const QueueReportRow &r = m_rows.at(row);
    Step next = here;
    next.name = r.name;
    switch (here.level) {
    case Level::Halls:
        next.level = Level::Windows;
        next.hall = r.key;
        break;
    case Level::Windows:
        next.window = r.key.toInt();
        // Tickets that never reached a window have no teller to go through.
        next.level = next.window > 0 ? Level::Tellers : Level::Tickets;
        next.figure = figure;
        break;
    case Level::Tellers:
        next.level = Level::Tickets;
        next.teller = r.key;
        next.figure = figure;
        break;
    case Level::Tickets:
        return false;
    }
    fetch(next, true);
    return true;
}

bool PerformanceDrillDown::back()
{
    if (m_loading || m_steps.size() < 2)
        return false;
    fetch(m_steps.at(m_steps.size() - 2), false);
    return true;
}

void PerformanceDrillDown::fetch(const Step &step, bool push)
{
    const int generation = ++m_generation;
    m_loading = true;
    ReportRequest r;
    r.from = m_from;
    r.to = m_to;
    r.hallCode = step.hall;
    r.window = step.window;
    const auto arrived = [this, step, push, generation](bool ok) {
        if (generation != m_generation)
            return false;
        m_loading = false;
        if (ok && push)
            m_steps.append(step);
        else if (ok)
            m_steps.removeLast(); // back where `step` is
        return true;
    };
    if (step.level == Level::Tickets) {
        ReportTicketRequest t;
        t.report = r;
        t.report.group = step.window > 0 ? ReportGroup::Teller : ReportGroup::Window;
        t.key = step.window > 0 ? step.teller : QString();
        t.figure = step.figure;
        m_api.queueTickets(t, [self = QPointer(this), arrived](Result<ReportTicketList> answer) {
            if (!self || !arrived(answer.ok()))
                return;
            if (!answer) {
                Q_EMIT self->failed(errorText(answer.error()));
                return;
            }
            self->m_tickets = std::move(answer).value();
            self->m_rows.clear();
            Q_EMIT self->changed();
        });
        return;
    }
    r.group = step.level == Level::Halls ? ReportGroup::Hall : step.level == Level::Windows ? ReportGroup::Window : ReportGroup::Teller;
    const QString hall = step.hall;
    const Level level = step.level;
    m_api.queue(r, [self = QPointer(this), arrived, hall, level](Result<QueueReport> answer) {
        if (!self || !arrived(answer.ok()))
            return;
        if (!answer) {
            Q_EMIT self->failed(errorText(answer.error()));
            return;
        }
        QList<QueueReportRow> rows;
        for (QueueReportRow &row : answer.value().rows) {
            // A hall's windows: its own, not those of the halls below it.
            if (level == Level::Windows && row.hall != hall)
                continue;
            rows << std::move(row);
        }
        self->m_rows = std::move(rows);
        self->m_tickets = {};
        Q_EMIT self->changed();
    });
}

} // namespace ow
