#pragma once

#include "core/domain/util/Error.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ow {

class AdminLog;
class Database;
class PasswordHasher;
struct Account;

// What an import did: how many halls, windows, accounts and devices it created and updated, and
// the one-time passwords of the accounts it created without one (shown once, never stored).
struct OrgImportReport
{
    QHash<QString, int> created; // "halls", "windows", "accounts", "devices"
    QHash<QString, int> updated;
    int unchanged = 0;
    QList<std::pair<QString, QString>> oneTimePasswords; // user name, password

    bool changedAnything() const;
    QJsonObject toJson() const;
};

// The organisation as one JSON document — halls, windows, accounts (never their passwords) and
// devices — the format of resources/demo/demo-city.json. Export writes it; import creates what is
// missing and updates what differs, by code and user name, all in one transaction, so importing
// the same document twice changes nothing. An account in the document may carry a `password`
// (the demo does); one without gets a one-time password, to be changed at first login.
class OrgExchange
{
public:
    OrgExchange(Database &db, AdminLog *log) : m_db(db), m_log(log) {}

    // Every hall when `hallCodes` is unset, else those halls and what belongs to them.
    Result<QJsonObject> exportOrg(const std::optional<QStringList> &hallCodes) const;
    // `actor` null: from the command line or the demo seed.
    Result<OrgImportReport> importOrg(const QByteArray &json, const PasswordHasher &hasher, const Account *actor);

private:
    Database &m_db;
    AdminLog *m_log;
};

} // namespace ow
