#include "core/service/admin/DeviceAdmin.h"

#include "core/domain/api/AdminMapping.h"
#include "core/domain/org/AdminRules.h"
#include "core/domain/org/AdminScope.h"
#include "core/domain/org/OrgInvariants.h"
#include "core/domain/security/PasswordHasher.h"
#include "core/domain/util/Clock.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/security/AuthService.h"
#include "core/service/store/AccountRepository.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/SessionRepository.h"
#include "core/sql/Database.h"

#include <sodium.h>

namespace ow {

namespace {
const QString kEntity = QStringLiteral("device");

Device deviceOf(const DeviceRow &row)
{
    return Device{row.code, row.kind == Role::Display ? DeviceKind::Display : DeviceKind::Kiosk, row.account.hallCode,
                  row.account.username, row.account.active};
}
} // namespace

DeviceAdmin::DeviceAdmin(Database &db, const Clock &clock, AuthService &auth, AdminLog &log)
    : m_db(db), m_clock(clock), m_auth(auth), m_log(log)
{}

QString DeviceAdmin::newSecret()
{
    ensureSodium();
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 24; ++i)
        out += QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]);
    return out;
}

Result<DeviceList> DeviceAdmin::list(const Account &admin)
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    const AdminScope scope(admin, halls.value());
    auto rows = AccountRepository(m_db).devices();
    if (!rows)
        return rows.error();
    DeviceList out;
    for (const DeviceRow &row : rows.value()) {
        if (scope.manages(row.account.hallCode))
            out.devices.append(deviceOf(row));
    }
    return out;
}

Result<DeviceWithSecret> DeviceAdmin::add(const Account &admin, const NewDeviceRequest &req)
{
    if (const FieldProblems problems = AdminRules::checkDevice(req, {}); !problems.isEmpty())
        return AdminRules::problemsError(problems);
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    if (auto st = OrgInvariants::mayWorkAt(req.hall, adminViews(halls.value())); !st)
        return st.error();
    qint64 hallId = 0;
    for (const Hall &h : halls.value()) {
        if (h.code == req.hall)
            hallId = h.id;
    }
    if (auto st = AdminScope(admin, halls.value()).require(req.hall); !st)
        return st.error();
    AccountRepository accounts(m_db);
    auto rows = accounts.devices();
    if (!rows)
        return rows.error();
    for (const DeviceRow &row : rows.value()) {
        if (row.code == req.code) {
            Error e = conflictError(QStringLiteral("device code %1 is taken").arg(req.code));
            e.text = {QT_TRANSLATE_NOOP("ow::Errors", "The device code %1 is already in use."), {req.code}};
            return e;
        }
    }
    auto taken = accounts.findByUsername(req.username);
    if (!taken)
        return taken.error();
    if (taken.value()) {
        Error e = conflictError(QStringLiteral("user name %1 is taken").arg(req.username));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "The user name %1 is already taken."), {req.username}};
        return e;
    }
    const QString secret = newSecret();
    Account a;
    a.username = req.username;
    a.passwordHash = PasswordHasher().hash(secret);
    a.role = req.kind == DeviceKind::Display ? Role::Display : Role::Kiosk;
    a.hallId = hallId;
    a.name = {req.code, req.code};
    auto id = accounts.insert(a);
    if (!id)
        return id.error();
    if (auto st = accounts.insertDevice(req.code, a.role, a.hallId, id.value()); !st)
        return st.error();
    const Device device{req.code, req.kind, req.hall, req.username, true};
    if (auto st = m_log.record(&admin, req.hall, kEntity, req.code, QStringLiteral("create"), {}, device.toJson()); !st)
        return st.error();
    return DeviceWithSecret{device, secret};
}

Result<DeviceWithSecret> DeviceAdmin::rotateSecret(const Account &admin, const QString &code)
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    AccountRepository accounts(m_db);
    auto rows = accounts.devices();
    if (!rows)
        return rows.error();
    for (const DeviceRow &row : rows.value()) {
        if (row.code != code)
            continue;
        if (auto st = AdminScope(admin, halls.value()).require(row.account.hallCode); !st)
            return st.error();
        const QString secret = newSecret();
        if (auto st = accounts.setPassword(row.account.id, PasswordHasher().hash(secret), false); !st)
            return st.error();
        if (auto st = SessionRepository(m_db).revokeAll(row.account.id, m_clock.now()); !st)
            return st.error();
        m_auth.accountChanged(row.account.id);
        const Device device = deviceOf(row);
        // The record says that the secret changed, never the secret.
        if (auto st = m_log.record(&admin, device.hall, kEntity, code, QStringLiteral("rotate_secret"), device.toJson(), device.toJson()); !st)
            return st.error();
        return DeviceWithSecret{device, secret};
    }
    return notFoundError(QStringLiteral("no device %1").arg(code));
}

} // namespace ow
