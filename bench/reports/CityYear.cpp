#include "reports/CityYear.h"

#include "core/domain/cases/ReviewerAssignment.h"
#include "core/domain/cases/WorkCalendar.h"
#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/queue/WaitEstimator.h"
#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/catalogue/CatalogueVersions.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>

namespace ow::bench {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr int kRectificationDays = 5; // Rating's default
constexpr int kBadRatingPermille = 30;

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}
QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : nullId();
}

struct Service
{
    QString code;
    QString category;
    QString prefix;
    ServiceKind kind = ServiceKind::Committed;
    RiskLevel risk = RiskLevel::Low;
    OrgLevel level = OrgLevel::City;
    int limitDays = 0;
    double standardSeconds = 0;
};

struct HallInfo
{
    Hall hall;
    int windows = 0;
    double share = 0; // of the year's tickets
    std::vector<qint64> tellers; // by window - 1
    qint64 kiosk = 0;
    std::vector<qint64> reviewers;
    qint64 supervisor = 0;
};

struct TicketEv
{
    qint64 at = 0;
    qint64 ticketId = 0;
    qint64 hallId = 0;
    const char *kind = "";
    qint64 actor = 0;
    int window = 0;
    QString detail;
};

struct CaseEv
{
    qint64 at = 0;
    qint64 caseId = 0;
    const char *action = "";
    const char *state = "";
    qint64 actor = 0;
    qint64 hallId = 0;
    int window = 0;
    qint64 assignee = 0;
};

// One ticket of a hall's day as the simulation leaves it.
struct DayTicket
{
    int hall = 0;
    qint64 issuedAt = 0;
    std::vector<int> services;
    QString prefix;
    int seq = 0;
    QString channel;
    QString residentId;
    bool noShow = false;
    int window = 0;
    qint64 teller = 0;
    qint64 calledAt = 0, lastCalledAt = 0, servingSince = 0, endedAt = 0;
    int recalls = 0;
    std::vector<TicketEv> events; // ticket id filled once ids are given
};

// Prepared statements bound by position, each exec checked; the first error is kept.
class Writer
{
public:
    explicit Writer(const QSqlDatabase &db) : m_db(db) {}

    QSqlQuery &statement(const QString &sql)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            it = m_statements.emplace(sql, std::make_unique<QSqlQuery>(m_db)).first;
            if (!it->second->prepare(sql) && m_error.isEmpty())
                m_error = it->second->lastError().text() + QStringLiteral(" in ") + sql;
        }
        return *it->second;
    }
    void run(const QString &sql, const QVariantList &values)
    {
        QSqlQuery &q = statement(sql);
        for (int i = 0; i < values.size(); ++i) { // a null QString binds as '', as Database does
            const QVariant &v = values[i];
            q.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
        }
        if (!q.exec() && m_error.isEmpty())
            m_error = q.lastError().text() + QStringLiteral(" in ") + sql;
    }
    const QString &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_error;
};

// A valid 18-character resident ID number (ISO 7064 MOD 11-2 check character).
QString residentId(std::mt19937_64 &random)
{
    const QDate birth = QDate(1950, 1, 1).addDays(static_cast<qint64>(random() % 20000));
    QString id = QStringLiteral("510703") + birth.toString(QStringLiteral("yyyyMMdd"))
                 + QStringLiteral("%1").arg(static_cast<int>(random() % 1000), 3, 10, QLatin1Char('0'));
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += id.at(i).digitValue() * weights[i];
    return id + QLatin1Char("10X98765432"[sum % 11]);
}

class Generator
{
public:
    Generator(const YearSize &size, const City &city, Database &db, const Catalogue &catalogue, const WorkCalendar &calendar,
              const QDate &lastDay, qint64 nowMs)
        : m_size(size), m_city(city), m_db(db), m_catalogue(catalogue), m_calendar(calendar), m_lastDay(lastDay), m_nowMs(nowMs),
          m_random(size.seed), m_w(db.handle())
    {}

    Result<YearSummary> run();

private:
    Status prepareAccounts();
    void prepareServices();
    qint64 dayStart(const QDate &day);
    qint64 at(const QDate &day, double secondsOfDay) { return dayStart(day) + static_cast<qint64>(secondsOfDay * 1000); }
    double uniform(double a, double b) { return std::uniform_real_distribution<double>(a, b)(m_random); }
    bool chance(double p) { return uniform(0, 1) < p; }
    int pick(int n) { return static_cast<int>(m_random() % static_cast<unsigned>(n)); }
    qint64 ticketsOfDay(const HallInfo &h, const QDate &day);
    void simulateHall(int hall, const QDate &day, qint64 count, std::vector<DayTicket> &out);
    void writeDay(const QDate &day, std::vector<DayTicket> &tickets);
    void rate(const DayTicket &t, qint64 ticketId, const QDate &day);
    void takeCase(const DayTicket &t, qint64 ticketId, int service, qint64 intakeAt, const QDate &day, QString *outcome);
    void flushEvents(const QDate &day);

