#include "core/service/org/CalendarService.h"

#include "core/domain/security/Account.h"
#include "core/domain/util/Clock.h"
#include "core/service/admin/AdminLog.h"
#include "core/sql/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ow {

namespace {
QJsonArray isoDays(const QList<QDate> &days)
{
    QJsonArray out;
    for (const QDate &d : days)
        out.append(d.toString(Qt::ISODate));
    return out;
}

// What the AdminLog keeps of a year (empty when the calendar does not know it).
QJsonObject logged(const WorkCalendar &calendar, int year)
{
    if (!calendar.knowsYear(year))
        return {};
    return {{QLatin1String("holidays"), isoDays(calendar.holidays(year))},
            {QLatin1String("workdays"), isoDays(calendar.workingWeekends(year))}};
}
} // namespace

CalendarService::CalendarService(Database &db, const Clock &clock, WorkCalendar builtIn)
    : m_db(db), m_clock(clock), m_builtIn(std::move(builtIn)), m_effective(m_builtIn)
{}

void CalendarService::setImported(WorkCalendar imported)
{
    m_imported = std::move(imported);
    m_effective = m_builtIn.mergedWith(m_imported);
}

Status CalendarService::load()
{
    QJsonObject years;
    auto st = m_db.select(QStringLiteral("SELECT year, json FROM calendar_years ORDER BY year"), {}, [&years](QSqlQuery &r) {
        while (r.next())
            years.insert(r.value(0).toString(), QJsonDocument::fromJson(r.value(1).toString().toUtf8()).object());
    });
    if (!st)
        return st;
    if (years.isEmpty()) {
        setImported(WorkCalendar());
        return okStatus();
    }
    auto stored = WorkCalendar::fromJson(QJsonDocument(QJsonObject{{QLatin1String("years"), years}}).toJson(QJsonDocument::Compact));
    if (!stored)
        return Error{ErrorCode::Internal, QStringLiteral("stored calendar years: ") + stored.error().detail, {}};
    setImported(std::move(stored).value());
    return okStatus();
}

QList<CalendarYearView> CalendarService::years() const
{
    QList<CalendarYearView> out;
    for (int year : m_effective.years())
        out.append({year, m_imported.knowsYear(year), m_effective.holidays(year), m_effective.workingWeekends(year)});
    return out;
}

Result<QList<int>> CalendarService::import(const QByteArray &file, CalendarFileFormat format, const Account &actor)
{
    if (!actor.isCityAdministrator())
        return forbiddenError(QStringLiteral("only the city's administrator imports the working-day calendar"));
    auto parsed = format == CalendarFileFormat::Csv ? WorkCalendar::fromCsv(file) : WorkCalendar::fromJson(file);
    if (!parsed)
        return parsed.error();
    const WorkCalendar &incoming = parsed.value();
    const QList<int> years = incoming.years();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const Status st = m_db.transaction([&]() -> Status {
        AdminLog log(m_db, m_clock);
        for (int year : years) {
            const QString json = QString::fromUtf8(QJsonDocument(incoming.yearJson(year)).toJson(QJsonDocument::Compact));
            if (auto stored = m_db.run(QStringLiteral("INSERT INTO calendar_years (year, json, imported_at, imported_by) VALUES (?, ?, ?, ?) "
                                                      "ON CONFLICT (year) DO UPDATE SET json = excluded.json, "
                                                      "imported_at = excluded.imported_at, imported_by = excluded.imported_by"),
                                       {year, json, now, actor.id ? QVariant(actor.id) : QVariant(QMetaType::fromType<qint64>())});
                !stored)
                return stored;
            if (auto recorded = log.record(&actor, QString(), QStringLiteral("calendar"), QString::number(year), QStringLiteral("import"),
                                           logged(m_effective, year), logged(incoming, year));
                !recorded)
                return recorded;
        }
        // Counted with at once; the calendar before it again if the change does not last.
        m_db.onRollback([this, kept = m_imported] { setImported(kept); });
        setImported(m_imported.mergedWith(incoming));
        return m_changed ? m_changed() : okStatus();
    });
    if (!st)
        return st.error();
    return years;
}

} // namespace ow
