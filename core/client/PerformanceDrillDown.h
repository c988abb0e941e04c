#pragma once

#include "core/client/api/ReportApi.h"

#include <QObject>

namespace ow {

// The drill-down of the performance tab: from the halls' table (a hall and the halls below it)
// to one hall's windows, to the tellers who worked at one window, to the tickets behind one
// figure of one teller there — each level one queue report (ReportApi) or the list of tickets,
// over the same range of days. A stack of steps: open() goes one level down from a row,
// back() one level up; changed() when the level's answer is in, failed() when it is refused
// (the level stays as it was).
class PerformanceDrillDown : public QObject
{
    Q_OBJECT
public:
    enum class Level { Halls, Windows, Tellers, Tickets };

    // Where a level is: its hall, window and teller, and the name to show for it.
    struct Step
    {
        Level level = Level::Halls;
        QString hall;
        int window = 0;
        QString teller;
        TicketFigure figure = TicketFigure::Issued;
        LocalizedName name; // of the row it was opened from (the top: the hall's)
    };

    explicit PerformanceDrillDown(ApiClient &api, QObject *parent = nullptr);

    // The halls' table of `hall` (and the halls below it) over from..to.
    void start(const QString &hall, const LocalizedName &name, const QDate &from, const QDate &to);
    // One level down from row `row` of the current level; by teller, `figure` says whose tickets
    // are listed. False when there is no level below (tickets) or no such row.
    bool open(int row, TicketFigure figure = TicketFigure::Issued);
    // One level up; false at the top.
    bool back();

    Level level() const { return m_steps.isEmpty() ? Level::Halls : m_steps.last().level; }
    const QList<Step> &steps() const { return m_steps; }
    bool isLoading() const { return m_loading; }
    const QDate &from() const { return m_from; }
    const QDate &to() const { return m_to; }
    // The current level's rows (halls, windows or tellers), and its tickets at the bottom.
    const QList<QueueReportRow> &rows() const { return m_rows; }
    const ReportTicketList &tickets() const { return m_tickets; }

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    // The answer for `step`; then `step` is pushed (a level down) or the top popped (back to it).
    void fetch(const Step &step, bool push);

    ReportApi m_api;
    QDate m_from;
    QDate m_to;
    QList<Step> m_steps;
    QList<QueueReportRow> m_rows;
    ReportTicketList m_tickets;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace ow
