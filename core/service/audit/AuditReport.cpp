#include "core/service/audit/AuditReport.h"

#include "core/domain/reports/ReportScope.h"
#include "core/service/store/OrgRepository.h"
#include "core/sql/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ow {

namespace {
// The city hall (the root of the tree); the bundled default when there is none yet.
Hall cityOf(const QList<Hall> &halls)
{
    for (const Hall &h : halls) {
        if (h.parentCode.isEmpty())
            return h;
    }
    return Hall{};
}
} // namespace

Result<QDate> AuditReport::parseDay(const QString &text)
{
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!day.isValid()) {
        Error e = invalidFieldError(QStringLiteral("day"), QStringLiteral("a day as yyyy-MM-dd"));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Give the day as yyyy-MM-dd."), {}};
        return e;
    }
    return day;
}

Result<QDate> AuditReport::today(const QDateTime &now) const
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    return now.toTimeZone(timeZoneOf(cityOf(halls.value()))).date();
}

Result<AuditDayReport> AuditReport::day(const QDate &day, const Account &who) const
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    auto scope = ReportScope::of(who, halls.value());
    if (!scope)
        return scope.error();
    if (!scope.value().seesAll()) {
        Error e = forbiddenError(QStringLiteral("the audit trail covers every hall: the city hall's supervisors and administrators read it"));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "The audit trail covers every hall: only the city hall's supervisors and administrators read it."), {}};
        return e;
    }
    return this->day(day);
}

Result<AuditDayReport> AuditReport::day(const QDate &day) const
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    const Hall city = cityOf(halls.value());
    const QTimeZone zone = timeZoneOf(city);
    const qint64 from = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    AuditDayReport out;
    out.day = day;
    out.timeZone = city.timeZone;
    Status st = m_db.select(QStringLiteral("SELECT COUNT(*), MIN(id), MAX(id) FROM audit_trail WHERE at >= ? AND at < ?"), {from, to},
                            [&out](QSqlQuery &q) {
                                if (q.next()) {
                                    out.rows = q.value(0).toInt();
                                    out.firstId = q.value(1).toLongLong();
                                }
                            });
    if (!st)
        return st.error();
    // The head at the day's end: audit rows' times never go back along the chain (AuditTrail).
    st = m_db.select(QStringLiteral("SELECT id, hash FROM audit_trail WHERE at < ? ORDER BY at DESC, id DESC LIMIT 1"), {to},
                     [&out](QSqlQuery &q) {
                         if (q.next()) {
                             out.lastId = q.value(0).toLongLong();
                             out.lastHash = q.value(1).toString();
                         }
                     });
    if (!st)
        return st.error();
    return out;
}

} // namespace ow
