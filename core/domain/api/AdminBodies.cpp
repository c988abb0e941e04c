#include "core/domain/api/AdminBodies.h"

#include "core/domain/util/EnumText.h"
#include "core/domain/util/JsonReader.h"
#include "core/domain/util/QueryReader.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace ow {

namespace {

constexpr EnumText<DeviceKind, 2> kDeviceKinds{{{
    {DeviceKind::Kiosk, "kiosk"},
    {DeviceKind::Display, "display"},
}}};

std::optional<Role> personRole(JsonReader &r, QLatin1StringView key)
{
    auto role = r.enumValue(key, &roleFromString);
    if (role && !isPersonRole(*role)) {
        r.problem(key, QStringLiteral("teller, reviewer, supervisor or admin"));
        return std::nullopt;
    }
    return role;
}

// A value of a change record as text.
QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        if (const std::optional<qint64> whole = wholeNumber(v))
            return QString::number(*whole);
        return QString::number(v.toDouble(), 'g', 10);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << valueText(item);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        QStringList parts;
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << QStringLiteral("%1: %2").arg(it.key(), valueText(it.value()));
        return parts.join(QStringLiteral("; "));
    }
    }
    return {};
}

} // namespace

bool isPersonRole(Role role)
{
    return role == Role::Teller || role == Role::Reviewer || role == Role::Supervisor || role == Role::Admin
           || role == Role::Guide || role == Role::HotlineAgent;
}

// ---- accounts ----

QJsonObject AdminAccount::toJson() const
{
    QJsonObject o{{QLatin1String("id"), id},
            {QLatin1String("username"), username},
            {QLatin1String("role"), ow::toString(role)},
            {QLatin1String("hall"), hall},
            {QLatin1String("name_zh"), nameZh},
            {QLatin1String("name_en"), nameEn},
            {QLatin1String("staff_no"), staffNo},
            {QLatin1String("categories"), QJsonArray::fromStringList(categories)},
            {QLatin1String("matters"), QJsonArray::fromStringList(matters)},
            {QLatin1String("active"), active},
            {QLatin1String("must_change_password"), mustChangePassword},
            {QLatin1String("locked"), locked}};
    if (!idNumber.isEmpty())
        o.insert(QLatin1String("id_number"), idNumber);
    return o;
}

Result<AdminAccount> AdminAccount::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    AdminAccount a;
    a.id = r.integer(QLatin1String("id"));
    a.username = r.requiredText(QLatin1String("username"));
    a.role = personRole(r, QLatin1String("role")).value_or(Role::Teller);
    a.hall = r.requiredText(QLatin1String("hall"));
    a.nameZh = r.text(QLatin1String("name_zh"));
    a.nameEn = r.text(QLatin1String("name_en"));
    a.staffNo = r.text(QLatin1String("staff_no"));
    a.idNumber = r.text(QLatin1String("id_number"));
    a.categories = r.texts(QLatin1String("categories"));
    a.matters = r.texts(QLatin1String("matters"));
    a.active = r.boolean(QLatin1String("active"), true);
    a.mustChangePassword = r.boolean(QLatin1String("must_change_password"));
    a.locked = r.boolean(QLatin1String("locked"));
    return r.finish(a);
}

QUrlQuery AdminAccountFilter::toQuery() const
{
    QUrlQuery query;
    if (!q.isEmpty())
        query.addQueryItem(QStringLiteral("q"), q);
    if (!hall.isEmpty())
        query.addQueryItem(QStringLiteral("hall"), hall);
    if (role)
        query.addQueryItem(QStringLiteral("role"), ow::toString(*role));
    if (includeDisabled)
        query.addQueryItem(QStringLiteral("include_disabled"), QStringLiteral("true"));
    return query;
}

