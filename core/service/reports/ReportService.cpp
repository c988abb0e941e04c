#include "core/service/reports/ReportService.h"

#include "core/domain/queue/WaitEstimator.h"
#include "core/domain/reports/CaseTally.h"
#include "core/domain/reports/QueueTally.h"
#include "core/domain/reports/WaitHistogram.h"
#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/org/CalendarService.h"
#include "core/service/queue/QueueService.h"
#include "core/service/reports/ReportGrouping.h"
#include "core/service/reports/ReportReader.h"

#include <QSet>

#include <limits>
#include <map>

namespace ow {

using namespace reportgrouping;

ReportService::ReportService(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue,
                             const CalendarService &calendar)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_queue(queue), m_calendar(calendar)
{}

Result<QueueReport> ReportService::queueReport(const ReportRequest &request, const Account &who)
{
    auto set = HallSet::of(m_db, request, who);
    if (!set)
        return set.error();
    if (request.window > 0)
        set.value().keepFirstOnly();
    return build(request, set.value(), nullptr);
}

Result<QueueReport> ReportService::myQueueReport(const QDate &from, const QDate &to, const Account &who)
{
    auto set = HallSet::own(m_db, who);
    if (!set)
        return set.error();
    ReportRequest request;
    request.from = from;
    request.to = to;
    request.group = ReportGroup::Teller;
    return build(request, set.value(), &who);
}

Result<QueueReport> ReportService::build(const ReportRequest &req, const HallSet &halls, const Account *onlyTeller)
{
    const ReportReader reader(m_db);
    auto tickets = reader.tickets(halls.selectedIds, req.from, req.to);
    if (!tickets)
        return tickets.error();
    auto ratings = reader.ratings(tickets.value(), halls.selectedIds, req.from, req.to);
    auto complaints = reader.complaints(halls.selectedIds, req.from, req.to);
    if (!complaints)
        return complaints.error();
    if (!ratings)
        return ratings.error();
    auto history = reader.windowEvents(halls.selectedIds, req.from, req.to);
    if (!history)
        return history.error();
    // Before the window filter drops the tickets that ended elsewhere: any ticket may have been
    // at the window on the way.
    const QList<HallWindowTime> windowTime = windowTimes(halls, history.value(), tickets.value(), req.from, req.to,
                                                         m_clock.now(), req.window);
    keepWindow(req.window, halls, tickets.value(), ratings.value());
    Staff staff;
    if (req.group == ReportGroup::Teller) {
        QSet<qint64> ids = staffOf(tickets.value(), ratings.value());
        for (const HallWindowTime &t : windowTime)
            ids << t.share.tellerId;
        ids.remove(0);
        if (onlyTeller)
            ids << onlyTeller->id;
        if (auto st = staff.load(reader, ids); !st)
            return st.error();
    }
    const auto promise = promisesOf(m_queue, halls);
    if (!promise)
        return promise.error();
    const Catalogue *catalogue = m_catalogue.current();
    const auto standard = [catalogue](const QStringList &codes) {
        qint64 sum = 0;
        for (const QString &c : codes)
            sum += qRound64(WaitEstimator::catalogueDefaultSeconds(catalogue ? catalogue->service(c) : nullptr));
        return sum;
    };

    QueueTally total;
    WaitHistogram histogram;
    std::map<RowKey, QueueTally> rows;
    for (const TicketRecord &t : tickets.value()) {
        const Hall &h = *halls.hall(t.hallId);
        const qint64 promiseSeconds = promise.value().value(t.hallId);
        const auto groups = ticketGroups(req.group, t, h, staff);
        const qsizetype matters = std::max<qsizetype>(1, t.matters.size());
        total.countTicket(t, promiseSeconds);
        // Their own figures: the waits of the tickets they ended with, as their row counts them.
        if (const auto wait = t.waitSeconds(); wait && (!onlyTeller || t.last.tellerId == onlyTeller->id))
            histogram.add(*wait);
        QList<RowKey> own;
        const int complained = complaints.value().value(t.ticketId);
        for (int i = 0; i < complained; ++i)
            total.countComplaint();
        for (const auto &[key, codes] : groups) {
            own << key;
            QueueTally &row = rows[key];
            row.countTicket(t, promiseSeconds);
            for (int i = 0; i < complained; ++i)
                row.countComplaint();
            if (t.handlingSeconds)
                row.countHandling(qRound64(double(*t.handlingSeconds) * double(codes.size()) / double(matters)), standard(codes));
        }
        if (t.handlingSeconds) {
            QStringList codes;
            for (const auto &m : t.matters)
                codes << m.first;
            total.countHandling(*t.handlingSeconds, standard(codes));
        }
        if (!t.transfers.isEmpty())
            total.countTransfer();
        if (!t.parks.isEmpty())
            total.countPark();
        for (const RowKey &k : actGroups(req.group, t.transfers, own, h, staff))
            rows[k].countTransfer();
        for (const RowKey &k : actGroups(req.group, t.parks, own, h, staff))
            rows[k].countPark();
    }
    for (const RatingRow &r : ratings.value()) {
        const Hall &h = *halls.hall(r.hallId);
        const bool overdue = r.rectification && !r.closed && r.dueDay.isValid() && serviceDay(h, m_clock.now()) > r.dueDay;
        QueueTally &row = rows[ratingGroup(req.group, r, h, staff)];
        for (QueueTally *tally : {&row, &total}) {
            tally->countRating(r.level);
            if (r.rectification)
                tally->countRectification(r.closed, overdue);
        }
    }

    // The windows' time: in the total, and in every row of a grouping that has it (0 where none).
    total.countWindowTime({});
    if (hasWindowTime(req.group)) {
        for (auto &[key, tally] : rows)
            tally.countWindowTime({});
    }
    for (const HallWindowTime &t : windowTime) {
        total.countWindowTime(t.share.time);
        if (const auto key = windowTimeGroup(req.group, t, *halls.hall(t.hallId), staff))
            rows[*key].countWindowTime(t.share.time);
    }

    // Consultations: in the total and by hall and day; none belong to a window.
    if (req.window == 0 && !onlyTeller) {
        auto consultations = reader.consultations(halls.selectedIds, req.from, req.to);
        if (!consultations)
            return consultations.error();
        total.countConsultations(0, 0);
        for (const ConsultationDay &c : consultations.value()) {
            total.countConsultations(c.count, c.seconds);
            std::optional<RowKey> key;
            if (req.group == ReportGroup::Hall) {
                const Hall &h = *halls.hall(c.hallId);
                key = RowKey{h.code, 0, h.code};
            } else if (req.group == ReportGroup::Day) {
                key = RowKey{{}, 0, c.day.toString(Qt::ISODate)};
            }
            if (key) {
                QueueTally &row = rows[*key];
                row.countConsultations(c.count, c.seconds);
                row.countWindowTime({}); // a row of its own still reports the windows' time (none)
            }
        }
        if (req.group == ReportGroup::Hall || req.group == ReportGroup::Day) {
            for (auto &[key, tally] : rows)
                tally.countConsultations(0, 0);
        }
    }

    QueueReport report;
    report.from = req.from;
    report.to = req.to;
    report.hall = halls.selected.first().code;
    report.group = req.group;
    report.window = req.window;
    report.generatedAt = m_clock.now();
    report.halls = halls.selectedCodes;
    report.total = total.figures();
    report.waitHistogram = histogram.bins();
    const bool withHall = req.group == ReportGroup::Hall || req.group == ReportGroup::Window || req.group == ReportGroup::Teller;
    for (const auto &[key, tally] : rows) {
        if (onlyTeller && key.key != onlyTeller->username)
            continue;
        report.rows.append({key.key, withHall ? key.hall : QString(), nameOf(req.group, key, halls, catalogue, staff), tally.figures()});
    }
    if (onlyTeller)
        report.total = report.rows.isEmpty() ? QueueFigures{} : report.rows.first().figures;
    return report;
}

Result<CaseReport> ReportService::caseReport(const ReportRequest &req, const Account &who)
{
    auto set = HallSet::of(m_db, req, who);
    if (!set)
        return set.error();
    const HallSet &halls = set.value();
    // The instants the range's days span in any hall's zone; each case's own day is checked after.
    qint64 fromMs = std::numeric_limits<qint64>::max();
    qint64 untilMs = std::numeric_limits<qint64>::min();
    for (const Hall &h : halls.all) {
        const QTimeZone zone = timeZoneOf(h);
        fromMs = std::min(fromMs, QDateTime(req.from, QTime(0, 0), zone).toMSecsSinceEpoch());
        untilMs = std::max(untilMs, QDateTime(req.to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch());
    }
    const bool byOffice = req.group == ReportGroup::Office || req.group == ReportGroup::Reviewer;
    const ReportReader reader(m_db);
    auto cases = reader.cases(halls.selectedIds, byOffice, fromMs, untilMs);
    if (!cases)
        return cases.error();
    const QDateTime now = m_clock.now();
    QList<QPair<const CaseRow *, CaseRecord>> records;
    QSet<qint64> reviewers;
    for (const CaseRow &c : cases.value()) {
        const Hall *hall = halls.hall(c.hallId);
        const Hall *office = halls.hall(c.officeHallId);
        if (!hall || !office)
            continue;
        CaseRecord r = CaseRecord::fold(c.caseId, c.events, *hall, *office, c.timeLimitDays, m_calendar.calendar(),
                                        serviceDay(*office, now));
        if (!r.intakeDay.isValid() || r.intakeDay < req.from || r.intakeDay > req.to)
            continue;
        reviewers << r.reviewer();
        records.append({&c, r});
    }
    Staff staff;
    reviewers.remove(0);
    if (req.group == ReportGroup::Reviewer) {
        if (auto st = staff.load(reader, reviewers); !st)
            return st.error();
    }

    CaseTally total;
    std::map<RowKey, CaseTally> rows;
    for (const auto &[c, r] : records) {
        const Hall &hall = *halls.hall(c->hallId);
        const Hall &office = *halls.hall(c->officeHallId);
        RowKey key;
        switch (req.group) {
        case ReportGroup::Hall:
            key = {hall.code, 0, hall.code};
            break;
        case ReportGroup::Office:
            key = {office.code, 0, office.code};
            break;
        case ReportGroup::Reviewer:
            key = {office.code, 0, staff.username(r.reviewer())};
            break;
        case ReportGroup::Matter:
            key = {{}, 0, c->serviceCode};
            break;
        default:
            key = {{}, 0, r.intakeDay.toString(Qt::ISODate)};
            break;
        }
        rows[key].count(r);
        total.count(r);
    }

    CaseReport report;
    report.from = req.from;
    report.to = req.to;
    report.hall = halls.selected.first().code;
    report.group = req.group;
    report.generatedAt = now;
    report.halls = halls.selectedCodes;
    report.total = total.figures();
    const Catalogue *catalogue = m_catalogue.current();
    for (const auto &[key, tally] : rows)
        report.rows.append({key.key, byOffice || req.group == ReportGroup::Hall ? key.hall : QString(),
                            nameOf(req.group, key, halls, catalogue, staff), tally.figures()});
    return report;
}

} // namespace ow
