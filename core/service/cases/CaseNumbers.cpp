#include "core/service/cases/CaseNumbers.h"

#include "core/sql/Database.h"

#include <QRegularExpression>

namespace ow {

namespace {

Error badNumber(const QString &why)
{
    return Error{ErrorCode::ValidationFailed, why, {{QLatin1String("fields"), QJsonObject{{QLatin1String("number"), why}}}}};
}

} // namespace

QJsonObject CaseNumberBlock::toJson() const
{
    return {{QLatin1String("day"), day}, {QLatin1String("stem"), stem}, {QLatin1String("first"), first},
            {QLatin1String("last"), last}, {QLatin1String("unused"), unused}};
}

QString CaseNumbers::format(const QString &hallCode, const QDate &day, int seq)
{
    return QStringLiteral("%1-%2-%3").arg(hallCode, day.toString(QStringLiteral("yyyyMMdd"))).arg(seq, 4, 10, QLatin1Char('0'));
}

Result<int> CaseNumbers::take(qint64 hallId, const QDate &day, int count) const
{
    const QString d = day.toString(QStringLiteral("yyyyMMdd"));
    if (auto st = m_db.run(QStringLiteral("INSERT INTO case_counters (hall_id, day, last_seq) VALUES (?, ?, ?) "
                                          "ON CONFLICT (hall_id, day) DO UPDATE SET last_seq = case_counters.last_seq + ?"),
                           {hallId, d, count, count});
        !st)
        return st.error();
    auto q = m_db.exec(QStringLiteral("SELECT last_seq FROM case_counters WHERE hall_id = ? AND day = ?"), {hallId, d});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::Internal, QStringLiteral("case counter missing"), {}};
    return q.value().value(0).toInt();
}

Result<QString> CaseNumbers::next(qint64 hallId, const QString &hallCode, const QDate &day) const
{
    auto last = take(hallId, day, 1);
    if (!last)
        return last.error();
    return format(hallCode, day, last.value());
}

Result<QList<CaseNumberBlock>> CaseNumbers::lease(qint64 hallId, const QString &hallCode, const QDate &day, int window, qint64 actorId,
                                                  qint64 at, int count) const
{
    if (window <= 0)
        return badNumber(QStringLiteral("a window number"));
    count = std::clamp(count, 1, kMaxBlock);
    const QString d = day.toString(QStringLiteral("yyyyMMdd"));
    const QString stem = format(hallCode, day, 0).chopped(4);
    const auto blocks = [&]() -> Result<QList<CaseNumberBlock>> {
        auto q = m_db.exec(QStringLiteral("SELECT l.first_seq, l.last_seq FROM case_number_leases l WHERE l.hall_id = ? AND l.day = ? "
                                          "AND l.window_number = ? ORDER BY l.first_seq"),
                           {hallId, d, window});
        if (!q)
            return q.error();
        QList<CaseNumberBlock> out;
        while (q.value().next())
            out.append({day.toString(Qt::ISODate), stem, q.value().value(0).toInt(), q.value().value(1).toInt(), 0});
        for (CaseNumberBlock &b : out) {
            auto used = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE hall_id = ? AND case_number BETWEEN ? AND ?"),
                                  {hallId, format(hallCode, day, b.first), format(hallCode, day, b.last)});
            if (!used)
                return used.error();
            used.value().next();
            b.unused = b.last - b.first + 1 - used.value().value(0).toInt();
        }
        return out;
    };
    auto held = blocks();
    if (!held)
        return held.error();
    int unused = 0;
    for (const CaseNumberBlock &b : held.value())
        unused += b.unused;
    if (unused * 2 >= count)
        return held;
    auto taken = take(hallId, day, count); // off the day's counter, as the server's own numbers are
    if (!taken)
        return taken.error();
    const int last = taken.value();
    if (last > 9999)
        return Error{ErrorCode::Conflict, QStringLiteral("the day's case numbers are used up"), {}};
    if (auto st = m_db.run(QStringLiteral("INSERT INTO case_number_leases (hall_id, day, window_number, first_seq, last_seq, leased_by, leased_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {hallId, d, window, last - count + 1, last, actorId, at});
        !st)
        return st.error();
    return blocks();
}

Result<QDate> CaseNumbers::claim(const QString &number, qint64 hallId, const QString &hallCode, int window) const
{
    static const QRegularExpression shape(QStringLiteral("\\A(.+)-(\\d{8})-(\\d{4})\\z"));
    const auto m = shape.match(number);
    if (!m.hasMatch() || m.captured(1) != hallCode)
        return badNumber(QStringLiteral("a case number of hall %1, such as %2").arg(hallCode, format(hallCode, QDate(2026, 1, 5), 1)));
    const QDate day = QDate::fromString(m.captured(2), QStringLiteral("yyyyMMdd"));
    const int seq = m.captured(3).toInt();
    auto leased = m_db.exec(QStringLiteral("SELECT 1 FROM case_number_leases WHERE hall_id = ? AND day = ? AND window_number = ? "
                                           "AND ? BETWEEN first_seq AND last_seq"),
                            {hallId, m.captured(2), window, seq});
    if (!leased)
        return leased.error();
    if (!day.isValid() || !leased.value().next())
        return badNumber(QStringLiteral("%1 was not leased to window %2").arg(number).arg(window));
    auto used = m_db.exec(QStringLiteral("SELECT 1 FROM cases WHERE case_number = ?"), {number});
    if (!used)
        return used.error();
    if (used.value().next())
        return Error{ErrorCode::Conflict, QStringLiteral("case number %1 is taken").arg(number), {}};
    return day;
}

} // namespace ow
