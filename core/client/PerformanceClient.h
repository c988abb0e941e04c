#pragma once

#include "core/client/api/QueueApi.h"
#include "core/client/api/ReportApi.h"

#include <QObject>

namespace ow {

class ApiClient;

// What the performance tab (绩效) shows of one hall over a range of service days, fetched through
// ReportApi and kept here so the charts observe one place:
// - the range by hall (the total, the wait histogram, the halls' table), by window and by teller;
// - the tickets issued on the range's last day hour by hour, against the mean of the same weekday
//   in the four weeks before it;
// - the thirty days up to the range's last day, day by day;
// - the hall's promise (its queue rules), to mark on the histogram.
// A load replaces everything at once: loaded() when every answer is in, failed() with the first
// refusal. An answer to an older load is dropped.
class PerformanceClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTrendDays = 30;
    static constexpr int kWeeksBack = 4;

    explicit PerformanceClient(ApiClient &api, QObject *parent = nullptr);

    void load(const QString &hall, const QDate &from, const QDate &to);
    bool isLoading() const { return m_pending > 0; }
    const QString &hall() const { return m_hall; }
    const QDate &from() const { return m_from; }
    const QDate &to() const { return m_to; }

    const QueueReport &byHall() const { return m_byHall; }
    const QueueReport &byWindow() const { return m_byWindow; }
    const QueueReport &byTeller() const { return m_byTeller; }
    // The hall's own windows and tellers (not those of the halls below it), those that served.
    QList<QueueReportRow> windows() const;
    QList<QueueReportRow> tellers() const;
    // 24 hours of the range's last day: tickets issued; the same weekday's mean over four weeks.
    const QList<int> &issuedByHour() const { return m_issuedByHour; }
    const QList<double> &usualByHour() const { return m_usualByHour; }
    // The days kTrendDays up to the range's last day, each with its figures (zero when none).
    const QList<QPair<QDate, QueueFigures>> &trend() const { return m_trend; }
    int promiseMinutes() const { return m_promiseMinutes; }

    // Tickets issued per hour ("00"…"23") of a report by hour: 24 values.
    static QList<int> perHour(const QueueReport &byHour);
    // The mean of several days' hours.
    static QList<double> meanPerHour(const QList<QList<int>> &days);
    // Every day from..to with its row of a report by day (zero figures for a day without one).
    static QList<QPair<QDate, QueueFigures>> perDay(const QueueReport &byDay, const QDate &from, const QDate &to);

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    ReportRequest request(ReportGroup group, const QDate &from, const QDate &to) const;
    // The callback of one request of this load: its answer kept by `keep` if it belongs to this
    // load (counted in m_pending until it is in).
    template<typename T>
    std::function<void(Result<T>)> answer(std::function<void(T)> keep);

    ReportApi m_reports;
    QueueApi m_queue;
    QString m_hall;
    QDate m_from;
    QDate m_to;
    int m_generation = 0;
    int m_pending = 0;
    bool m_failed = false;
    QueueReport m_byHall;
    QueueReport m_byWindow;
    QueueReport m_byTeller;
    QList<int> m_issuedByHour;
    QList<QList<int>> m_weeksByHour;
    QList<double> m_usualByHour;
    QList<QPair<QDate, QueueFigures>> m_trend;
    int m_promiseMinutes = 15;
};

} // namespace ow
