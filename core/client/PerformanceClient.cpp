#include "core/client/PerformanceClient.h"

#include "core/client/AdminClient.h"

#include <QPointer>

namespace ow {

PerformanceClient::PerformanceClient(ApiClient &api, QObject *parent) : QObject(parent), m_reports(api), m_queue(api) {}

ReportRequest PerformanceClient::request(ReportGroup group, const QDate &from, const QDate &to) const
{
    ReportRequest r;
    r.from = from;
    r.to = to;
    r.hallCode = m_hall;
    r.group = group;
    return r;
}

template<typename T>
std::function<void(Result<T>)> PerformanceClient::answer(std::function<void(T)> keep)
{
    ++m_pending; // one per request of the load
    return [self = QPointer(this), generation = m_generation, keep = std::move(keep)](Result<T> r) {
        if (!self || generation != self->m_generation)
            return; // a newer load is on its way
        --self->m_pending;
        if (!r) {
            if (!self->m_failed) {
                self->m_failed = true;
                Q_EMIT self->failed(errorText(r.error()));
            }
            return;
        }
        keep(std::move(r).value());
        if (self->m_pending == 0 && !self->m_failed) {
            self->m_usualByHour = meanPerHour(self->m_weeksByHour);
            Q_EMIT self->loaded();
        }
    };
}

void PerformanceClient::load(const QString &hall, const QDate &from, const QDate &to)
{
    m_hall = hall;
    m_from = from;
    m_to = to;
    ++m_generation;
    m_failed = false;
    m_weeksByHour.clear();
    m_pending = 0;
    m_reports.queue(request(ReportGroup::Hall, from, to), answer<QueueReport>([this](QueueReport r) { m_byHall = std::move(r); }));
    m_reports.queue(request(ReportGroup::Window, from, to), answer<QueueReport>([this](QueueReport r) { m_byWindow = std::move(r); }));
    m_reports.queue(request(ReportGroup::Teller, from, to), answer<QueueReport>([this](QueueReport r) { m_byTeller = std::move(r); }));
    m_reports.queue(request(ReportGroup::Hour, to, to), answer<QueueReport>([this](QueueReport r) { m_issuedByHour = perHour(r); }));
    for (int week = 1; week <= kWeeksBack; ++week) {
        const QDate day = to.addDays(-7 * week);
        m_reports.queue(request(ReportGroup::Hour, day, day),
                        answer<QueueReport>([this](QueueReport r) { m_weeksByHour.append(perHour(r)); }));
    }
    const QDate first = to.addDays(1 - kTrendDays);
    m_reports.queue(request(ReportGroup::Day, first, to),
                    answer<QueueReport>([this, first, to](QueueReport r) { m_trend = perDay(r, first, to); }));
    m_queue.queueRules(hall, answer<HallQueueRules>([this](HallQueueRules r) { m_promiseMinutes = r.rules.promiseMinutes; }));
}

QList<QueueReportRow> PerformanceClient::windows() const
{
    QList<QueueReportRow> out;
    for (const QueueReportRow &row : m_byWindow.rows) {
        if (row.hall == m_hall && !row.key.isEmpty())
            out << row;
    }
    return out;
}

QList<QueueReportRow> PerformanceClient::tellers() const
{
    QList<QueueReportRow> out;
    for (const QueueReportRow &row : m_byTeller.rows) {
        if (row.hall == m_hall && !row.key.isEmpty())
            out << row;
    }
    return out;
}

QList<int> PerformanceClient::perHour(const QueueReport &byHour)
{
    QList<int> out(24, 0);
    for (const QueueReportRow &row : byHour.rows) {
        bool ok = false;
        const int hour = row.key.toInt(&ok);
        if (ok && hour >= 0 && hour < 24)
            out[hour] += row.figures.issued;
    }
    return out;
}

QList<double> PerformanceClient::meanPerHour(const QList<QList<int>> &days)
{
    QList<double> out(24, 0.0);
    if (days.isEmpty())
        return out;
    for (const QList<int> &day : days) {
        for (int h = 0; h < 24 && h < day.size(); ++h)
            out[h] += day.at(h);
    }
    for (double &v : out)
        v /= static_cast<double>(days.size());
    return out;
}

QList<QPair<QDate, QueueFigures>> PerformanceClient::perDay(const QueueReport &byDay, const QDate &from, const QDate &to)
{
    QHash<QString, QueueFigures> rows;
    for (const QueueReportRow &row : byDay.rows)
        rows.insert(row.key, row.figures);
    QList<QPair<QDate, QueueFigures>> out;
    for (QDate d = from; d <= to; d = d.addDays(1))
        out.append({d, rows.value(d.toString(Qt::ISODate))});
    return out;
}

} // namespace ow
