#include "core/domain/catalogue/CatalogueDiff.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace ow {

namespace {

using Named = CatalogueDiff::Named;

Named namedOf(const ServiceItem &s) { return {s.code, s.name}; }
Named namedOf(const Category &c) { return {c.code, c.name}; }
Named namedOf(const Material &m) { return {m.code, m.name}; }

QJsonObject materialJson(const Material &m)
{
    return {{QLatin1String("code"), m.code},
            {QLatin1String("name_zh"), m.name.zh},
            {QLatin1String("name_en"), m.name.en},
            {QLatin1String("required"), m.required}};
}

// `from` → `to` of one list of things with codes: what only `to` has, what only `from` has,
// and what both have but differently (by `same`).
template<typename T, typename Same>
void compare(const QList<T> &from, const QList<T> &to, Same same, QList<Named> &added, QList<Named> &removed,
             QList<const T *> *changedFrom, QList<const T *> *changedTo)
{
    for (const T &t : to) {
        const auto old = std::find_if(from.begin(), from.end(), [&t](const T &f) { return f.code == t.code; });
        if (old == from.end())
            added.append(namedOf(t));
        else if (!same(*old, t)) {
            changedFrom->append(&*old);
            changedTo->append(&t);
        }
    }
    for (const T &f : from) {
        if (std::none_of(to.begin(), to.end(), [&f](const T &t) { return t.code == f.code; }))
            removed.append(namedOf(f));
    }
}

// Each matter's properties by their JSON names, by code, without the ones compared on their own
// (materials) or not the file's (the lowest level).
QHash<QString, QJsonObject> propertiesByCode(const Catalogue &c)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : c.toJson().value(QLatin1String("services")).toArray()) {
        QJsonObject o = v.toObject();
        o.remove(QLatin1String("lowest_level"));
        o.remove(QLatin1String("materials"));
        out.insert(o.value(QLatin1String("code")).toString(), o);
    }
    return out;
}

bool sameMaterials(const QList<Material> &a, const QList<Material> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Material &x, const Material &y) { return materialJson(x) == materialJson(y); });
}

QJsonArray namedArray(const QList<Named> &list)
{
    QJsonArray out;
    for (const Named &n : list)
        out.append(QJsonObject{{QLatin1String("code"), n.code}, {QLatin1String("name_zh"), n.name.zh}, {QLatin1String("name_en"), n.name.en}});
    return out;
}

QList<Named> namedList(const QJsonValue &v)
{
    QList<Named> out;
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        out.append({o.value(QLatin1String("code")).toString(),
                    {o.value(QLatin1String("name_zh")).toString(), o.value(QLatin1String("name_en")).toString()}});
    }
    return out;
}

} // namespace

CatalogueDiff CatalogueDiff::between(const Catalogue &from, const Catalogue &to)
{
    CatalogueDiff d;
    d.fromVersion = from.version();
    d.toVersion = to.version();

    QList<const Category *> oldCategories, newCategories;
    compare(from.categories(), to.categories(),
            [](const Category &a, const Category &b) { return a.prefix == b.prefix && a.name == b.name; }, d.categoriesAdded,
            d.categoriesRemoved, &oldCategories, &newCategories);
    for (const Category *c : std::as_const(newCategories))
        d.categoriesChanged.append(namedOf(*c));

    const QHash<QString, QJsonObject> oldProperties = propertiesByCode(from);
    const QHash<QString, QJsonObject> newProperties = propertiesByCode(to);
    QList<const ServiceItem *> oldServices, newServices;
    compare(
        from.services(), to.services(),
        [&](const ServiceItem &a, const ServiceItem &b) {
            return oldProperties.value(a.code) == newProperties.value(b.code) && sameMaterials(a.materials, b.materials);
        },
        d.added, d.removed, &oldServices, &newServices);
    for (qsizetype i = 0; i < newServices.size(); ++i) {
        const ServiceItem &a = *oldServices.at(i);
        const ServiceItem &b = *newServices.at(i);
        ChangedMatter m;
        m.matter = namedOf(b);
        const QJsonObject ja = oldProperties.value(a.code);
        const QJsonObject jb = newProperties.value(b.code);
        QStringList keys = ja.keys() + jb.keys();
        keys.removeDuplicates();
        for (const QString &k : std::as_const(keys)) {
            if (ja.value(k) != jb.value(k))
                m.properties.append(k);
        }
        std::sort(m.properties.begin(), m.properties.end());
        QList<const Material *> oldMaterials, newMaterials;
        compare(
            a.materials, b.materials, [](const Material &x, const Material &y) { return materialJson(x) == materialJson(y); },
            m.materialsAdded, m.materialsRemoved, &oldMaterials, &newMaterials);
        for (const Material *x : std::as_const(newMaterials))
            m.materialsChanged.append(namedOf(*x));
        // Only the order of the materials changed: say so, as a property.
        if (m.materialsAdded.isEmpty() && m.materialsRemoved.isEmpty() && m.materialsChanged.isEmpty() && a.materials.size() == b.materials.size()
            && !std::equal(a.materials.begin(), a.materials.end(), b.materials.begin(),
                           [](const Material &x, const Material &y) { return x.code == y.code; }))
            m.properties.append(QStringLiteral("materials"));
        d.changed.append(m);
    }
    return d;
}