Result<AdminAccountFilter> AdminAccountFilter::fromQuery(const QUrlQuery &query)
{
    AdminAccountFilter f;
    QueryReader r(query);
    f.q = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    f.hall = query.queryItemValue(QStringLiteral("hall"), QUrl::FullyDecoded);
    const QString role = query.queryItemValue(QStringLiteral("role"), QUrl::FullyDecoded);
    if (!role.isEmpty()) {
        f.role = roleFromString(role);
        if (!f.role || !isPersonRole(*f.role))
            r.problem(QStringLiteral("role"), QStringLiteral("teller, reviewer, supervisor or admin"));
    }
    f.includeDisabled = r.flag(QStringLiteral("include_disabled"));
    return r.finish(f);
}

QJsonObject AdminAccountList::toJson() const
{
    return {{QLatin1String("accounts"), arrayOf(accounts)}};
}

Result<AdminAccountList> AdminAccountList::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    AdminAccountList l;
    l.accounts = r.list<AdminAccount>(QLatin1String("accounts"));
    return r.finish(l);
}

NewAccountRequest NewAccountRequest::of(const AdminAccount &a)
{
    return {a.username, a.role, a.hall, a.nameZh, a.nameEn, a.staffNo, a.categories, a.matters, {}};
}

QJsonObject NewAccountRequest::toJson() const
{
    QJsonObject o{{QLatin1String("username"), username},
            {QLatin1String("role"), ow::toString(role)},
            {QLatin1String("hall"), hall},
            {QLatin1String("name_zh"), nameZh},
            {QLatin1String("name_en"), nameEn},
            {QLatin1String("staff_no"), staffNo},
            {QLatin1String("categories"), QJsonArray::fromStringList(categories)},
            {QLatin1String("matters"), QJsonArray::fromStringList(matters)}};
    if (!idNumber.isEmpty())
        o.insert(QLatin1String("id_number"), idNumber);
    return o;
}

Result<NewAccountRequest> NewAccountRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    NewAccountRequest n;
    n.username = r.requiredText(QLatin1String("username"));
    if (!r.has(QLatin1String("role")))
        r.problem(QStringLiteral("role"), QStringLiteral("required"));
    n.role = personRole(r, QLatin1String("role")).value_or(Role::Teller);
    n.hall = r.requiredText(QLatin1String("hall"));
    n.nameZh = r.requiredText(QLatin1String("name_zh"));
    n.nameEn = r.text(QLatin1String("name_en"));
    n.staffNo = r.text(QLatin1String("staff_no"));
    n.idNumber = r.text(QLatin1String("id_number")).trimmed().toUpper();
    n.categories = r.texts(QLatin1String("categories"));
    n.matters = r.texts(QLatin1String("matters"));
    return r.finish(n);
}

AccountPatch AccountPatch::between(const AdminAccount &before, const AdminAccount &after)
{
    AccountPatch p;
    if (before.nameZh != after.nameZh)
        p.nameZh = after.nameZh;
    if (before.nameEn != after.nameEn)
        p.nameEn = after.nameEn;
    if (before.role != after.role)
        p.role = after.role;
    if (before.hall != after.hall)
        p.hall = after.hall;
    if (before.staffNo != after.staffNo)
        p.staffNo = after.staffNo;
    if (before.categories != after.categories)
        p.categories = after.categories;
    if (before.matters != after.matters)
        p.matters = after.matters;
    if (before.idNumber != after.idNumber)
        p.idNumber = after.idNumber;
    return p;
}

bool AccountPatch::isEmpty() const
{
    return !nameZh && !nameEn && !role && !hall && !staffNo && !categories && !matters && !idNumber;
}

