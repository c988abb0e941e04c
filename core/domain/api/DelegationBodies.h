#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/util/Error.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace ow {

// The bodies of delegation's administration (GET /api/v1/admin/delegation, PUT
// /api/v1/admin/delegation/{service}; 事项下放).

// One matter: its competent level and delegable flag from the catalogue, the lowest level of hall
// that may accept it, and whether that is the administrator's choice (else the default).
struct DelegationEntry
{
    QString service;
    OrgLevel competentLevel = OrgLevel::City;
    bool delegable = true;
    OrgLevel lowestLevel = OrgLevel::Community;
    bool overridden = false;

    QJsonObject toJson() const;
    static Result<DelegationEntry> fromJson(const QJsonObject &o);
    bool operator==(const DelegationEntry &) const = default;
};

struct DelegationAnswer
{
    QList<DelegationEntry> matters; // catalogue order

    QJsonObject toJson() const;
    static Result<DelegationAnswer> fromJson(const QJsonObject &o);
    bool operator==(const DelegationAnswer &) const = default;
};

// The administrator's choice for one matter: a level, or null for the default again.
struct DelegationChange
{
    std::optional<OrgLevel> lowestLevel;

    QJsonObject toJson() const;
    static Result<DelegationChange> fromJson(const QJsonObject &o);
    bool operator==(const DelegationChange &) const = default;
};

} // namespace ow
