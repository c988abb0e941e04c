#pragma once

#include "core/domain/api/AdminBodies.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"
#include "core/service/store/AccountRepository.h"

namespace ow {

class AdminLog;
class AuthService;
class CatalogueService;
class Clock;
class Database;

// The people's accounts, as administrators manage them (create, edit, disable and enable, reset
// the password) and as everyone changes their own password; and the first administrator of a
// new install. Every change is scoped (AdminScope), recorded (AdminLog) and, where it changes
// who may do what, ends the account's sessions at once.
class AccountAdmin
{
public:
    AccountAdmin(Database &db, const Clock &clock, AuthService &auth, AdminLog &log, const CatalogueService &catalogue);

    Result<AdminAccountList> list(const Account &admin, const AdminAccountFilter &filter);
    Result<AccountWithPassword> create(const Account &admin, const NewAccountRequest &request);
    Result<AdminAccount> update(const Account &admin, qint64 id, const AccountPatch &patch);
    Result<AdminAccount> setActive(const Account &admin, qint64 id, bool active);
    Result<AccountWithPassword> resetPassword(const Account &admin, qint64 id);
    // Anyone's own: the old password, and a new one the password policy accepts.
    Status changeOwnPassword(const Account &who, const ChangePasswordRequest &request);

    // Whether any active administrator exists (a new install has none).
    Result<bool> hasAdministrator();
    // The first administrator, from the server's command line, with the city hall it belongs to
    // (created if there is none yet). Refused once an administrator exists.
    Status initAdministrator(const QString &username, const QString &password, const Hall &cityHall);

    // A password a person types once: 12 characters without look-alikes (0/O, 1/l/I).
    static QString oneTimePassword();

private:
    Result<Account> existing(qint64 id);
    Result<QList<Hall>> halls();
    Status checkCatalogue(const QStringList &categories, const QStringList &matters);
    // A staff member's own ID number: none, or a valid resident ID number.
    Status checkIdNumber(const QString &idNumber) const;
    // Refuses the change of `before` into `after` if it leaves no active administrator, or no
    // active city administrator (OrgInvariants).
    Status keepAnAdministrator(const Account &before, const AdminAccount &after, const QList<Hall> &tree);
    void endSessions(qint64 accountId);

    Database &m_db;
    const Clock &m_clock;
    AuthService &m_auth;
    AdminLog &m_log;
    const CatalogueService &m_catalogue;
    AccountRepository m_accounts;
};

} // namespace ow
