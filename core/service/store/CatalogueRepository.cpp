#include "core/service/store/CatalogueRepository.h"

#include "core/sql/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ow {

namespace {
QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}
QJsonArray arrayFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}
} // namespace

Result<QString> CatalogueRepository::storedHash() const
{
    auto q = m_db.exec(QStringLiteral("SELECT content_hash FROM catalogue_meta WHERE id = 1"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<bool> CatalogueRepository::store(const Catalogue &catalogue, const QDateTime &now) const
{
    const QString hash = catalogue.contentHash();
    auto current = storedHash();
    if (!current)
        return current.error();
    if (current.value() == hash)
        return false;

    const QJsonArray services = catalogue.toJson().value(QLatin1String("services")).toArray();
    Status saved = m_db.transaction([&]() -> Status {
        // A category the new catalogue drops cannot be deleted (retired services still name
        // it): it is retired with position -1, and load() skips it.
        if (auto st = m_db.run(QStringLiteral("UPDATE categories SET position = -1")); !st)
            return st;
        int position = 0;
        for (const Category &c : catalogue.categories()) {
            if (auto st = m_db.run(QStringLiteral("INSERT INTO categories (code, prefix, name_zh, name_en, position) "
                                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                                                  "prefix = excluded.prefix, name_zh = excluded.name_zh, "
                                                  "name_en = excluded.name_en, position = excluded.position"),
                                   {c.code, c.prefix, c.name.zh, c.name.en, position++});
                !st)
                return st;
        }
        if (auto st = m_db.run(QStringLiteral("UPDATE services SET active = 0")); !st)
            return st;
        position = 0;
        for (const QJsonValue &v : services) {
            const QJsonObject s = v.toObject();
            auto field = [&](const char *key) { return s.value(QLatin1String(key)).toVariant(); };
            if (auto st = m_db.run(
                    QStringLiteral("INSERT INTO services (code, category, name_zh, name_en, pinyin, kind, time_limit_days, "
                                   "risk, competent_level, delegable, materials_json, fields_json, position, active) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (code) DO UPDATE SET "
                                   "category = excluded.category, name_zh = excluded.name_zh, name_en = excluded.name_en, "
                                   "pinyin = excluded.pinyin, kind = excluded.kind, "
                                   "time_limit_days = excluded.time_limit_days, risk = excluded.risk, "
                                   "competent_level = excluded.competent_level, delegable = excluded.delegable, "
                                   "materials_json = excluded.materials_json, fields_json = excluded.fields_json, "
                                   "position = excluded.position, active = 1"),
                    {field("code"), field("category"), field("name_zh"), field("name_en"), field("pinyin"), field("kind"),
                     field("time_limit_days"), field("risk"), field("competent_level"),
                     s.value(QLatin1String("delegable")).toBool() ? 1 : 0, compact(s.value(QLatin1String("materials"))),
                     compact(s.value(QLatin1String("fields"))), position++});
                !st)
                return st;
        }
        return m_db.run(QStringLiteral("INSERT INTO catalogue_meta (id, version, content_hash, loaded_at) VALUES (1, ?, ?, ?) "
                                       "ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
                                       "content_hash = excluded.content_hash, loaded_at = excluded.loaded_at"),
                        {catalogue.version(), hash, now.toMSecsSinceEpoch()});
    });
    if (!saved)
        return saved.error();
    return true;
}

Result<Catalogue> CatalogueRepository::load() const
{
    // Rebuild the JSON form and parse it with the one codec the data file also goes through.
    auto meta = m_db.exec(QStringLiteral("SELECT version FROM catalogue_meta WHERE id = 1"));
    if (!meta)
        return meta.error();
    if (!meta.value().next())
        return Error{ErrorCode::NotFound, QStringLiteral("no catalogue stored"), {}};
    QJsonObject root{{QLatin1String("version"), meta.value().value(0).toString()}};

    auto cats = m_db.exec(QStringLiteral("SELECT code, prefix, name_zh, name_en FROM categories WHERE position >= 0 "
                                         "ORDER BY position"));
    if (!cats)
        return cats.error();
    QJsonArray categories;
    while (cats.value().next()) {
        const QSqlQuery &r = cats.value();
        categories.append(QJsonObject{{QLatin1String("code"), r.value(0).toString()},
                                      {QLatin1String("prefix"), r.value(1).toString()},
                                      {QLatin1String("name_zh"), r.value(2).toString()},
                                      {QLatin1String("name_en"), r.value(3).toString()}});
    }
    root.insert(QLatin1String("categories"), categories);

    auto rows = m_db.exec(QStringLiteral("SELECT code, category, name_zh, name_en, pinyin, kind, time_limit_days, risk, "
                                         "competent_level, delegable, materials_json, fields_json FROM services "
                                         "WHERE active = 1 ORDER BY position"));
    if (!rows)
        return rows.error();
    QJsonArray services;
    while (rows.value().next()) {
        const QSqlQuery &r = rows.value();
        services.append(QJsonObject{{QLatin1String("code"), r.value(0).toString()},
                                    {QLatin1String("category"), r.value(1).toString()},
                                    {QLatin1String("name_zh"), r.value(2).toString()},
                                    {QLatin1String("name_en"), r.value(3).toString()},
                                    {QLatin1String("pinyin"), r.value(4).toString()},
                                    {QLatin1String("kind"), r.value(5).toString()},
                                    {QLatin1String("time_limit_days"), r.value(6).toInt()},
                                    {QLatin1String("risk"), r.value(7).toString()},
                                    {QLatin1String("competent_level"), r.value(8).toString()},
                                    {QLatin1String("delegable"), r.value(9).toInt() != 0},
                                    {QLatin1String("materials"), arrayFrom(r.value(10).toString())},
                                    {QLatin1String("fields"), arrayFrom(r.value(11).toString())}});
    }
    root.insert(QLatin1String("services"), services);
    return Catalogue::fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace ow