QJsonObject AccountPatch::toJson() const
{
    QJsonObject o;
    if (nameZh)
        o.insert(QLatin1String("name_zh"), *nameZh);
    if (nameEn)
        o.insert(QLatin1String("name_en"), *nameEn);
    if (role)
        o.insert(QLatin1String("role"), ow::toString(*role));
    if (hall)
        o.insert(QLatin1String("hall"), *hall);
    if (staffNo)
        o.insert(QLatin1String("staff_no"), *staffNo);
    if (categories)
        o.insert(QLatin1String("categories"), QJsonArray::fromStringList(*categories));
    if (matters)
        o.insert(QLatin1String("matters"), QJsonArray::fromStringList(*matters));
    if (idNumber)
        o.insert(QLatin1String("id_number"), *idNumber);
    return o;
}

Result<AccountPatch> AccountPatch::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    AccountPatch p;
    p.nameZh = r.patchText(QLatin1String("name_zh"));
    p.nameEn = r.patchText(QLatin1String("name_en"));
    p.role = personRole(r, QLatin1String("role"));
    p.hall = r.patchText(QLatin1String("hall"));
    p.staffNo = r.patchText(QLatin1String("staff_no"));
    if (auto id = r.patchText(QLatin1String("id_number")))
        p.idNumber = id->trimmed().toUpper();
    p.categories = r.patchTexts(QLatin1String("categories"));
    p.matters = r.patchTexts(QLatin1String("matters"));
    if (p.nameZh && p.nameZh->trimmed().isEmpty())
        r.problem(QStringLiteral("name_zh"), QStringLiteral("required"));
    if (p.hall && p.hall->isEmpty())
        r.problem(QStringLiteral("hall"), QStringLiteral("required"));
    return r.finish(p);
}

QJsonObject AccountWithPassword::toJson() const
{
    return {{QLatin1String("account"), account.toJson()}, {QLatin1String("one_time_password"), oneTimePassword}};
}

Result<AccountWithPassword> AccountWithPassword::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    AccountWithPassword a;
    if (auto account = r.nested<AdminAccount>(QLatin1String("account")))
        a.account = *account;
    else if (r.ok())
        r.problem(QStringLiteral("account"), QStringLiteral("required"));
    a.oneTimePassword = r.requiredText(QLatin1String("one_time_password"));
    return r.finish(a);
}

QJsonObject ChangePasswordRequest::toJson() const
{
    return {{QLatin1String("old_password"), oldPassword}, {QLatin1String("new_password"), newPassword}};
}

Result<ChangePasswordRequest> ChangePasswordRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    ChangePasswordRequest c;
    c.oldPassword = r.requiredText(QLatin1String("old_password"));
    c.newPassword = r.requiredText(QLatin1String("new_password"));
    return r.finish(c);
}

// ---- devices ----

QString toString(DeviceKind kind)
{
    return kDeviceKinds.toString(kind);
}

std::optional<DeviceKind> deviceKindFromString(QStringView s)
{
    return kDeviceKinds.fromString(s);
}

QJsonObject Device::toJson() const
{
    return {{QLatin1String("code"), code},
            {QLatin1String("kind"), ow::toString(kind)},
            {QLatin1String("hall"), hall},
            {QLatin1String("username"), username},
            {QLatin1String("active"), active}};
}

Result<Device> Device::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    Device d;
    d.code = r.requiredText(QLatin1String("code"));
    if (!r.has(QLatin1String("kind")))
        r.problem(QStringLiteral("kind"), QStringLiteral("required"));
    d.kind = r.enumValue(QLatin1String("kind"), &deviceKindFromString).value_or(DeviceKind::Kiosk);
    d.hall = r.requiredText(QLatin1String("hall"));
    d.username = r.requiredText(QLatin1String("username"));
    d.active = r.boolean(QLatin1String("active"), true);
    return r.finish(d);
}

QJsonObject NewDeviceRequest::toJson() const
{
    return {{QLatin1String("code"), code},
            {QLatin1String("kind"), ow::toString(kind)},
            {QLatin1String("hall"), hall},
            {QLatin1String("username"), username}};
}

Result<NewDeviceRequest> NewDeviceRequest::fromJson(const QJsonObject &o)
{
    auto device = Device::fromJson(o);
    if (!device)
        return device.error();
    return NewDeviceRequest{device.value().code, device.value().kind, device.value().hall, device.value().username};
}

