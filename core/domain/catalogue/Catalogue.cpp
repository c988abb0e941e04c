#include "core/domain/catalogue/Catalogue.h"

#include "core/domain/catalogue/Delegation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace ow {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

LocalizedName names(const QJsonObject &o, const char *zhKey = "name_zh", const char *enKey = "name_en")
{
    return {str(o, zhKey), str(o, enKey)};
}

void putNames(QJsonObject &o, const LocalizedName &n, const char *zhKey = "name_zh", const char *enKey = "name_en")
{
    o.insert(QLatin1String(zhKey), n.zh);
    o.insert(QLatin1String(enKey), n.en);
}

// Collects problems while parsing so the data file's author sees all of them at once.
class Problems
{
public:
    void add(const QString &where, const QString &what) { m_list << where + QStringLiteral(": ") + what; }
    bool empty() const { return m_list.isEmpty(); }
    QString joined() const { return m_list.join(QLatin1Char('\n')); }

private:
    QStringList m_list;
};

FormField parseField(const QJsonObject &o, const QString &where, Problems &problems)
{
    FormField f;
    f.key = str(o, "key");
    f.label = names(o, "label_zh", "label_en");
    f.required = o.value(QLatin1String("required")).toBool();
    if (auto t = fieldTypeFromString(str(o, "type")))
        f.type = *t;
    else
        problems.add(where, QStringLiteral("unknown field type '%1'").arg(str(o, "type")));
    if (f.key.isEmpty() || f.label.zh.isEmpty() || f.label.en.isEmpty())
        problems.add(where, QStringLiteral("field needs key, label_zh and label_en"));
    const QJsonArray options = o.value(QLatin1String("options")).toArray();
    for (const QJsonValue &v : options) {
        const QJsonObject oo = v.toObject();
        f.options.append({str(oo, "value"), names(oo, "label_zh", "label_en")});
    }
    if (f.type == FieldType::Choice && f.options.isEmpty())
        problems.add(where, QStringLiteral("choice field '%1' has no options").arg(f.key));
    return f;
}

ServiceItem parseService(const QJsonObject &o, const QSet<QString> &categories, Problems &problems)
{
    ServiceItem s;
    s.code = str(o, "code");
    const QString where = QStringLiteral("service %1").arg(s.code.isEmpty() ? QStringLiteral("?") : s.code);
    s.category = str(o, "category");
    s.name = names(o);
    s.pinyin = str(o, "pinyin");
    s.timeLimitDays = o.value(QLatin1String("time_limit_days")).toInt(-1);
    s.handlingMinutes = o.value(QLatin1String("handling_minutes")).toInt(0);
    s.delegable = o.value(QLatin1String("delegable")).toBool(true);
    if (s.code.isEmpty() || s.name.zh.isEmpty() || s.name.en.isEmpty())
        problems.add(where, QStringLiteral("needs code, name_zh and name_en"));
    if (!categories.contains(s.category))
        problems.add(where, QStringLiteral("unknown category '%1'").arg(s.category));
    if (auto k = serviceKindFromString(str(o, "kind")))
        s.kind = *k;
    else
        problems.add(where, QStringLiteral("unknown kind '%1'").arg(str(o, "kind")));
    if (auto r = riskLevelFromString(str(o, "risk")))
        s.risk = *r;
    else
        problems.add(where, QStringLiteral("unknown risk '%1'").arg(str(o, "risk")));
    if (auto l = orgLevelFromString(str(o, "competent_level")))
        s.competentLevel = *l;
    else
        problems.add(where, QStringLiteral("unknown competent_level '%1'").arg(str(o, "competent_level")));
    if (o.contains(QLatin1String("lowest_level"))) {
        if (auto l = orgLevelFromString(str(o, "lowest_level")))
            s.lowestLevel = *l;
        else
            problems.add(where, QStringLiteral("unknown lowest_level '%1'").arg(str(o, "lowest_level")));
    }
    if (s.timeLimitDays < 0 || (s.kind == ServiceKind::Committed && s.timeLimitDays == 0))
        problems.add(where, QStringLiteral("a committed matter needs a time limit in working days"));
    const QJsonArray materials = o.value(QLatin1String("materials")).toArray();
    for (const QJsonValue &v : materials) {
        const QJsonObject m = v.toObject();
        s.materials.append({str(m, "code"), names(m), m.value(QLatin1String("required")).toBool(true)});
    }
    const QJsonArray fields = o.value(QLatin1String("fields")).toArray();
    for (const QJsonValue &v : fields)
        s.fields.append(parseField(v.toObject(), where, problems));
    return s;
}

