#include "core/service/reports/ReportGrouping.h"

#include "core/domain/reports/ReportScope.h"
#include "core/service/queue/QueueService.h"
#include "core/service/store/OrgRepository.h"

#include <algorithm>
#include <map>

namespace ow::reportgrouping {

void HallSet::index()
{
    byId.clear();
    selectedIds.clear();
    selectedCodes.clear();
    for (qsizetype i = 0; i < all.size(); ++i)
        byId.insert(all.at(i).id, i);
    for (const Hall &h : std::as_const(selected)) {
        selectedIds << h.id;
        selectedCodes << h.code;
    }
}

Result<HallSet> HallSet::of(Database &db, const ReportRequest &req, const Account &who)
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
    set.index();
    return set;
}

Result<HallSet> HallSet::own(Database &db, const Account &who)
{
    auto halls = OrgRepository(db).halls();
    if (!halls)
        return halls.error();
    HallSet set;
    set.all = std::move(halls).value();
    const auto hall = std::find_if(set.all.begin(), set.all.end(), [&who](const Hall &h) { return h.code == who.hallCode; });
    if (hall == set.all.end())
        return notFoundError(QStringLiteral("the account's hall %1 does not exist").arg(who.hallCode));
    set.selected = {*hall};
    set.index();
    return set;
}

void HallSet::keepFirstOnly()
{
    if (selected.size() > 1)
        selected = {selected.first()};
    index();
}

Status Staff::load(const ReportReader &reader, const QSet<qint64> &ids)
{
    auto names = reader.staff(QList<qint64>(ids.begin(), ids.end()));
    if (!names)
        return names.error();
    m_names = std::move(names).value();
    return okStatus();
}

LocalizedName Staff::nameOf(const QString &username) const
{
    for (const StaffName &s : m_names) {
        if (s.username == username)
            return {s.nameZh, s.nameEn};
    }
    return {};
}

LocalizedName Staff::nameOf(qint64 id) const
{
    const auto it = m_names.constFind(id);
    return it == m_names.constEnd() ? LocalizedName{} : LocalizedName{it->nameZh, it->nameEn};
}

QSet<qint64> staffOf(const QList<TicketRecord> &tickets, const QList<RatingRow> &ratings)
{
    QSet<qint64> ids;
    for (const TicketRecord &t : tickets) {
        ids << t.last.tellerId;
        for (const WindowAct &a : t.transfers + t.parks)
            ids << a.tellerId;
    }
    for (const RatingRow &r : ratings)
        ids << r.tellerId;
    ids.remove(0);
    return ids;
}

QString hourAt(const Hall &hall, const QDateTime &at)
{
    return QStringLiteral("%1").arg(at.toTimeZone(timeZoneOf(hall)).time().hour(), 2, 10, QLatin1Char('0'));
}

RowKey windowKey(const Hall &h, int window)
{
    return {h.code, window, window > 0 ? QString::number(window) : QString()};
}

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

QList<HallWindowTime> windowTimes(const HallSet &halls, const WindowHistory &history, const QList<TicketRecord> &tickets,
                                  const QDate &from, const QDate &to, const QDateTime &now, int window)
{
    using Key = QPair<qint64, int>; // hall id, window number
    const qint64 onlyHall = window > 0 && !halls.selected.isEmpty() ? halls.selected.first().id : 0;
    const auto wanted = [&](qint64 hall, int number) {
        return halls.selectedIds.contains(hall) && (!onlyHall || (hall == onlyHall && number == window));
    };
    std::map<Key, std::optional<WindowEventRow>> carried; // every window with a history, in order
    for (const WindowEventRow &e : history.before) {
        if (wanted(e.hallId, e.window))
            carried[{e.hallId, e.window}] = e;
    }
    QHash<Key, QHash<QDate, QList<WindowEventRow>>> byDay;
    for (const WindowEventRow &e : history.events) {
        if (!wanted(e.hallId, e.window))
            continue;
        carried.try_emplace({e.hallId, e.window}, std::nullopt);
        byDay[{e.hallId, e.window}][e.serviceDay].append(e);
    }
    QHash<Key, QList<WindowStay>> stays;
    for (const TicketRecord &t : tickets) {
        for (const WindowStay &s : t.stays)
            stays[{t.hallId, s.window}].append(s);
    }
    QList<HallWindowTime> out;
    for (auto &[key, before] : carried) {
        const Hall *hall = halls.hall(key.first);
        if (!hall)
            continue;
        const QHash<QDate, QList<WindowEventRow>> days = byDay.value(key);
        const QList<WindowStay> at = stays.value(key);
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            const HallDay day = HallDay::of(*hall, d);
            if (day.start > now)
                break;
            const QList<WindowEventRow> events = days.value(d);
            for (const WindowTimeShare &share : WindowTime::ofDay(day, key.second, before, events, at, now))
                out.append({key.first, share});
            if (!events.isEmpty()) // the day's last change carries on into the next
                before = *std::max_element(events.begin(), events.end(), [](const WindowEventRow &a, const WindowEventRow &b) {
                    return a.at != b.at ? a.at < b.at : a.id < b.id;
                });
        }
    }
    return out;
}

bool hasWindowTime(ReportGroup group)
{
    return group == ReportGroup::Hall || group == ReportGroup::Window || group == ReportGroup::Teller || group == ReportGroup::Day;
}

std::optional<RowKey> windowTimeGroup(ReportGroup group, const HallWindowTime &t, const Hall &h, const Staff &staff)
{
    switch (group) {
    case ReportGroup::Hall:
        return RowKey{h.code, 0, h.code};
    case ReportGroup::Window:
        return windowKey(h, t.share.window);
    case ReportGroup::Teller:
        return RowKey{h.code, 0, staff.username(t.share.tellerId)};
    case ReportGroup::Day:
        return RowKey{{}, 0, t.share.day.toString(Qt::ISODate)};
    default:
        return std::nullopt;
    }
}

Result<QHash<qint64, qint64>> promisesOf(QueueService &queue, const HallSet &halls)
{
    QHash<qint64, qint64> promise;
    for (const Hall &h : halls.selected) {
        auto rules = queue.rulesOf(h);
        if (!rules)
            return rules.error();
        promise.insert(h.id, qint64(rules.value().promiseMinutes) * 60);
    }
    return promise;
}

void keepWindow(int window, const HallSet &halls, QList<TicketRecord> &tickets, QList<RatingRow> &ratings)
{
    if (window <= 0 || halls.selected.isEmpty())
        return;
    const qint64 hall = halls.selected.first().id;
    tickets.removeIf([hall, window](const TicketRecord &t) { return t.hallId != hall || t.last.window != window; });
    ratings.removeIf([hall, window](const RatingRow &r) { return r.hallId != hall || r.window != window; });
}

} // namespace ow::reportgrouping