QJsonObject DeviceWithSecret::toJson() const
{
    return {{QLatin1String("device"), device.toJson()}, {QLatin1String("secret"), secret}};
}

Result<DeviceWithSecret> DeviceWithSecret::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    DeviceWithSecret d;
    if (auto device = r.nested<Device>(QLatin1String("device")))
        d.device = *device;
    else if (r.ok())
        r.problem(QStringLiteral("device"), QStringLiteral("required"));
    d.secret = r.requiredText(QLatin1String("secret"));
    return r.finish(d);
}

QJsonObject DeviceList::toJson() const
{
    return {{QLatin1String("devices"), arrayOf(devices)}};
}

Result<DeviceList> DeviceList::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    DeviceList l;
    l.devices = r.list<Device>(QLatin1String("devices"));
    return r.finish(l);
}

// ---- the record of changes ----

QList<AdminChangeField> AdminChange::differences() const
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    QList<AdminChangeField> out;
    for (const QString &key : keys) {
        // Absent and null are alike: "no value".
        const auto value = [](const QJsonValue &v) { return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v; };
        const QJsonValue b = value(before.value(key));
        const QJsonValue a = value(after.value(key));
        if (b == a)
            continue;
        out.append({key, valueText(b), valueText(a), b.isNull() ? QVariant() : b.toVariant(), a.isNull() ? QVariant() : a.toVariant()});
    }
    return out;
}

QJsonObject AdminChange::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("at"), instantJson(at, Qt::ISODateWithMs)},
            {QLatin1String("actor"), actor},
            {QLatin1String("hall"), hall},
            {QLatin1String("entity"), entity},
            {QLatin1String("key"), key},
            {QLatin1String("action"), action},
            {QLatin1String("before"), before},
            {QLatin1String("after"), after}};
}

Result<AdminChange> AdminChange::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    AdminChange c;
    c.id = r.requiredInteger(QLatin1String("id"));
    c.at = r.instant(QLatin1String("at"));
    c.actor = r.text(QLatin1String("actor"));
    c.hall = r.text(QLatin1String("hall"));
    c.entity = r.requiredText(QLatin1String("entity"));
    c.key = r.text(QLatin1String("key"));
    c.action = r.requiredText(QLatin1String("action"));
    c.before = r.nestedObject(QLatin1String("before"));
    c.after = r.nestedObject(QLatin1String("after"));
    return r.finish(c);
}

QUrlQuery AdminChangeFilter::toQuery() const
{
    QUrlQuery query;
    if (!entity.isEmpty())
        query.addQueryItem(QStringLiteral("entity"), entity);
    if (!key.isEmpty())
        query.addQueryItem(QStringLiteral("key"), key);
    if (before > 0)
        query.addQueryItem(QStringLiteral("before"), QString::number(before));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return query;
}

Result<AdminChangeFilter> AdminChangeFilter::fromQuery(const QUrlQuery &query)
{
    AdminChangeFilter f;
    QueryReader r(query);
    f.entity = query.queryItemValue(QStringLiteral("entity"), QUrl::FullyDecoded);
    f.key = query.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("before"))) {
        bool ok = false;
        f.before = query.queryItemValue(QStringLiteral("before")).toLongLong(&ok);
        if (!ok || f.before < 1)
            r.problem(QStringLiteral("before"), QStringLiteral("a change id, 1 or more"));
    }
    f.limit = r.number(QStringLiteral("limit"), f.limit, 1, 500);
    return r.finish(f);
}

QJsonObject AdminChangeList::toJson() const
{
    return {{QLatin1String("changes"), arrayOf(changes)}};
}

Result<AdminChangeList> AdminChangeList::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    AdminChangeList l;
    l.changes = r.list<AdminChange>(QLatin1String("changes"));
    return r.finish(l);
}

} // namespace ow
