#include "core/service/store/AccountRepository.h"

#include "core/sql/Database.h"

namespace ow {

namespace {
QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

namespace {
const QString kAccountColumns = QStringLiteral(
    "SELECT a.id, a.username, a.password_hash, a.role, a.hall_id, h.code, h.name_zh, h.name_en, h.level, a.name_zh, "
    "a.name_en, a.staff_no, a.categories, a.active, a.failed_logins, a.locked_until, a.must_change_password, a.matters, a.id_number "
    "FROM accounts a JOIN halls h ON h.id = a.hall_id WHERE ");

Account accountFrom(const QSqlQuery &r)
{
    Account a;
    a.id = r.value(0).toLongLong();
    a.username = r.value(1).toString();
    a.passwordHash = r.value(2).toString();
    a.role = roleFromString(r.value(3).toString()).value_or(Role::Display);
    a.hallId = r.value(4).toLongLong();
    a.hallCode = r.value(5).toString();
    a.hallName = {r.value(6).toString(), r.value(7).toString()};
    a.hallLevel = orgLevelFromString(r.value(8).toString()).value_or(OrgLevel::City);
    a.name = {r.value(9).toString(), r.value(10).toString()};
    a.staffNo = r.value(11).toString();
    a.categories = r.value(12).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.active = r.value(13).toInt() != 0;
    a.failedLogins = r.value(14).toInt();
    if (!r.value(15).isNull())
        a.lockedUntil = QDateTime::fromMSecsSinceEpoch(r.value(15).toLongLong(), Qt::UTC);
    a.mustChangePassword = r.value(16).toInt() != 0;
    a.matters = r.value(17).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.idNumber = r.value(18).toString();
    return a;
}
} // namespace

Result<std::optional<Account>> AccountRepository::findOne(const QString &where, const QVariant &value) const
{
    auto q = m_db.exec(kAccountColumns + where, {value});
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return std::optional<Account>{};
    return std::optional<Account>(accountFrom(r));
}

Result<QList<Account>> AccountRepository::findAll(const QString &where, const QVariantList &values) const
{
    QList<Account> out;
    auto st = m_db.select(kAccountColumns + where, values, [&out](QSqlQuery &r) {
        while (r.next())
            out.append(accountFrom(r));
    });
    if (!st)
        return st.error();
    return out;
}

Result<QList<Account>> AccountRepository::people(const std::optional<QStringList> &hallCodes) const
{
    QString where = QStringLiteral("a.role IN ('teller', 'reviewer', 'supervisor', 'admin')");
    QVariantList values;
    if (hallCodes) {
        if (hallCodes->isEmpty())
            return QList<Account>{};
        where += QStringLiteral(" AND h.code IN (");
        for (qsizetype i = 0; i < hallCodes->size(); ++i) {
            where += i ? QStringLiteral(", ?") : QStringLiteral("?");
            values << hallCodes->at(i);
        }
        where += QLatin1Char(')');
    }
    return findAll(where + QStringLiteral(" ORDER BY a.username"), values);
}

Result<int> AccountRepository::activeAdministrators() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND active = 1"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Status AccountRepository::update(const Account &a) const
{
    return m_db.run(QStringLiteral("UPDATE accounts SET name_zh = ?, name_en = ?, role = ?, hall_id = ?, staff_no = ?, "
                                   "categories = ?, matters = ?, id_number = ? WHERE id = ?"),
                    {a.name.zh, a.name.en, toString(a.role), a.hallId, a.staffNo, Database::listValue(a.categories),
                     Database::listValue(a.matters), a.idNumber, a.id});
}

Status AccountRepository::setActive(qint64 id, bool active) const
{
    return m_db.run(QStringLiteral("UPDATE accounts SET active = ? WHERE id = ?"), {active ? 1 : 0, id});
}

Status AccountRepository::setPassword(qint64 id, const QString &hash, bool mustChange) const
{
    return m_db.run(QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = ?, failed_logins = 0, "
                                   "locked_until = NULL WHERE id = ?"),
                    {hash, mustChange ? 1 : 0, id});
}

Result<QList<DeviceRow>> AccountRepository::devices() const
{
    QList<std::pair<QString, QString>> rows; // code, kind
    QList<qint64> ids;
    auto st = m_db.select(QStringLiteral("SELECT code, kind, account_id FROM devices ORDER BY code"), {}, [&](QSqlQuery &r) {
        while (r.next()) {
            rows.append({r.value(0).toString(), r.value(1).toString()});
            ids.append(r.value(2).toLongLong());
        }
    });
    if (!st)
        return st.error();
    QList<DeviceRow> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto a = findById(ids.at(i));
        if (!a)
            return a.error();
        if (!a.value())
            continue;
        out.append({rows.at(i).first, roleFromString(rows.at(i).second).value_or(Role::Kiosk), *a.value()});
    }
    return out;
}

Result<std::optional<Account>> AccountRepository::findByUsername(const QString &username) const
{
    return findOne(QStringLiteral("a.username = ?"), username);
}

Result<std::optional<Account>> AccountRepository::findById(qint64 id) const
{
    return findOne(QStringLiteral("a.id = ?"), id);
}

Result<qint64> AccountRepository::insert(const Account &a) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO accounts (username, password_hash, role, hall_id, name_zh, name_en, "
                                      "staff_no, categories, active, must_change_password, matters, id_number) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {a.username, a.passwordHash, toString(a.role), a.hallId, a.name.zh, a.name.en, a.staffNo,
                        Database::listValue(a.categories), a.active ? 1 : 0, a.mustChangePassword ? 1 : 0,
                        Database::listValue(a.matters), a.idNumber});
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Status AccountRepository::insertDevice(const QString &code, Role kind, qint64 hallId, qint64 accountId) const
{
    return m_db.run(QStringLiteral("INSERT INTO devices (code, kind, hall_id, account_id) VALUES (?, ?, ?, ?)"),
                    {code, toString(kind), hallId, accountId});
}

Status AccountRepository::recordLoginFailure(qint64 id, int failedLogins, const QDateTime &lockedUntil) const
{
    return m_db.run(QStringLiteral("UPDATE accounts SET failed_logins = ?, locked_until = ? WHERE id = ?"),
                    {failedLogins, msOrNull(lockedUntil), id});
}

Status AccountRepository::recordLoginSuccess(qint64 id) const
{
    return m_db.run(QStringLiteral("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = ?"),
                    {id});
}

Result<int> AccountRepository::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM accounts"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

} // namespace ow
