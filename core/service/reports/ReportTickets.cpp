#include "core/service/reports/ReportTickets.h"

#include "core/domain/util/Clock.h"
#include "core/domain/util/Masking.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/reports/ReportGrouping.h"

#include <QMultiHash>

#include <algorithm>

namespace ow {

using namespace reportgrouping;

namespace {

bool hasKey(const QList<RowKey> &keys, const QString &key)
{
    return std::any_of(keys.begin(), keys.end(), [&key](const RowKey &k) { return k.key == key; });
}

bool isBad(RatingLevel level)
{
    return level == RatingLevel::Dissatisfied || level == RatingLevel::VeryDissatisfied;
}

} // namespace

ReportTickets::ReportTickets(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_queue(queue)
{}

Result<ReportTicketList> ReportTickets::list(const ReportTicketRequest &request, const Account &who)
{
    const ReportRequest &req = request.report;
    auto set = HallSet::of(m_db, req, who);
    if (!set)
        return set.error();
    // A hall, window or teller row is one hall's.
    if (req.window > 0 || req.group == ReportGroup::Hall || req.group == ReportGroup::Window || req.group == ReportGroup::Teller)
        set.value().keepFirstOnly();
    const HallSet &halls = set.value();
    const ReportReader reader(m_db);
    auto tickets = reader.tickets(halls.selectedIds, req.from, req.to);
    if (!tickets)
        return tickets.error();
    auto ratings = reader.ratings(tickets.value(), halls.selectedIds, req.from, req.to);
    if (!ratings)
        return ratings.error();
    keepWindow(req.window, halls, tickets.value(), ratings.value());
    Staff staff;
    if (auto st = staff.load(reader, staffOf(tickets.value(), ratings.value())); !st)
        return st.error();
    const auto promise = promisesOf(m_queue, halls);
    if (!promise)
        return promise.error();
    QMultiHash<qint64, const RatingRow *> ratingsOf;
    for (const RatingRow &r : ratings.value())
        ratingsOf.insert(r.ticketId, &r);

    // Behind the figure: as QueueTally and ReportService count it, in this row.
    const auto behind = [&](const TicketRecord &t, const Hall &h) {
        QList<RowKey> own;
        for (const auto &g : ticketGroups(req.group, t, h, staff))
            own << g.first;
        const bool inRow = hasKey(own, request.key);
        const auto wait = t.waitSeconds();
        const qint64 promiseSeconds = promise.value().value(t.hallId);
        const auto rated = [&](bool badOnly) {
            const auto range = ratingsOf.equal_range(t.ticketId);
            return std::any_of(range.first, range.second, [&](const RatingRow *r) {
                return (!badOnly || isBad(r->level)) && ratingGroup(req.group, *r, h, staff).key == request.key;
            });
        };
        switch (request.figure) {
        case TicketFigure::Issued:
            return inRow;
        case TicketFigure::Called:
            return inRow && wait.has_value();
        case TicketFigure::Served:
            return inRow && t.served;
        case TicketFigure::NoShow:
            return inRow && t.noShow;
        case TicketFigure::WithinPromise:
            return inRow && wait && *wait <= promiseSeconds;
        case TicketFigure::BeyondPromise:
            return inRow && wait && *wait > promiseSeconds;
        case TicketFigure::Transferred:
            return hasKey(actGroups(req.group, t.transfers, own, h, staff), request.key);
        case TicketFigure::Parked:
            return hasKey(actGroups(req.group, t.parks, own, h, staff), request.key);
        case TicketFigure::Rated:
            return rated(false);
        case TicketFigure::BadReviews:
            return rated(true);
        }
        return false;
    };

    QList<const TicketRecord *> found;
    for (const TicketRecord &t : tickets.value()) {
        if (behind(t, *halls.hall(t.hallId)))
            found << &t;
    }
    std::sort(found.begin(), found.end(), [](const TicketRecord *a, const TicketRecord *b) {
        return a->issuedAt != b->issuedAt ? a->issuedAt > b->issuedAt : a->ticketId > b->ticketId;
    });
    ReportTicketList out;
    out.from = req.from;
    out.to = req.to;
    out.hall = halls.selected.first().code;
    out.group = req.group;
    out.key = request.key;
    out.window = req.window;
    out.figure = request.figure;
    out.generatedAt = m_clock.now();
    out.count = static_cast<int>(found.size());
    found.resize(std::min<qsizetype>(found.size(), ReportTicketList::kMaxTickets));
    QList<qint64> ids;
    for (const TicketRecord *t : std::as_const(found))
        ids << t->ticketId;
    auto heads = reader.ticketHeads(ids);
    if (!heads)
        return heads.error();
    const Catalogue *catalogue = m_catalogue.current();
    for (const TicketRecord *t : std::as_const(found)) {
        const Hall &h = *halls.hall(t->hallId);
        const TicketHead head = heads.value().value(t->ticketId);
        ReportTicket x;
        x.id = t->ticketId;
        x.number = head.number;
        x.hall = h.code;
        x.serviceDay = t->serviceDay;
        x.issuedAt = t->issuedAt;
        x.firstCalledAt = t->firstCalledAt;
        x.window = t->last.window;
        x.teller = staff.username(t->last.tellerId);
        x.tellerName = staff.nameOf(t->last.tellerId);
        for (const auto &[code, category] : t->matters) {
            const ServiceItem *s = catalogue ? catalogue->service(code) : nullptr;
            x.matters.append({code, s ? s->name : LocalizedName{}});
        }
        x.waitSeconds = t->waitSeconds();
        if (x.waitSeconds)
            x.withinPromise = *x.waitSeconds <= promise.value().value(t->hallId);
        x.handlingSeconds = t->handlingSeconds;
        x.served = t->served;
        x.noShow = t->noShow;
        x.transferred = !t->transfers.isEmpty();
        x.parked = !t->parks.isEmpty();
        const auto range = ratingsOf.equal_range(t->ticketId);
        for (auto it = range.first; it != range.second; ++it)
            x.ratings.append({(*it)->serviceCode, (*it)->level});
        std::sort(x.ratings.begin(), x.ratings.end(), [](const auto &a, const auto &b) { return a.serviceCode < b.serviceCode; });
        x.residentId = head.residentId.isEmpty() ? QString() : mask(PersonalData::ResidentIdNumber, head.residentId);
        out.tickets.append(std::move(x));
    }
    return out;
}

} // namespace ow
