#include "core/service/security/AuthService.h"

#include "core/domain/security/PasswordHasher.h"
#include "core/domain/util/Clock.h"

#include <QJsonDocument>

namespace ow {

namespace {
// Verified when the user name is unknown, so a wrong name costs as long as a wrong password
// and response times do not reveal which accounts exist.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher().hash(QStringLiteral("decoy-password-never-valid"));
    return hash;
}
} // namespace

AuthService::AuthService(Database &db, const Clock &clock, LoginPolicy policy)
    : m_accounts(db), m_sessions(db), m_clock(clock), m_policy(policy), m_addresses(policy.perAddress)
{}

Result<SessionGrant> AuthService::login(const QString &username, const QString &password, const QString &address)
{
    const QDateTime now = m_clock.now();
    if (!address.isEmpty()) {
        if (const qint64 wait = m_addresses.blockedFor(address, now); wait > 0) {
            Error e{ErrorCode::TooManyRequests, QStringLiteral("logins from %1 paused").arg(address),
                    {{QLatin1String("retry_after_seconds"), wait}}};
            e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Too many failed logins from this computer: logins from it are paused for a while. Please try again later."),
                      {}};
            return e;
        }
    }
    auto grant = checkCredentials(username, password, now);
    // A refused name or password counts against the address, whichever account it named (a
    // locked one too); a success leaves the count to decay on its own, so a valid login in
    // between does not buy an address more guesses.
    if (!grant && !address.isEmpty()
        && (grant.error().code == ErrorCode::InvalidCredentials || grant.error().code == ErrorCode::AccountLocked))
        m_addresses.recordFailure(address, now);
    return grant;
}

Result<SessionGrant> AuthService::checkCredentials(const QString &username, const QString &password, const QDateTime &now)
{
    auto found = m_accounts.findByUsername(username.trimmed());
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->active) {
        PasswordHasher::verify(decoyHash(), password);
        return Error{ErrorCode::InvalidCredentials, {}, {}};
    }
    Account account = *found.value();

    if (account.lockedUntil.isValid() && account.lockedUntil > now) {
        return Error{ErrorCode::AccountLocked,
                     QStringLiteral("account %1 locked").arg(account.id),
                     {{QLatin1String("retry_after_seconds"), now.secsTo(account.lockedUntil)}}};
    }

    if (!PasswordHasher::verify(account.passwordHash, password)) {
        const int failures = account.failedLogins + 1;
        const bool lock = failures >= m_policy.maxFailures;
        const QDateTime until = lock ? now.addSecs(m_policy.lockSeconds) : QDateTime();
        if (auto st = m_accounts.recordLoginFailure(account.id, lock ? 0 : failures, until); !st)
            return st.error();
        if (lock) {
            return Error{ErrorCode::AccountLocked,
                         QStringLiteral("account %1 locked after %2 failures").arg(account.id).arg(failures),
                         {{QLatin1String("retry_after_seconds"), m_policy.lockSeconds}}};
        }
        return Error{ErrorCode::InvalidCredentials, {}, {}};
    }

    if (account.failedLogins != 0 || account.lockedUntil.isValid()) {
        if (auto st = m_accounts.recordLoginSuccess(account.id); !st)
            return st.error();
    }
    SessionGrant grant{TokenGenerator::newToken(), now.addSecs(m_policy.tokenLifetimeSeconds), account};
    if (auto st = m_sessions.insert(TokenGenerator::digest(grant.token), account.id, now, grant.expiresAt); !st)
        return st.error();
    return grant;
}

Result<Account> AuthService::authenticate(const QString &token)
{
    if (token.isEmpty())
        return Error{ErrorCode::Unauthorized, {}, {}};
    const QDateTime now = m_clock.now();
    if (auto known = m_cache.find(token, now))
        return *std::move(known);
    auto session = m_sessions.findActive(TokenGenerator::digest(token), now);
    if (!session)
        return session.error();
    if (!session.value())
        return Error{ErrorCode::Unauthorized, {}, {}};
    auto account = m_accounts.findById(session.value()->accountId);
    if (!account)
        return account.error();
    if (!account.value() || !account.value()->active)
        return Error{ErrorCode::Unauthorized, {}, {}};
    m_cache.remember(token, *account.value(), session.value()->expiresAt, now);
    m_profiles.remove(account.value()->id); // as read now
    return *account.value();
}

void AuthService::accountChanged(qint64 accountId)
{
    m_cache.forgetAccount(accountId);
    m_profiles.remove(accountId);
}

QByteArray AuthService::profileJson(const Account &account)
{
    auto it = m_profiles.find(account.id);
    if (it == m_profiles.end())
        it = m_profiles.insert(account.id, QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact));
    return *it;
}

Status AuthService::logout(const QString &token)
{
    m_cache.forget(token);
    return m_sessions.revoke(TokenGenerator::digest(token), m_clock.now());
}

Status AuthService::authorize(const Account &account, Permission permission)
{
    if (!Permissions::allows(account.role, permission))
        return Error{ErrorCode::Forbidden, QStringLiteral("%1 lacks %2").arg(toString(account.role), toString(permission)), {}};
    return okStatus();
}

Status AuthService::authorizeAny(const Account &account, const QList<Permission> &permissions)
{
    for (Permission p : permissions) {
        if (Permissions::allows(account.role, p))
            return okStatus();
    }
    return authorize(account, permissions.first());
}

} // namespace ow
