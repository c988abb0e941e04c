#pragma once

#include "core/domain/api/AdminBodies.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

namespace ow {

class AdminLog;
class AuthService;
class Clock;
class Database;

// The hall's devices (kiosks, hall displays): each logs in with an account of its kind and a
// secret. Adding one or rotating its secret answers the secret once; the old one stops working
// at once.
class DeviceAdmin
{
public:
    DeviceAdmin(Database &db, const Clock &clock, AuthService &auth, AdminLog &log);

    Result<DeviceList> list(const Account &admin);
    Result<DeviceWithSecret> add(const Account &admin, const NewDeviceRequest &request);
    Result<DeviceWithSecret> rotateSecret(const Account &admin, const QString &code);

    // 24 characters from libsodium's random bytes (a device types nothing: it is pasted once).
    static QString newSecret();

private:
    Database &m_db;
    const Clock &m_clock;
    AuthService &m_auth;
    AdminLog &m_log;
};

} // namespace ow