    YearSize m_size;
    const City &m_city;
    Database &m_db;
    const Catalogue &m_catalogue;
    const WorkCalendar &m_calendar;
    QDate m_lastDay;
    qint64 m_nowMs;
    std::mt19937_64 m_random;
    Writer m_w;
    YearSummary m_sum;

    std::vector<HallInfo> m_halls;
    QList<Hall> m_allHalls;
    std::vector<Service> m_services;
    std::discrete_distribution<int> m_servicePick;
    QHash<QPair<int, int>, int> m_office; // (hall, service) → hall index of the competent office
    QHash<QString, int> m_hallIndex;
    QHash<QDate, qint64> m_dayStart;
    QTimeZone m_zone{"Asia/Shanghai"};
    double m_casePerMatter = 0.6;
    qint64 m_nextTicket = 1, m_nextRating = 1, m_nextRectification = 1, m_nextCase = 1;
    // Steps after the day they are written on wait for their own day, so ids follow time.
    std::map<QDate, std::vector<TicketEv>> m_ticketEvents;
    std::map<QDate, std::vector<CaseEv>> m_caseEvents;
    QHash<int, int> m_caseSeq; // hall index → today's last case number
};

qint64 Generator::dayStart(const QDate &day)
{
    auto it = m_dayStart.constFind(day);
    if (it == m_dayStart.constEnd())
        it = m_dayStart.insert(day, QDateTime(day, QTime(0, 0), m_zone).toMSecsSinceEpoch());
    return *it;
}

