#include "core/service/store/DelegationRepository.h"

#include "core/sql/Database.h"

namespace ow {

Result<QHash<QString, OrgLevel>> DelegationRepository::levels() const
{
    QHash<QString, OrgLevel> out;
    QString unknown;
    auto st = m_db.select(QStringLiteral("SELECT service_code, lowest_level FROM delegation"), {}, [&](QSqlQuery &r) {
        while (r.next()) {
            if (const auto level = orgLevelFromString(r.value(1).toString()))
                out.insert(r.value(0).toString(), *level);
            else
                unknown = r.value(0).toString();
        }
    });
    if (!st)
        return st.error();
    if (!unknown.isEmpty())
        return Error{ErrorCode::Internal, QStringLiteral("delegation of %1: unknown level").arg(unknown), {}};
    return out;
}

Status DelegationRepository::set(const QString &serviceCode, OrgLevel level, const QDateTime &at, qint64 accountId) const
{
    return m_db.run(QStringLiteral("INSERT INTO delegation (service_code, lowest_level, changed_at, changed_by) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT (service_code) DO UPDATE SET lowest_level = excluded.lowest_level, "
                                   "changed_at = excluded.changed_at, changed_by = excluded.changed_by"),
                    {serviceCode, toString(level), at.toMSecsSinceEpoch(),
                     accountId ? QVariant(accountId) : QVariant(QMetaType::fromType<qint64>())});
}

Status DelegationRepository::clear(const QString &serviceCode) const
{
    return m_db.run(QStringLiteral("DELETE FROM delegation WHERE service_code = ?"), {serviceCode});
}

} // namespace ow
