#include "core/service/reports/ReportService.h"

#include "core/domain/queue/WaitEstimator.h"
#include "core/domain/reports/CaseTally.h"
#include "core/domain/reports/QueueTally.h"
#include "core/domain/reports/ReportScope.h"
#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/org/CalendarService.h"
#include "core/service/queue/QueueService.h"
#include "core/service/reports/ReportReader.h"
#include "core/service/store/OrgRepository.h"

#include <QSet>

#include <limits>
#include <map>

namespace ow {

namespace {

// Which row something falls in: a hall (for hall, office, window, teller and reviewer rows), a
// window number (window rows sort by it) and the key.
struct RowKey
{
    QString hall;
    int number = 0;
    QString key;

    bool operator<(const RowKey &o) const
    {
        if (hall != o.hall)
            return hall < o.hall;
        if (number != o.number)
            return number < o.number;
        return key < o.key;
    }
    bool operator==(const RowKey &) const = default;
};

// The halls a report covers, with every hall by id (a case's other hall may be outside them).
struct HallSet
{
    QList<Hall> all;
    QList<Hall> selected;
    QHash<qint64, qsizetype> byId; // index into `all`
    const Hall *hall(qint64 id) const
    {
        const auto it = byId.constFind(id);
        return it == byId.constEnd() ? nullptr : &all.at(*it);
    }
    QList<qint64> selectedIds;
    QStringList selectedCodes;
};

Result<HallSet> hallsFor(Database &db, const ReportRequest &req, const Account &who)
{
    auto halls = OrgRepository(db).halls();
    if (!halls)
        return halls.error();
    HallSet set;
    set.all = std::move(halls).value();
    auto scope = ReportScope::of(who, set.all);
    if (!scope)
        return scope.error();
    auto selected = scope.value().select(req.hallCode);
    if (!selected)
        return selected.error();
    set.selected = std::move(selected).value();
    for (qsizetype i = 0; i < set.all.size(); ++i)
        set.byId.insert(set.all.at(i).id, i);
    for (const Hall &h : std::as_const(set.selected)) {
        set.selectedIds << h.id;
        set.selectedCodes << h.code;
    }
    return set;
}

QString hourAt(const Hall &hall, const QDateTime &at)
{
    return QStringLiteral("%1").arg(at.toTimeZone(timeZoneOf(hall)).time().hour(), 2, 10, QLatin1Char('0'));
}

RowKey windowKey(const Hall &h, int window)
{
    return {h.code, window, window > 0 ? QString::number(window) : QString()};
}

// Names of staff by id, read once for the report's teller or reviewer rows.
class Staff
{
public:
    Status load(const ReportReader &reader, const QSet<qint64> &ids)
    {
        auto names = reader.staff(QList<qint64>(ids.begin(), ids.end()));
        if (!names)
            return names.error();
        m_names = std::move(names).value();
        return okStatus();
    }
    QString username(qint64 id) const { return id ? m_names.value(id).username : QString(); }
    LocalizedName nameOf(const QString &username) const
    {
        for (const StaffName &s : m_names) {
            if (s.username == username)
                return {s.nameZh, s.nameEn};
        }
        return {};
    }

private:
    QHash<qint64, StaffName> m_names;
};

// A row's name: the hall's, the window's label, the person's, the matter's or the category's.
LocalizedName nameOf(ReportGroup group, const RowKey &k, const HallSet &halls, const Catalogue *catalogue, const Staff &staff)
{
    const auto hall = std::find_if(halls.all.begin(), halls.all.end(), [&k](const Hall &h) { return h.code == k.hall; });
    switch (group) {
    case ReportGroup::Hall:
    case ReportGroup::Office:
        return hall != halls.all.end() ? hall->name : LocalizedName{};
    case ReportGroup::Window:
        if (hall != halls.all.end()) {
            for (const Window &w : hall->windows) {
                if (w.number == k.number && !w.label.isEmpty())
                    return {w.label, w.label};
            }
        }
        return {};
    case ReportGroup::Teller:
    case ReportGroup::Reviewer:
        return staff.nameOf(k.key);
    case ReportGroup::Matter:
        if (const ServiceItem *s = catalogue ? catalogue->service(k.key) : nullptr)
            return s->name;
        return {};
    case ReportGroup::Category:
        if (const Category *c = catalogue ? catalogue->category(k.key) : nullptr)
            return c->name;
        return {};
    case ReportGroup::Day:
    case ReportGroup::Hour:
        break;
    }
    return {};
}

// A ticket's groups, each with the matters of the ticket that belong to it.
QList<QPair<RowKey, QStringList>> ticketGroups(ReportGroup group, const TicketRecord &t, const Hall &h, const Staff &staff)
{
    QStringList codes;
    for (const auto &[code, category] : t.matters)
        codes << code;
    switch (group) {
    case ReportGroup::Hall:
        return {{{h.code, 0, h.code}, codes}};
    case ReportGroup::Window:
        return {{windowKey(h, t.last.window), codes}};
    case ReportGroup::Teller:
        return {{{h.code, 0, staff.username(t.last.tellerId)}, codes}};
    case ReportGroup::Matter: {
        QList<QPair<RowKey, QStringList>> out;
        for (const QString &code : std::as_const(codes)) {
            if (std::none_of(out.begin(), out.end(), [&code](const auto &g) { return g.first.key == code; }))
                out.append({{{}, 0, code}, {code}});
        }
        return out;
    }
    case ReportGroup::Category: {
        QList<QPair<RowKey, QStringList>> out;
        for (const auto &[code, category] : t.matters) {
            auto it = std::find_if(out.begin(), out.end(), [&category](const auto &g) { return g.first.key == category; });
            if (it == out.end())
                out.append({{{}, 0, category}, {code}});
            else
                it->second << code;
        }
        return out;
    }
    case ReportGroup::Day:
        return {{{{}, 0, t.serviceDay.toString(Qt::ISODate)}, codes}};
    case ReportGroup::Hour:
        return {{{{}, 0, hourAt(h, t.issuedAt)}, codes}};
    case ReportGroup::Office:
    case ReportGroup::Reviewer:
        break;
    }
    return {};
}

RowKey ratingGroup(ReportGroup group, const RatingRow &r, const Hall &h, const Staff &staff)
{
    switch (group) {
    case ReportGroup::Hall:
        return {h.code, 0, h.code};
    case ReportGroup::Window:
        return windowKey(h, r.window);
    case ReportGroup::Teller:
        return {h.code, 0, staff.username(r.tellerId)};
    case ReportGroup::Matter:
        return {{}, 0, r.serviceCode};
    case ReportGroup::Category:
        return {{}, 0, r.category};
    case ReportGroup::Day:
        return {{}, 0, r.serviceDay.toString(Qt::ISODate)};
    case ReportGroup::Hour:
        return {{}, 0, hourAt(h, r.issuedAt)};
    case ReportGroup::Office:
    case ReportGroup::Reviewer:
        break;
    }
    return {};
}

// Where the transfers or parkings of a ticket count: by window and by teller for whoever did
// them (once per ticket and group), else in the ticket's own groups once.
QList<RowKey> actGroups(ReportGroup group, const QList<WindowAct> &acts, const QList<RowKey> &own, const Hall &h,
                        const Staff &staff)
{
    if (acts.isEmpty())
        return {};
    if (group != ReportGroup::Window && group != ReportGroup::Teller)
        return own;
    QList<RowKey> out;
    for (const WindowAct &a : acts) {
        const RowKey k = group == ReportGroup::Window ? windowKey(h, a.window) : RowKey{h.code, 0, staff.username(a.tellerId)};
        if (!out.contains(k))
            out << k;
    }
    return out;
}

} // namespace

ReportService::ReportService(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue,
                             const CalendarService &calendar)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_queue(queue), m_calendar(calendar)
{}

Result<QueueReport> ReportService::queueReport(const ReportRequest &req, const Account &who)
{
    auto set = hallsFor(m_db, req, who);
    if (!set)
        return set.error();
    const HallSet &halls = set.value();
    const ReportReader reader(m_db);
    auto tickets = reader.tickets(halls.selectedIds, req.from, req.to);
    if (!tickets)
        return tickets.error();
    auto ratings = reader.ratings(halls.selectedIds, req.from, req.to);
    if (!ratings)
        return ratings.error();
    Staff staff;
    if (req.group == ReportGroup::Teller) {
        QSet<qint64> ids;
        for (const TicketRecord &t : tickets.value()) {
            ids << t.last.tellerId;
            for (const WindowAct &a : t.transfers + t.parks)
                ids << a.tellerId;
        }
        for (const RatingRow &r : ratings.value())
            ids << r.tellerId;
        ids.remove(0);
        if (auto st = staff.load(reader, ids); !st)
            return st.error();
    }
    QHash<qint64, qint64> promise; // hall id → seconds
    for (const Hall &h : halls.selected) {
        auto rules = m_queue.rulesOf(h);
        if (!rules)
            return rules.error();
        promise.insert(h.id, qint64(rules.value().promiseMinutes) * 60);
    }
    const Catalogue *catalogue = m_catalogue.current();
    const auto standard = [catalogue](const QStringList &codes) {
        qint64 sum = 0;
        for (const QString &c : codes)
            sum += qRound64(WaitEstimator::catalogueDefaultSeconds(catalogue ? catalogue->service(c) : nullptr));
        return sum;
    };

    QueueTally total;
    std::map<RowKey, QueueTally> rows;
    for (const TicketRecord &t : tickets.value()) {
        const Hall &h = *halls.hall(t.hallId);
        const auto groups = ticketGroups(req.group, t, h, staff);
        const qsizetype matters = std::max<qsizetype>(1, t.matters.size());
        total.countTicket(t, promise.value(t.hallId));
        QList<RowKey> own;
        for (const auto &[key, codes] : groups) {
            own << key;
            QueueTally &row = rows[key];
            row.countTicket(t, promise.value(t.hallId));
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

    QueueReport report;
    report.from = req.from;
    report.to = req.to;
    report.hall = halls.selected.first().code;
    report.group = req.group;
    report.generatedAt = m_clock.now();
    report.halls = halls.selectedCodes;
    report.total = total.figures();
    for (const auto &[key, tally] : rows) {
        const bool withHall = req.group == ReportGroup::Hall || req.group == ReportGroup::Window || req.group == ReportGroup::Teller;
        report.rows.append({key.key, withHall ? key.hall : QString(), nameOf(req.group, key, halls, catalogue, staff), tally.figures()});
    }
    return report;
}

Result<CaseReport> ReportService::caseReport(const ReportRequest &req, const Account &who)
{
    auto set = hallsFor(m_db, req, who);
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
