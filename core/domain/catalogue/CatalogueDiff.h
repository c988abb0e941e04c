#pragma once

#include "core/domain/catalogue/Catalogue.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ow {

// What changed from one catalogue version to another, as an administrator reviews it before
// activating a new one: matters and categories added, removed and changed; for a changed matter
// which of its properties changed (by their JSON names: `name_zh`, `time_limit_days`, …) and
// which materials were added, removed or changed. The lowest level of hall (事项下放) is the
// administrator's, not the file's, and is not compared.
struct CatalogueDiff
{
    // A matter, category or material named in both languages.
    struct Named
    {
        QString code;
        LocalizedName name;
        bool operator==(const Named &) const = default;
    };
    struct ChangedMatter
    {
        Named matter;
        QStringList properties; // changed, besides materials; sorted
        QList<Named> materialsAdded;
        QList<Named> materialsRemoved;
        QList<Named> materialsChanged;
        bool operator==(const ChangedMatter &) const = default;
    };

    QString fromVersion;
    QString toVersion;
    QList<Named> added;
    QList<Named> removed;
    QList<ChangedMatter> changed;
    QList<Named> categoriesAdded;
    QList<Named> categoriesRemoved;
    QList<Named> categoriesChanged;

    // `from` → `to`, each list in the order of the catalogue it comes from.
    static CatalogueDiff between(const Catalogue &from, const Catalogue &to);
    bool isEmpty() const;

    QJsonObject toJson() const;
    static Result<CatalogueDiff> fromJson(const QJsonObject &o);
    bool operator==(const CatalogueDiff &) const = default;
};

} // namespace ow
