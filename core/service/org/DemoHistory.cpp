#include "core/service/org/DemoHistory.h"

#include "core/domain/cases/WorkCalendar.h"
#include "core/domain/catalogue/Catalogue.h"
#include "core/sql/Database.h"

#include <QTimeZone>

#include <array>
#include <cmath>
#include <random>

namespace ow {

namespace {

struct DemoHall
{
    const char *code;
    int perDay; // tickets on an ordinary weekday
};
constexpr std::array<DemoHall, 2> kHalls{{{"MY-CITY", 150}, {"MY-FC", 100}}};

// Relative arrivals per half-hour from 08:30 to 17:00: the county-day shape (docs/planning.md).
constexpr std::array<double, 17> kShape{0.6, 1.4, 1.8, 1.8, 1.5, 1.0, 0.5, 0.3, 0.3, 0.5, 0.9, 1.4, 1.5, 1.1, 0.8, 0.6, 0.4};
const QTime kFirstSlot(8, 30);

double dayFactor(const QDate &day)
{
    switch (day.dayOfWeek()) {
    case 1:
        return 1.2; // Monday: what the weekend left
    case 5:
        return 0.9;
    default:
        return 1.0;
    }
}

} // namespace

Result<int> DemoHistory::seed(Database &db, const Catalogue &catalogue, const WorkCalendar &calendar, const QDateTime &now, int weeks)
{
    // The matters visitors come for: the catalogue's on-the-spot ones, with their queue prefix.
    struct Matter
    {
        QString code, category, prefix;
    };
    QList<Matter> matters;
    for (const ServiceItem &s : catalogue.services()) {
        const Category *c = catalogue.category(s.category);
        if (s.kind == ServiceKind::OnTheSpot && c)
            matters.append({s.code, s.category, c->prefix});
    }
    if (matters.isEmpty())
        return 0;
    const QTimeZone zone("Asia/Shanghai");
    const QDate today = now.toTimeZone(zone).date();
    int written = 0;
    Status st = db.transaction([&]() -> Status {
        for (const DemoHall &h : kHalls) {
            auto hall = db.exec(QStringLiteral("SELECT id, (SELECT COUNT(*) FROM tickets t WHERE t.hall_id = halls.id AND t.service_day < ?), "
                                               "(SELECT COUNT(*) FROM windows w WHERE w.hall_id = halls.id) FROM halls WHERE code = ?"),
                                {today.toString(Qt::ISODate), QString::fromLatin1(h.code)});
            if (!hall)
                return hall.error();
            if (!hall.value().next() || hall.value().value(1).toLongLong() > 0)
                continue; // no such hall, or it has its own history
            const qint64 hallId = hall.value().value(0).toLongLong();
            const int windows = std::max(1, hall.value().value(2).toInt());
            for (QDate d = today.addDays(-7 * weeks); d < today; d = d.addDays(1)) {
                if (!calendar.isWorkingDay(d))
                    continue;
                std::mt19937 random(static_cast<quint32>(hallId * 100003 + d.toJulianDay()));
                std::lognormal_distribution<double> handling(std::log(7 * 60.0) - 0.125, 0.5); // mean about 7 minutes
                std::uniform_real_distribution<double> unit(0.0, 1.0);
                QHash<QString, int> seq;
                double shapeSum = 0;
                for (double w : kShape)
                    shapeSum += w;
                for (size_t slot = 0; slot < kShape.size(); ++slot) {
                    const double expected = h.perDay * dayFactor(d) * kShape[slot] / shapeSum;
                    std::poisson_distribution<int> arrivals(expected);
                    const int n = arrivals(random);
                    for (int i = 0; i < n; ++i) {
                        const Matter &m = matters.at(int(unit(random) * matters.size()) % matters.size());
                        const int number = ++seq[m.prefix];
                        const QDateTime issued(d, kFirstSlot.addSecs(int(slot) * 1800 + int(unit(random) * 1800)), zone);
                        const qint64 at = issued.toMSecsSinceEpoch();
                        const qint64 called = at + qint64(unit(random) * 9 * 60 * 1000);
                        const qint64 serving = called + 40 * 1000;
                        const qint64 finished = serving + qint64(handling(random) * 1000);
                        auto t = db.exec(QStringLiteral("INSERT INTO tickets (hall_id, service_day, prefix, seq, number, channel, issued_at, "
                                                        "state, window_number, called_at, last_called_at, serving_since, finished_at, queue_key) "
                                                        "VALUES (?, ?, ?, ?, ?, 'kiosk', ?, 'finished', ?, ?, ?, ?, ?, 0)"),
                                         {hallId, d.toString(Qt::ISODate), m.prefix, number,
                                          m.prefix + QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0')), at,
                                          1 + int(unit(random) * windows) % windows, called, called, serving, finished});
                        if (!t)
                            return t.error();
                        auto matter = db.exec(QStringLiteral("INSERT INTO ticket_matters (ticket_id, position, service_code, category, outcome) "
                                                             "VALUES (?, 0, ?, ?, 'done')"),
                                              {t.value().lastInsertId(), m.code, m.category});
                        if (!matter)
                            return matter.error();
                        ++written;
                    }
                }
            }
        }
        return okStatus();
    });
    if (!st)
        return st.error();
    return written;
}

} // namespace ow