bool CatalogueDiff::isEmpty() const
{
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && categoriesAdded.isEmpty() && categoriesRemoved.isEmpty()
           && categoriesChanged.isEmpty();
}

QJsonObject CatalogueDiff::toJson() const
{
    QJsonArray changedJson;
    for (const ChangedMatter &m : changed) {
        changedJson.append(QJsonObject{{QLatin1String("code"), m.matter.code},
                                       {QLatin1String("name_zh"), m.matter.name.zh},
                                       {QLatin1String("name_en"), m.matter.name.en},
                                       {QLatin1String("properties"), QJsonArray::fromStringList(m.properties)},
                                       {QLatin1String("materials_added"), namedArray(m.materialsAdded)},
                                       {QLatin1String("materials_removed"), namedArray(m.materialsRemoved)},
                                       {QLatin1String("materials_changed"), namedArray(m.materialsChanged)}});
    }
    return {{QLatin1String("from_version"), fromVersion},
            {QLatin1String("to_version"), toVersion},
            {QLatin1String("added"), namedArray(added)},
            {QLatin1String("removed"), namedArray(removed)},
            {QLatin1String("changed"), changedJson},
            {QLatin1String("categories_added"), namedArray(categoriesAdded)},
            {QLatin1String("categories_removed"), namedArray(categoriesRemoved)},
            {QLatin1String("categories_changed"), namedArray(categoriesChanged)}};
}

Result<CatalogueDiff> CatalogueDiff::fromJson(const QJsonObject &o)
{
    if (!o.value(QLatin1String("to_version")).isString())
        return invalidFieldError(QStringLiteral("to_version"), QStringLiteral("the version compared"));
    CatalogueDiff d;
    d.fromVersion = o.value(QLatin1String("from_version")).toString();
    d.toVersion = o.value(QLatin1String("to_version")).toString();
    d.added = namedList(o.value(QLatin1String("added")));
    d.removed = namedList(o.value(QLatin1String("removed")));
    d.categoriesAdded = namedList(o.value(QLatin1String("categories_added")));
    d.categoriesRemoved = namedList(o.value(QLatin1String("categories_removed")));
    d.categoriesChanged = namedList(o.value(QLatin1String("categories_changed")));
    for (const QJsonValue &v : o.value(QLatin1String("changed")).toArray()) {
        const QJsonObject m = v.toObject();
        ChangedMatter c;
        c.matter = {m.value(QLatin1String("code")).toString(),
                    {m.value(QLatin1String("name_zh")).toString(), m.value(QLatin1String("name_en")).toString()}};
        for (const QJsonValue &p : m.value(QLatin1String("properties")).toArray())
            c.properties.append(p.toString());
        c.materialsAdded = namedList(m.value(QLatin1String("materials_added")));
        c.materialsRemoved = namedList(m.value(QLatin1String("materials_removed")));
        c.materialsChanged = namedList(m.value(QLatin1String("materials_changed")));
        d.changed.append(c);
    }
    return d;
}

} // namespace ow
