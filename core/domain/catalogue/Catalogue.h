#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/util/Error.h"

#include <QByteArray>
#include <QHash>

namespace ow {

// The city-wide service catalogue (事项清单): categories and service items, one version.
// The JSON form is both the versioned data file in resources/ and the REST representation.
class Catalogue
{
public:
    // Parses and validates; a ValidationFailed error lists every problem found in `detail`.
    static Result<Catalogue> fromJson(const QByteArray &json);
    static Result<Catalogue> fromJson(const QJsonObject &json);
    static QByteArray bundledJson(); // resources/catalogue/catalogue.json, compiled in
    QJsonObject toJson() const;

    const QString &version() const { return m_version; }
    const QList<Category> &categories() const { return m_categories; }
    const QList<ServiceItem> &services() const { return m_services; }
    const ServiceItem *service(const QString &code) const;
    const Category *category(const QString &code) const;
    // The administrator's lowest levels (事项下放), by service code; every other matter back to
    // its default (Delegation).
    void setLowestLevels(const QHash<QString, OrgLevel> &levels);
    // Hex SHA-256 of the canonical JSON: changes whenever any content changes.
    QString contentHash() const;

    // Services matching a search as typed by a teller (see CatalogueSearch), catalogue order.
    QList<const ServiceItem *> search(const QString &query) const;

private:
    QString m_version;
    QList<Category> m_categories;
    QList<ServiceItem> m_services;
    QHash<QString, qsizetype> m_index;
};

// How a typed query matches a service: every space-separated term must match the Chinese or
// English name, the code, or the pinyin initials (`ylbx` finds 养老保险…).
class CatalogueSearch
{
public:
    static bool matches(const ServiceItem &item, const QString &query);
};

} // namespace ow
