#pragma once

#include "core/domain/util/Error.h"
#include "core/service/org/OrgImportPlan.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ow {

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

// The organisation as one JSON document (OrgDocument) — halls, windows, accounts (never their
// passwords) and devices. Export writes it; import creates what is missing and updates what
// differs, by code and user name, so importing the same document twice changes nothing. An import
// obeys the rules of the administration services (OrgImportPlan): the whole document is checked
// first and goes in whole, in one transaction, or not at all. Like those services it records each
// change (AdminLog) and ends the sessions of an account it disables or gives a new role or hall.
// An account in the document may carry a `password` (the demo's do); one without gets a one-time
// password, to be changed at first login.
class OrgExchange
{
public:
    explicit OrgExchange(Database &db) : m_db(db) {}

    // Every hall when `hallCodes` is unset, else those halls and what belongs to them.
    Result<QJsonObject> exportOrg(const std::optional<QStringList> &hallCodes) const;
    // `actor` null: from the command line or the demo seed.
    Result<OrgImportReport> importOrg(const QByteArray &json, const PasswordHasher &hasher, const Account *actor,
                                      const OrgImportContext &context);

private:
    Status apply(const OrgImportPlan &plan, const Account *actor, const OrgImportContext &context,
                 const QHash<QString, QString> &passwords, const QHash<QString, QString> &hashes, OrgImportReport &report);

    Database &m_db;
};

} // namespace ow