QJsonObject serviceToJson(const ServiceItem &s)
{
    QJsonObject o;
    o.insert(QLatin1String("code"), s.code);
    o.insert(QLatin1String("category"), s.category);
    putNames(o, s.name);
    o.insert(QLatin1String("pinyin"), s.pinyin);
    o.insert(QLatin1String("kind"), toString(s.kind));
    o.insert(QLatin1String("time_limit_days"), s.timeLimitDays);
    if (s.handlingMinutes > 0)
        o.insert(QLatin1String("handling_minutes"), s.handlingMinutes);
    o.insert(QLatin1String("risk"), toString(s.risk));
    o.insert(QLatin1String("competent_level"), toString(s.competentLevel));
    o.insert(QLatin1String("delegable"), s.delegable);
    o.insert(QLatin1String("lowest_level"), toString(Delegation::lowestLevel(s)));
    QJsonArray materials;
    for (const Material &m : s.materials) {
        QJsonObject mo{{QLatin1String("code"), m.code}, {QLatin1String("required"), m.required}};
        putNames(mo, m.name);
        materials.append(mo);
    }
    o.insert(QLatin1String("materials"), materials);
    QJsonArray fields;
    for (const FormField &f : s.fields) {
        QJsonObject fo{{QLatin1String("key"), f.key},
                       {QLatin1String("type"), toString(f.type)},
                       {QLatin1String("required"), f.required}};
        putNames(fo, f.label, "label_zh", "label_en");
        if (!f.options.isEmpty()) {
            QJsonArray options;
            for (const ChoiceOption &c : f.options) {
                QJsonObject co{{QLatin1String("value"), c.value}};
                putNames(co, c.label, "label_zh", "label_en");
                options.append(co);
            }
            fo.insert(QLatin1String("options"), options);
        }
        fields.append(fo);
    }
    o.insert(QLatin1String("fields"), fields);
    return o;
}

} // namespace

Result<Catalogue> Catalogue::fromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorCode::InvalidJson, parseError.errorString(), {}};
    const QJsonObject root = doc.object();

    Problems problems;
    Catalogue c;
    c.m_version = str(root, "version");
    if (c.m_version.isEmpty())
        problems.add(QStringLiteral("catalogue"), QStringLiteral("has no version"));
    // A version names its content for good and appears in addresses: letters, digits, . _ -.
    // Anchored at the very end (\z): a "$" would also match before a final newline, and let
    // "1.0\n" through (found by tests/fuzz/fuzz_catalogue_import).
    else if (!QRegularExpression(QStringLiteral("\\A[A-Za-z0-9._-]{1,40}\\z")).match(c.m_version).hasMatch())
        problems.add(QStringLiteral("catalogue"), QStringLiteral("version '%1': up to 40 letters, digits, '.', '_' or '-'").arg(c.m_version));

    QSet<QString> categoryCodes;
    const QJsonArray categories = root.value(QLatin1String("categories")).toArray();
    for (const QJsonValue &v : categories) {
        const QJsonObject o = v.toObject();
        Category cat{str(o, "code"), str(o, "prefix"), names(o)};
        if (cat.code.isEmpty() || cat.prefix.isEmpty() || categoryCodes.contains(cat.code))
            problems.add(QStringLiteral("category %1").arg(cat.code), QStringLiteral("needs a unique code and a prefix"));
        categoryCodes.insert(cat.code);
        c.m_categories.append(cat);
    }

    const QJsonArray services = root.value(QLatin1String("services")).toArray();
    for (const QJsonValue &v : services) {
        ServiceItem s = parseService(v.toObject(), categoryCodes, problems);
        if (c.m_index.contains(s.code))
            problems.add(QStringLiteral("service %1").arg(s.code), QStringLiteral("duplicate code"));
        c.m_index.insert(s.code, c.m_services.size());
        c.m_services.append(std::move(s));
    }
    if (c.m_services.isEmpty())
        problems.add(QStringLiteral("catalogue"), QStringLiteral("has no services"));
    if (!problems.empty())
        return Error{ErrorCode::ValidationFailed, problems.joined(), {}};
    return c;
}

QByteArray Catalogue::bundledJson()
{
    QFile f(QStringLiteral(":/onewindow/catalogue/catalogue.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject Catalogue::toJson() const
{
    QJsonArray categories;
    for (const Category &cat : m_categories) {
        QJsonObject o{{QLatin1String("code"), cat.code}, {QLatin1String("prefix"), cat.prefix}};
        putNames(o, cat.name);
        categories.append(o);
    }
    QJsonArray services;
    for (const ServiceItem &s : m_services)
        services.append(serviceToJson(s));
    return {{QLatin1String("version"), m_version},
            {QLatin1String("categories"), categories},
            {QLatin1String("services"), services}};
}

void Catalogue::setLowestLevels(const QHash<QString, OrgLevel> &levels)
{
    for (ServiceItem &s : m_services) {
        const auto chosen = levels.constFind(s.code);
        s.lowestLevel = chosen == levels.cend() ? std::nullopt : std::optional<OrgLevel>(*chosen);
    }
}

const ServiceItem *Catalogue::service(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? nullptr : &m_services[*it];
}

const Category *Catalogue::category(const QString &code) const
{
    for (const Category &c : m_categories) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

QString Catalogue::contentHash() const
{
    const QByteArray canonical = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QList<const ServiceItem *> Catalogue::search(const QString &query) const
{
    QList<const ServiceItem *> hits;
    for (const ServiceItem &s : m_services) {
        if (CatalogueSearch::matches(s, query))
            hits.append(&s);
    }
    return hits;
}

bool CatalogueSearch::matches(const ServiceItem &item, const QString &query)
{
    const QStringList terms = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        const bool hit = item.name.zh.contains(term, Qt::CaseInsensitive)
                         || item.name.en.contains(term, Qt::CaseInsensitive)
                         || item.code.contains(term, Qt::CaseInsensitive)
                         || item.pinyin.contains(term, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    return true;
}

Result<Catalogue> Catalogue::fromJson(const QJsonObject &json)
{
    return fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace ow