Status Generator::prepareAccounts()
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    m_allHalls = halls.value();
    QHash<QString, qint64> accounts;
    QString hash;
    {
        QSqlQuery q(m_db.handle());
        q.exec(QStringLiteral("SELECT username, id, password_hash FROM accounts"));
        while (q.next()) {
            accounts.insert(q.value(0).toString(), q.value(1).toLongLong());
            hash = q.value(2).toString();
        }
    }
    QStringList categories;
    for (const Category &c : m_catalogue.categories())
        categories << c.code;
    const auto addAccount = [&](const QString &username, const char *role, qint64 hallId, const QString &cats) {
        m_w.run(QStringLiteral("INSERT INTO accounts (username, password_hash, role, hall_id, name_zh, name_en, staff_no, categories) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {username, hash, QString::fromLatin1(role), hallId, username, username, QString(), cats});
        QSqlQuery q(m_db.handle());
        q.exec(QStringLiteral("SELECT last_insert_rowid()"));
        q.next();
        return q.value(0).toLongLong();
    };
    int total = 0;
    for (const CityHall &ch : m_city.halls())
        total += ch.windows;
    for (const CityHall &ch : m_city.halls()) {
        HallInfo h;
        for (const Hall &hall : m_allHalls) {
            if (hall.code == ch.code)
                h.hall = hall;
        }
        h.windows = ch.windows;
        h.share = static_cast<double>(ch.windows) / total;
        for (int w = 1; w <= ch.windows; ++w)
            h.tellers.push_back(accounts.value(ch.teller(w)));
        h.kiosk = accounts.value(ch.kiosk());
        const QString lower = ch.code.toLower();
        const int reviewers = ch.level == QLatin1String("city") ? 8 : ch.level == QLatin1String("county") ? 3 : 1;
        for (int r = 1; r <= reviewers; ++r)
            h.reviewers.push_back(addAccount(QStringLiteral("reviewer-%1-%2").arg(lower).arg(r, 2, 10, QLatin1Char('0')), "reviewer",
                                             h.hall.id, categories.join(QLatin1Char(','))));
        if (ch.level != QLatin1String("township"))
            h.supervisor = addAccount(ch.level == QLatin1String("city") ? CityYear::citySupervisor() : QStringLiteral("supervisor-") + lower,
                                      "supervisor", h.hall.id, QString());
        m_hallIndex.insert(ch.code, static_cast<int>(m_halls.size()));
        m_halls.push_back(std::move(h));
    }
    if (!m_w.error().isEmpty())
        return Error{ErrorCode::Internal, m_w.error(), {}};
    return okStatus();
}

void Generator::prepareServices()
{
    // Popularity: a few matters make most of the visits (Zipf-like over a shuffled list).
    std::vector<double> weights;
    for (const ServiceItem &s : m_catalogue.services()) {
        const Category *c = m_catalogue.category(s.category);
        m_services.push_back({s.code, s.category, c ? c->prefix : QStringLiteral("Z"), s.kind, s.risk, s.competentLevel,
                              s.timeLimitDays, WaitEstimator::catalogueDefaultSeconds(&s)});
    }
    std::shuffle(m_services.begin(), m_services.end(), m_random);
    for (size_t i = 0; i < m_services.size(); ++i)
        weights.push_back(1.0 / std::pow(static_cast<double>(i + 1), 0.9));
    m_servicePick = std::discrete_distribution<int>(weights.begin(), weights.end());
}

qint64 Generator::ticketsOfDay(const HallInfo &h, const QDate &day)
{
    const double perDay = m_size.tickets * h.share / m_sum.workingDays;
    static const double weekday[8] = {0, 1.2, 1.05, 1.0, 0.95, 0.8, 0.6, 0.6};
    const double expected = perDay * weekday[day.dayOfWeek()] * uniform(0.8, 1.2);
    return static_cast<qint64>(expected + uniform(0, 1));
}

// A morning peak about 10:00, an afternoon one about 15:00, a quieter midday; 9:00–17:00.
void Generator::simulateHall(int hall, const QDate &day, qint64 count, std::vector<DayTicket> &out)
{
    const HallInfo &h = m_halls[static_cast<size_t>(hall)];
    std::normal_distribution<double> morning(10 * 3600.0, 50 * 60.0), afternoon(15 * 3600.0, 50 * 60.0);
    std::vector<double> arrivals;
    for (qint64 i = 0; i < count; ++i) {
        const double r = uniform(0, 1);
        double s = r < 0.45 ? morning(m_random) : r < 0.55 ? uniform(12 * 3600.0, 14 * 3600.0) : afternoon(m_random);
        arrivals.push_back(std::clamp(s, 9 * 3600.0, 16.9 * 3600.0));
    }
    std::sort(arrivals.begin(), arrivals.end());
    std::vector<double> freeAt(static_cast<size_t>(h.windows));
    for (double &f : freeAt)
        f = 9 * 3600.0 + uniform(0, 300);
    QHash<QString, int> seq;
    std::lognormal_distribution<double> spread(0.0, 0.35);
    for (double arrival : arrivals) {
        DayTicket t;
        t.hall = hall;
        const int matters = chance(0.8) ? 1 : chance(0.75) ? 2 : 3;
        while (static_cast<int>(t.services.size()) < matters) { // a matter is asked once per ticket
            const int s = m_servicePick(m_random);
            if (std::find(t.services.begin(), t.services.end(), s) == t.services.end())
                t.services.push_back(s);
        }
        t.prefix = m_services[static_cast<size_t>(t.services.front())].prefix;
        t.seq = ++seq[t.prefix];
        t.issuedAt = at(day, arrival);
        const bool kiosk = chance(0.9);
        t.channel = kiosk ? QStringLiteral("kiosk") : QStringLiteral("window");
        if (chance(0.6))
            t.residentId = residentId(m_random);
        const size_t w = static_cast<size_t>(std::min_element(freeAt.begin(), freeAt.end()) - freeAt.begin());
        t.window = static_cast<int>(w) + 1;
        t.teller = h.tellers[w];
        const double called = std::max(arrival, freeAt[w]) + uniform(5, 30);
        t.events.push_back({t.issuedAt, 0, h.hall.id, "issued", kiosk ? h.kiosk : t.teller, 0, {}});
        t.calledAt = t.lastCalledAt = at(day, called);
        t.events.push_back({t.calledAt, 0, h.hall.id, "called", t.teller, t.window, {}});
        double end = 0;
        double leaves = 0; // when the first window is free again
        if (chance(0.03)) {
            t.noShow = true;
            double last = called;
            if (chance(0.5)) {
                last += uniform(45, 90);
                t.recalls = 1;
                t.lastCalledAt = at(day, last);
                t.events.push_back({t.lastCalledAt, 0, h.hall.id, "recalled", t.teller, t.window, {}});
            }
            end = last + uniform(90, 180);
            t.events.push_back({at(day, end), 0, h.hall.id, "no_show", t.teller, t.window, {}});
            ++m_sum.noShows;
        } else {
            const double serving = called + uniform(20, 90);
            double handling = 0;
            for (int s : t.services)
                handling += m_services[static_cast<size_t>(s)].standardSeconds * spread(m_random);
            t.servingSince = at(day, serving);
            t.events.push_back({t.servingSince, 0, h.hall.id, "serving", t.teller, t.window, {}});
            end = serving + handling;
            if (h.windows > 1 && chance(0.02)) {
                // Handed on to another window part-way: it waits again, is called there and finished.
                const double handedOn = serving + handling * 0.3;
                t.events.push_back({at(day, handedOn), 0, h.hall.id, "transferred", t.teller, 0,
                                    QStringLiteral("{\"from_window\":%1,\"to_front\":true}").arg(t.window)});
                size_t other = static_cast<size_t>(pick(h.windows - 1));
                if (other >= w)
                    ++other;
                t.window = static_cast<int>(other) + 1;
                t.teller = h.tellers[other];
                const double again = std::max(handedOn, freeAt[other]) + uniform(30, 240);
                t.lastCalledAt = at(day, again);
                t.events.push_back({t.lastCalledAt, 0, h.hall.id, "called", t.teller, t.window, {}});
                const double serving2 = again + uniform(20, 60);
                t.servingSince = at(day, serving2);
                t.events.push_back({t.servingSince, 0, h.hall.id, "serving", t.teller, t.window, {}});
                end = serving2 + handling * 0.7;
                freeAt[other] = end + uniform(10, 40);
                leaves = handedOn;
                ++m_sum.transfers;
            }
            t.events.push_back({at(day, end), 0, h.hall.id, "finished", t.teller, t.window, {}});
        }
        t.endedAt = at(day, end);
        freeAt[w] = (leaves > 0 ? leaves : end) + uniform(10, 40);
        if (t.endedAt <= m_nowMs) // nothing after the moment of generation
            out.push_back(std::move(t));
    }
}

void Generator::rate(const DayTicket &t, qint64 ticketId, const QDate &day)
{
    const HallInfo &h = m_halls[static_cast<size_t>(t.hall)];
    qint64 when = t.endedAt + static_cast<qint64>(uniform(5, 60) * kSecond);
    for (int s : t.services) {
        const Service &service = m_services[static_cast<size_t>(s)];
        const int r = pick(1000);
        const char *level = r < 620 ? "very_satisfied" : r < 900 ? "satisfied" : r < 1000 - kBadRatingPermille ? "basically_satisfied"
                          : r < 1000 - kBadRatingPermille / 3 ? "dissatisfied" : "very_dissatisfied";
        const qint64 rating = m_nextRating++;
        m_w.run(QStringLiteral("INSERT INTO ratings (id, ticket_id, service_code, teller_id, window_number, hall_id, level, at, "
                               "submitted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {rating, ticketId, service.code, t.teller, t.window, h.hall.id, QString::fromLatin1(level), when, nullId()});
        ++m_sum.ratings;
        if (r < 1000 - kBadRatingPermille)
            continue;
        const qint64 rect = m_nextRectification++;
        const QDate due = m_calendar.addWorkingDays(day, kRectificationDays);
        m_ticketEvents[day].push_back({when, ticketId, h.hall.id, "rectification_opened", 0, t.window,
                                       QStringLiteral("{\"due_day\":\"%1\",\"level\":\"%2\",\"rectification\":%3,\"service\":\"%4\"}")
                                           .arg(due.toString(Qt::ISODate), QString::fromLatin1(level))
                                           .arg(rect)
                                           .arg(service.code)});
        // Mostly closed within a week, at the hall's supervisor's desk (a township's by its county's).
        const QDate closedDay = m_calendar.addWorkingDays(day, 1 + pick(7));
        const qint64 closedAt = at(closedDay, uniform(9.5 * 3600, 16.5 * 3600));
        const qint64 closer = h.supervisor ? h.supervisor : m_halls[static_cast<size_t>(m_hallIndex.value(h.hall.parentCode))].supervisor;
        const bool closed = closedAt <= m_nowMs && chance(0.95);
        m_w.run(QStringLiteral("INSERT INTO rectifications (id, rating_id, hall_id, due_day, status, opened_at, closed_at, closed_day, "
                               "closed_by, cause, action, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {rect, rating, h.hall.id, due.toString(Qt::ISODate), closed ? QStringLiteral("closed") : QStringLiteral("open"), when,
                 closed ? QVariant(closedAt) : nullId(), closed ? QVariant(closedDay.toString(Qt::ISODate)) : QVariant(),
                 closed ? idOrNull(closer) : nullId(), closed ? QStringLiteral("等候时间长") : QString(),
                 closed ? QStringLiteral("电话致歉并说明") : QString(), closed ? QStringLiteral("satisfied") : QString()});
        ++m_sum.rectifications;
        if (!closed)
            continue;
        if (chance(0.3)) {
            const qint64 tried = closedAt - static_cast<qint64>(uniform(2, 30) * kMinute);
            m_w.run(QStringLiteral("INSERT INTO rectification_steps (rectification_id, contacted_at, channel, answer, recorded_at, "
                                   "recorded_by) VALUES (?, ?, 'phone', 'not_reached', ?, ?)"),
                    {rect, tried, tried, idOrNull(closer)});
        }
        m_w.run(QStringLiteral("INSERT INTO rectification_steps (rectification_id, contacted_at, channel, answer, cause, action, "
                               "recorded_at, recorded_by) VALUES (?, ?, 'phone', 'satisfied', ?, ?, ?, ?)"),
                {rect, closedAt, QStringLiteral("等候时间长"), QStringLiteral("电话致歉并说明"), closedAt, idOrNull(closer)});
        m_ticketEvents[closedDay].push_back(
            {closedAt, ticketId, h.hall.id, "rectification_closed", closer, 0,
             QStringLiteral("{\"action\":\"电话致歉并说明\",\"answer\":\"satisfied\",\"cause\":\"等候时间长\",\"late\":%1}")
                 .arg(closedDay > due ? QStringLiteral("true") : QStringLiteral("false"))});
    }
}

void Generator::takeCase(const DayTicket &t, qint64 ticketId, int service, qint64 intakeAt, const QDate &day, QString *outcome)
{
    const HallInfo &h = m_halls[static_cast<size_t>(t.hall)];
    const Service &s = m_services[static_cast<size_t>(service)];
    auto officeIt = m_office.constFind({t.hall, service});
    if (officeIt == m_office.constEnd())
        officeIt = m_office.insert({t.hall, service}, m_hallIndex.value(ReviewerAssignment::competentOffice(h.hall.code, s.level, m_allHalls)));
    const HallInfo &office = m_halls[static_cast<size_t>(*officeIt)];
    const qint64 caseId = m_nextCase++;
    const int seq = ++m_caseSeq[t.hall];
    const QString number = QStringLiteral("%1-%2-%3").arg(h.hall.code, day.toString(QStringLiteral("yyyyMMdd"))).arg(seq, 4, 10, QLatin1Char('0'));
    const bool refused = chance(0.02);
    const bool onSpot = !refused && (s.kind == ServiceKind::OnTheSpot || s.limitDays <= 0);
    std::vector<std::pair<QDate, CaseEv>> steps;
    const auto step = [&](const QDate &d, qint64 when, const char *action, const char *state, qint64 actor, qint64 hall, int window,
                          qint64 assignee) { steps.push_back({d, CaseEv{when, caseId, action, state, actor, hall, window, assignee}}); };
    const auto officeTime = [&](const QDate &d) { return at(d, uniform(9.5 * 3600, 16.5 * 3600)); };
    QList<ClockPause> pauses;
    if (refused) {
        step(day, intakeAt, "refuse", "refused", t.teller, h.hall.id, t.window, 0);
        *outcome = QStringLiteral("refused");
    } else if (onSpot) {
        step(day, intakeAt, "complete_on_spot", "completed_on_spot", t.teller, h.hall.id, t.window, 0);
        *outcome = QStringLiteral("done");
    } else {
        *outcome = QStringLiteral("accepted_as_case");
        step(day, intakeAt, "accept", "accepted", t.teller, h.hall.id, t.window, 0);
        const size_t first = static_cast<size_t>(pick(static_cast<int>(office.reviewers.size())));
        const qint64 reviewer = office.reviewers[first];
        step(day, intakeAt + static_cast<qint64>(uniform(2, 20) * kMinute), "assign", "in_review", 0, 0, 0, reviewer);
        QDate cursor = day;
        if (chance(0.08)) { // 补正: back with the citizen, the clock stands still
            const QDate back = m_calendar.addWorkingDays(day, 1 + pick(2));
            step(back, officeTime(back), "return_for_supplement", "supplement", reviewer, office.hall.id, 0, 0);
            cursor = m_calendar.addWorkingDays(back, 1 + pick(4));
            step(cursor, officeTime(cursor), "receive_supplement", "in_review", t.teller, h.hall.id, t.window, 0);
            pauses.append({back, cursor});
        }
        const int limit = std::max(1, s.limitDays);
        const int late = chance(0.04) ? 1 + pick(5) : 0;
        const QDate decided = m_calendar.addWorkingDays(cursor, late ? limit + late : 1 + pick(limit));
        const qint64 decidedAt = officeTime(decided);
        const bool approved = chance(0.92);
        if (approved && s.risk == RiskLevel::High && office.reviewers.size() > 1) { // 双人复核: two reviewers approve
            step(decided, decidedAt, "approve", "first_approved", reviewer, office.hall.id, 0, 0);
            step(decided, decidedAt + 30 * kMinute, "approve", "approved", office.reviewers[(first + 1) % office.reviewers.size()],
                 office.hall.id, 0, 0);
        } else {
            step(decided, decidedAt, approved ? "approve" : "reject", approved ? "approved" : "rejected", reviewer, office.hall.id, 0, 0);
        }
        if (approved) {
            const QDate out = m_calendar.addWorkingDays(decided, 1 + pick(3));
            step(out, at(out, uniform(9.5 * 3600, 16.5 * 3600)), "hand_out", "handed_out", h.tellers.front(), h.hall.id, 1, 0);
        }
    }
    // Nothing after the moment of generation: the case stands where its last step left it.
    while (!steps.empty() && steps.back().second.at > m_nowMs)
        steps.pop_back();
    QString state = QString::fromLatin1(steps.back().second.state);
    qint64 assignee = 0;
    for (const auto &st : steps) {
        if (st.second.assignee)
            assignee = st.second.assignee;
        m_caseEvents[st.first].push_back(st.second);
    }
    if (!pauses.isEmpty() && steps.back().second.at < at(pauses.last().to, 0))
        pauses.last().to = QDate(); // still with the citizen
    QString due;
    if (!refused && !onSpot)
        due = m_calendar.dueDate(day, std::max(1, s.limitDays), pauses, m_lastDay).toString(Qt::ISODate);
    m_w.run(QStringLiteral("INSERT INTO cases (id, case_number, service_code, category, kind, risk, hall_id, office_hall_id, "
                           "pickup_hall_id, window_number, ticket_id, channel, applicant_id, applicant_name, applicant_phone, "
                           "form, materials, time_limit_days, accepted_day, created_at, catalogue_version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'window', ?, ?, ?, '{}', '{}', ?, ?, ?, ?)"),
            {caseId, number, s.code, s.category, toString(s.kind), toString(s.risk), h.hall.id, office.hall.id, h.hall.id, t.window,
             ticketId, t.residentId.isEmpty() ? residentId(m_random) : t.residentId, QStringLiteral("申请人%1").arg(caseId),
             QStringLiteral("139%1").arg(caseId % 100000000, 8, 10, QLatin1Char('0')), s.limitDays, day.toString(Qt::ISODate), intakeAt,
             m_catalogue.version()});
    m_w.run(QStringLiteral("INSERT INTO case_heads (case_id, office_hall_id, pickup_hall_id, state, assignee_id, due_day) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {caseId, office.hall.id, h.hall.id, state, idOrNull(assignee), due});
    ++m_sum.cases;
}

void Generator::writeDay(const QDate &day, std::vector<DayTicket> &tickets)
{
    std::sort(tickets.begin(), tickets.end(), [](const DayTicket &a, const DayTicket &b) { return a.issuedAt < b.issuedAt; });
    const QString dayText = day.toString(Qt::ISODate);
    QHash<QPair<int, QString>, int> counters;
    for (DayTicket &t : tickets) {
        const qint64 id = m_nextTicket++;
        const HallInfo &h = m_halls[static_cast<size_t>(t.hall)];
        QStringList outcomes;
        for (size_t m = 0; m < t.services.size(); ++m) {
            QString outcome = t.noShow ? QStringLiteral("pending") : QStringLiteral("done");
            if (!t.noShow && chance(m_casePerMatter)) {
                const qint64 intake = t.servingSince + (t.endedAt - t.servingSince) * static_cast<qint64>(m + 1)
                                                           / static_cast<qint64>(t.services.size() + 1);
                takeCase(t, id, t.services[m], intake, day, &outcome);
            }
            outcomes << outcome;
        }
        const QVariant none = nullId();
        m_w.run(QStringLiteral("INSERT INTO tickets (id, hall_id, service_day, prefix, seq, number, channel, resident_id, issued_at, "
                               "state, window_number, teller_id, called_at, last_called_at, serving_since, finished_at, recalls, "
                               "queue_key, catalogue_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, h.hall.id, dayText, t.prefix, t.seq, t.prefix + QStringLiteral("%1").arg(t.seq, 3, 10, QLatin1Char('0')), t.channel,
                 t.residentId, t.issuedAt, t.noShow ? QStringLiteral("no_show") : QStringLiteral("finished"), t.window, t.teller,
                 t.calledAt, t.lastCalledAt, t.servingSince ? QVariant(t.servingSince) : none,
                 t.noShow ? none : QVariant(t.endedAt), t.recalls, static_cast<double>(t.issuedAt) / 1000.0, m_catalogue.version()});
        for (size_t m = 0; m < t.services.size(); ++m) {
            const Service &s = m_services[static_cast<size_t>(t.services[m])];
            m_w.run(QStringLiteral("INSERT INTO ticket_matters (ticket_id, position, service_code, category, outcome) VALUES (?, ?, ?, ?, ?)"),
                    {id, static_cast<int>(m), s.code, s.category, outcomes[static_cast<qsizetype>(m)]});
        }
        ++m_sum.tickets;
        m_sum.matters += static_cast<qint64>(t.services.size());
        int &last = counters[{t.hall, t.prefix}];
        last = std::max(last, t.seq);
        auto &events = m_ticketEvents[day];
        for (TicketEv &e : t.events) {
            e.ticketId = id;
            events.push_back(std::move(e));
        }
        if (!t.noShow && chance(0.35))
            rate(t, id, day);
    }
    for (auto it = counters.begin(); it != counters.end(); ++it)
        m_w.run(QStringLiteral("INSERT INTO ticket_counters (hall_id, service_day, prefix, last_seq) VALUES (?, ?, ?, ?)"),
                {m_halls[static_cast<size_t>(it.key().first)].hall.id, dayText, it.key().second, it.value()});
    for (auto it = m_caseSeq.begin(); it != m_caseSeq.end(); ++it)
        m_w.run(QStringLiteral("INSERT INTO case_counters (hall_id, day, last_seq) VALUES (?, ?, ?)"),
                {m_halls[static_cast<size_t>(it.key())].hall.id, dayText, it.value()});
}

void Generator::flushEvents(const QDate &day)
{
    if (auto it = m_ticketEvents.find(day); it != m_ticketEvents.end()) {
        std::stable_sort(it->second.begin(), it->second.end(), [](const TicketEv &a, const TicketEv &b) { return a.at < b.at; });
        for (const TicketEv &e : it->second) {
            m_w.run(QStringLiteral("INSERT INTO ticket_events (ticket_id, hall_id, kind, at, actor_id, window_number, detail) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {e.ticketId, e.hallId, QString::fromLatin1(e.kind), e.at, idOrNull(e.actor), e.window, e.detail});
        }
        m_sum.ticketEvents += static_cast<qint64>(it->second.size());
        m_ticketEvents.erase(it);
    }
    if (auto it = m_caseEvents.find(day); it != m_caseEvents.end()) {
        std::stable_sort(it->second.begin(), it->second.end(), [](const CaseEv &a, const CaseEv &b) { return a.at < b.at; });
        for (const CaseEv &e : it->second) {
            m_w.run(QStringLiteral("INSERT INTO case_events (case_id, action, state, actor_id, hall_id, window_number, at, assignee_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {e.caseId, QString::fromLatin1(e.action), QString::fromLatin1(e.state), idOrNull(e.actor), idOrNull(e.hallId),
                     e.window, e.at, idOrNull(e.assignee)});
        }
        m_sum.caseEvents += static_cast<qint64>(it->second.size());
        m_caseEvents.erase(it);
    }
}

Result<YearSummary> Generator::run()
{
    m_sum.lastDay = m_lastDay;
    m_sum.firstDay = m_lastDay.addDays(-364);
    QList<QDate> days;
    for (QDate d = m_sum.firstDay; d <= m_lastDay; d = d.addDays(1)) {
        if (m_calendar.isWorkingDay(d) || d == m_lastDay)
            days << d;
    }
    m_sum.workingDays = static_cast<int>(days.size());
    QSqlQuery pragma(m_db.handle());
    // Generation only: a crash leaves a file nobody uses (it is written under a temporary name).
    pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    pragma.exec(QStringLiteral("PRAGMA cache_size=-262144"));
    prepareServices();
    m_db.handle().transaction();
    if (auto st = prepareAccounts(); !st)
        return st.error();
    m_db.handle().commit();
    // Served matters per ticket: 0.97 served × 1.25 matters.
    m_casePerMatter = std::min(1.0, m_size.cases / (m_size.tickets * 0.97 * 1.25));
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QDate day = days[i];
        m_db.handle().transaction();
        m_caseSeq.clear();
        std::vector<DayTicket> tickets;
        for (size_t h = 0; h < m_halls.size(); ++h)
            simulateHall(static_cast<int>(h), day, ticketsOfDay(m_halls[h], day), tickets);
        writeDay(day, tickets);
        flushEvents(day);
        if (!m_db.handle().commit() || !m_w.error().isEmpty())
            return Error{ErrorCode::Internal, m_w.error().isEmpty() ? m_db.handle().lastError().text() : m_w.error(), {}};
        if (i % 25 == 24 || i + 1 == days.size())
            std::fprintf(stderr, "  %s: %lld tickets, %lld cases (%.0f s)\n", qPrintable(day.toString(Qt::ISODate)),
                         static_cast<long long>(m_sum.tickets), static_cast<long long>(m_sum.cases), static_cast<double>(clock.elapsed()) / 1000);
    }
    const QJsonObject summary{{QLatin1String("first_day"), m_sum.firstDay.toString(Qt::ISODate)},
                              {QLatin1String("last_day"), m_sum.lastDay.toString(Qt::ISODate)},
                              {QLatin1String("working_days"), m_sum.workingDays},
                              {QLatin1String("tickets"), m_sum.tickets},
                              {QLatin1String("ticket_events"), m_sum.ticketEvents},
                              {QLatin1String("matters"), m_sum.matters},
                              {QLatin1String("ratings"), m_sum.ratings},
                              {QLatin1String("rectifications"), m_sum.rectifications},
                              {QLatin1String("cases"), m_sum.cases},
                              {QLatin1String("case_events"), m_sum.caseEvents},
                              {QLatin1String("no_shows"), m_sum.noShows},
                              {QLatin1String("transfers"), m_sum.transfers}};
    m_w.run(QStringLiteral("INSERT INTO server_meta (name, value) VALUES ('bench_year', ?)"),
            {QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))});
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!m_w.error().isEmpty())
        return Error{ErrorCode::Internal, m_w.error(), {}};
    return m_sum;
}

YearSummary summaryFromJson(const QJsonObject &o)
{
    YearSummary s;
    s.firstDay = QDate::fromString(o.value(QLatin1String("first_day")).toString(), Qt::ISODate);
    s.lastDay = QDate::fromString(o.value(QLatin1String("last_day")).toString(), Qt::ISODate);
    s.workingDays = o.value(QLatin1String("working_days")).toInt();
    const auto n = [&o](const char *key) { return static_cast<qint64>(o.value(QLatin1String(key)).toDouble()); };
    s.tickets = n("tickets");
    s.ticketEvents = n("ticket_events");
    s.matters = n("matters");
    s.ratings = n("ratings");
    s.rectifications = n("rectifications");
    s.cases = n("cases");
    s.caseEvents = n("case_events");
    s.noShows = n("no_shows");
    s.transfers = n("transfers");
    return s;
}

} // namespace

const City &CityYear::city() const
{
    if (!m_city)
        m_city = City::generate(m_size.halls, m_size.tickets, m_size.seed);
    return *m_city;
}

Result<YearSummary> CityYear::generate(const QString &path, const QDate &lastDay) const
{
    if (auto seeded = city().seedDatabase(path); !seeded)
        return seeded.error();
    DatabaseLocation location;
    location.sqlitePath = path;
    auto db = ServerSchema::open(location);
    if (!db)
        return db.error();
    // The catalogue as the server imports it at its first start (services, categories, version).
    SystemClock clock;
    CatalogueService catalogue(*db.value(), clock);
    CatalogueVersions versions(*db.value(), clock, catalogue);
    if (auto imported = versions.start(Catalogue::bundledJson(), false); !imported)
        return imported.error();
    auto calendar = WorkCalendar::fromJson(WorkCalendar::bundledJson());
    if (!calendar)
        return calendar.error();
    const qint64 endOfLastDay = QDateTime(lastDay.addDays(1), QTime(0, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
    const qint64 now = std::min(QDateTime::currentMSecsSinceEpoch(), endOfLastDay);
    Generator g(m_size, city(), *db.value(), *catalogue.current(), calendar.value(), lastDay, now);
    return g.run();
}

Result<YearSummary> CityYear::summaryOf(const QString &path)
{
    DatabaseLocation location;
    location.sqlitePath = path;
    auto db = ServerSchema::open(location);
    if (!db)
        return db.error();
    auto q = db.value()->exec(QStringLiteral("SELECT value FROM server_meta WHERE name = 'bench_year'"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, QStringLiteral("%1 holds no generated year").arg(path), {}};
    return summaryFromJson(QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object());
}

} // namespace ow::bench
