#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/security/Role.h"
#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace ow {

// A login: a member of staff or a hall device. The password hash never leaves the server.
struct Account
{
    qint64 id = 0;
    QString username;
    QString passwordHash;
    Role role = Role::Teller;
    qint64 hallId = 0;
    QString hallCode;
    LocalizedName hallName;
    OrgLevel hallLevel = OrgLevel::City;
    LocalizedName name;
    QString staffNo;
    QString idNumber; // the person's own resident ID number, optional (risk rule own_id_number)
    QStringList categories; // teller: categories served; reviewer: categories reviewed (skills)
    QStringList matters;    // reviewer: the matters they may decide (empty: all of their categories)
    bool active = true;
    bool mustChangePassword = false; // a one-time password: nothing else until it is changed
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid when not locked

    // An administrator of the city hall: manages every hall and the city-wide rules (working-day
    // calendar, delegation, catalogue). An administrator of a lower hall manages that hall and the
    // halls below it.
    bool isCityAdministrator() const { return role == Role::Admin && hallLevel == OrgLevel::City; }

    // The public view (GET /me, login answer): no hash, no lock bookkeeping.
    QJsonObject toJson() const;
    static Result<Account> fromJson(const QJsonObject &o);
    bool operator==(const Account &) const = default;
};

// The one hall check: may `who` act on `hallCode`? Forbidden ("not at hall …") if not. Route
// handlers never decide this themselves: a route names its scope (server/Router.h Access) and
// the server asks here; handlers whose hall comes from a ticket or case ask here too.
Status requireHall(const Account &who, const QString &hallCode, HallScope scope = HallScope::Own);

} // namespace ow
