#pragma once

#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"
#include "core/service/security/AddressThrottle.h"
#include "core/service/security/SessionCache.h"
#include "core/service/store/AccountRepository.h"
#include "core/service/store/SessionRepository.h"

namespace ow {

class Clock;
class Database;

struct LoginPolicy
{
    int maxFailures = 5;                  // consecutive failures before the lock
    qint64 lockSeconds = 15 * 60;         // how long the lock lasts
    qint64 tokenLifetimeSeconds = 12 * 3600; // one working day and then some
    AddressLimit perAddress;              // failed logins from one source address, any accounts
};

struct SessionGrant
{
    QString token; // handed out once, never stored in clear
    QDateTime expiresAt;
    Account account;
};

// Logins, sessions and permission checks. Every rule about who may get in lives here; the HTTP
// edge only decodes the request and encodes what this returns.
class AuthService
{
public:
    AuthService(Database &db, const Clock &clock, LoginPolicy policy = {});

    // `address`: where the attempt comes from (the client's IP as the server sees it). While it
    // has failed too often, every login from it is refused with TooManyRequests — before the
    // account is looked up, so the refusal says nothing about which accounts exist. Empty: not
    // counted per address (a login that did not come over the network).
    Result<SessionGrant> login(const QString &username, const QString &password, const QString &address = {});
    // Unauthorized if unknown, expired or revoked. A session checked in the last minute is
    // answered from memory (SessionCache).
    Result<Account> authenticate(const QString &token);
    Status logout(const QString &token);
    // Whatever changes an account (disabled, password reset, role or hall) calls this, so that
    // its sessions are checked against the database again on their next request.
    void accountChanged(qint64 accountId);
    // What `GET /me` answers for the account: serialised once each time the account is read
    // from the database, not once per request.
    QByteArray profileJson(const Account &account);
    // Forbidden unless the account's role allows `permission`.
    static Status authorize(const Account &account, Permission permission);
    // Allowed if the role has any one of `permissions`.
    static Status authorizeAny(const Account &account, const QList<Permission> &permissions);

    const LoginPolicy &policy() const { return m_policy; }

private:
    Result<SessionGrant> checkCredentials(const QString &username, const QString &password, const QDateTime &now);

    AccountRepository m_accounts;
    SessionRepository m_sessions;
    const Clock &m_clock;
    LoginPolicy m_policy;
    SessionCache m_cache;
    AddressThrottle m_addresses;
    QHash<qint64, QByteArray> m_profiles; // by account id
};

} // namespace ow
