#pragma once

#include "core/domain/org/Org.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace ow {

// The bodies of GET /health, the sessions (POST /api/v1/sessions), GET /api/v1/me (an
// Account) and GET /api/v1/org/halls. The catalogue's body is the Catalogue itself.

struct HealthAnswer
{
    QString status;   // "ok"
    QString version;  // the server's program version
    int schema = 0;   // the database's schema version
    QString instance; // the database's instance id
    bool administrator = false; // false on a new install until `--init-admin` made the first one

    QJsonObject toJson() const;
    static Result<HealthAnswer> fromJson(const QJsonObject &o);
    bool operator==(const HealthAnswer &) const = default;
};

struct LoginRequest
{
    QString username;
    QString password;

    QJsonObject toJson() const;
    // Both required: ValidationFailed naming each missing one.
    static Result<LoginRequest> fromJson(const QJsonObject &o);
    bool operator==(const LoginRequest &) const = default;
};

struct LoginAnswer
{
    QString token;
    QDateTime expiresAt;
    Account account;

    QJsonObject toJson() const;
    static Result<LoginAnswer> fromJson(const QJsonObject &o);
    bool operator==(const LoginAnswer &) const = default;
};

struct HallsAnswer
{
    QList<Hall> halls;

    QJsonObject toJson() const;
    static Result<HallsAnswer> fromJson(const QJsonObject &o);
    bool operator==(const HallsAnswer &) const = default;
};

} // namespace ow
