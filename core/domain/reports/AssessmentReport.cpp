#include "core/domain/reports/AssessmentReport.h"

#include <QHash>

#include <algorithm>

namespace ow {

namespace {

// The rows of `report` that belong to `hall` itself and name a window or teller.
QList<QueueReportRow> ownRows(const QueueReport &report, const QString &hall)
{
    QList<QueueReportRow> out;
    for (const QueueReportRow &row : report.rows) {
        if (row.hall == hall && !row.key.isEmpty())
            out << row;
    }
    return out;
}

QueueFigures hallFigures(const AssessmentMonth &m)
{
    for (const QueueReportRow &row : m.byHall.rows) {
        if (row.key == m.hall)
            return row.figures;
    }
    return {};
}

// The rectifications of the month's bad reviews whose ticket passes `keep`, oldest first.
template<typename Keep>
QList<RectificationDetail> badReviewsOf(const AssessmentMonth &m, Keep keep)
{
    QHash<qint64, const ReportTicket *> tickets;
    for (const ReportTicket &t : m.badTickets.tickets)
        tickets.insert(t.id, &t);
    QList<RectificationDetail> out;
    QSet<qint64> seen;
    for (const RectificationDetail &d : m.rectifications) {
        const ReportTicket *ticket = tickets.value(d.rectification.ticketId);
        if (ticket && keep(*ticket) && !seen.contains(d.rectification.id)) {
            seen.insert(d.rectification.id);
            out << d;
        }
    }
    std::sort(out.begin(), out.end(), [](const RectificationDetail &a, const RectificationDetail &b) {
        return a.rectification.openedAt != b.rectification.openedAt ? a.rectification.openedAt < b.rectification.openedAt
                                                                     : a.rectification.id < b.rectification.id;
    });
    return out;
}

AssessmentReport common(const AssessmentMonth &m)
{
    AssessmentReport r;
    r.hall = m.hall;
    r.hallName = m.hallName;
    r.from = m.from();
    r.to = m.to();
    r.generatedAt = m.byHall.generatedAt;
    r.queue = hallFigures(m);
    r.windows = AssessmentReport::ranked(ownRows(m.byWindow, m.hall));
    r.tellers = AssessmentReport::ranked(ownRows(m.byTeller, m.hall));
    for (const CaseReportRow &row : m.casesByHall.rows) {
        if (row.key == m.hall)
            r.cases = row.figures;
    }
    for (const CaseReportRow &row : m.casesByReviewer.rows) {
        if (row.hall == m.hall)
            r.reviewers << row;
    }
    r.badReviewsComplete = m.badTickets.count <= m.badTickets.tickets.size();
    return r;
}

} // namespace

QSet<qint64> AssessmentMonth::badTicketIds() const
{
    QSet<qint64> out;
    for (const ReportTicket &t : badTickets.tickets)
        out.insert(t.id);
    return out;
}

QList<qint64> AssessmentMonth::rectificationsOfMonth(const QList<RectificationItem> &items) const
{
    const QSet<qint64> tickets = badTicketIds();
    QList<qint64> out;
    for (const RectificationItem &item : items) {
        if (tickets.contains(item.ticketId) && !out.contains(item.id))
            out << item.id;
    }
    return out;
}

QStringList AssessmentMonth::tellers() const
{
    QStringList out;
    for (const AssessmentRow &row : AssessmentReport::ranked(ownRows(byTeller, hall)))
        out << row.key;
    return out;
}

QList<AssessmentRow> AssessmentReport::ranked(const QList<QueueReportRow> &rows)
{
    QList<QueueFigures> figures;
    for (const QueueReportRow &row : rows)
        figures << row.figures;
    const QList<int> ranks = QueueRanking::ranks(figures, kRankBy);
    QList<AssessmentRow> out;
    for (qsizetype i = 0; i < rows.size(); ++i)
        out << AssessmentRow{ranks.at(i), rows.at(i).key, rows.at(i).name, rows.at(i).figures};
    std::stable_sort(out.begin(), out.end(), [](const AssessmentRow &a, const AssessmentRow &b) {
        if ((a.rank == 0) != (b.rank == 0))
            return b.rank == 0; // the unranked last
        if (a.rank != b.rank)
            return a.rank < b.rank;
        const double sa = a.figures.satisfaction.value_or(-1), sb = b.figures.satisfaction.value_or(-1);
        if (sa != sb)
            return sa > sb;
        if (a.name.zh != b.name.zh)
            return a.name.zh < b.name.zh;
        // Windows by number, not as text (2 before 10).
        return a.key.size() != b.key.size() ? a.key.size() < b.key.size() : a.key < b.key;
    });
    return out;
}

AssessmentReport AssessmentReport::ofHall(const AssessmentMonth &month)
{
    AssessmentReport r = common(month);
    r.badReviews = badReviewsOf(month, [](const ReportTicket &) { return true; });
    return r;
}

Result<AssessmentReport> AssessmentReport::ofTeller(const AssessmentMonth &month, const QString &teller)
{
    AssessmentReport r = common(month);
    const auto mine = std::find_if(r.tellers.cbegin(), r.tellers.cend(), [&teller](const AssessmentRow &row) { return row.key == teller; });
    if (teller.isEmpty() || mine == r.tellers.cend())
        return notFoundError(QStringLiteral("%1 has no figures at %2 in %3").arg(teller, month.hall, month.month.toString(QStringLiteral("yyyy-MM"))));
    AssessmentTellerPart part;
    part.row = *mine;
    part.hall = r.queue;
    int served = 0, ratings = 0, bad = 0;
    for (const AssessmentRow &row : std::as_const(r.tellers)) {
        if (row.rank > 0)
            ++part.rankedTellers;
        served += row.figures.served;
        ratings += row.figures.ratings;
        bad += row.figures.badReviews;
    }
    const double n = static_cast<double>(r.tellers.size());
    part.servedPerTeller = served / n;
    part.ratingsPerTeller = ratings / n;
    part.badReviewsPerTeller = bad / n;
    r.teller = part;
    r.badReviews = badReviewsOf(month, [&teller](const ReportTicket &t) { return t.teller == teller; });
    return r;
}

} // namespace ow
