#include "core/service/org/OrgDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace ow {

namespace {
const QLatin1String kHalls("halls"), kWindows("windows"), kAccounts("accounts"), kDevices("devices");

Error invalid(const QString &why)
{
    return Error{ErrorCode::ValidationFailed, why, {}};
}

// A second row of the same key: the first stays, the second is refused.
Error twice(OrgDocument::Row row, const QString &key, int window = 0)
{
    Error e = invalid(QStringLiteral("listed twice"));
    e.text = {QT_TRANSLATE_NOOP("ow::Errors", "It is listed more than once."), {}};
    return OrgDocument::atRow(e, row, key, window);
}
} // namespace

QJsonObject OrgDocument::hallRow(const Hall &h)
{
    QJsonObject o = h.toJson();
    o.remove(kWindows);
    return o;
}

QJsonObject OrgDocument::windowRow(const QString &hallCode, const Window &w)
{
    Hall one;
    one.windows = {w};
    QJsonObject o = one.toJson().value(kWindows).toArray().first().toObject();
    o.remove(QLatin1String("auto_assign")); // the window's state of the day, not its set-up
    o.insert(QLatin1String("hall"), hallCode);
    return o;
}

QJsonObject OrgDocument::accountRow(const Account &a)
{
    return {{QLatin1String("username"), a.username},
            {QLatin1String("role"), toString(a.role)},
            {QLatin1String("hall"), a.hallCode},
            {QLatin1String("name_zh"), a.name.zh},
            {QLatin1String("name_en"), a.name.en},
            {QLatin1String("staff_no"), a.staffNo},
            {QLatin1String("categories"), QJsonArray::fromStringList(a.categories)},
            {QLatin1String("matters"), QJsonArray::fromStringList(a.matters)},
            {QLatin1String("active"), a.active}};
}

QJsonObject OrgDocument::deviceRow(const QString &code, Role kind, const QString &hallCode, const QString &username)
{
    return {{QLatin1String("code"), code},
            {QLatin1String("kind"), toString(kind)},
            {QLatin1String("hall"), hallCode},
            {QLatin1String("account"), username}};
}

Error OrgDocument::atRow(Error error, Row row, const QString &key, int window)
{
    QString kind;
    QString rowKey = key;
    switch (row) {
    case Row::Hall:
        kind = QStringLiteral("hall");
        error.subject = {QT_TRANSLATE_NOOP("ow::Errors", "Hall %1 in the org document"), {key}};
        break;
    case Row::Window:
        kind = QStringLiteral("window");
        rowKey = key + QLatin1Char('/') + QString::number(window);
        error.subject = {QT_TRANSLATE_NOOP("ow::Errors", "Window %2 of hall %1 in the org document"), {key, QString::number(window)}};
        break;
    case Row::Account:
        kind = QStringLiteral("account");
        error.subject = {QT_TRANSLATE_NOOP("ow::Errors", "Account %1 in the org document"), {key}};
        break;
    case Row::Device:
        kind = QStringLiteral("device");
        error.subject = {QT_TRANSLATE_NOOP("ow::Errors", "Device %1 in the org document"), {key}};
        break;
    }
    error.extra.insert(QLatin1String("row"), QJsonObject{{QLatin1String("kind"), kind}, {QLatin1String("key"), rowKey}});
    error.detail = QStringLiteral("%1 %2: %3").arg(kind, rowKey, error.detail);
    return error;
}

Result<OrgDocument> OrgDocument::fromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{ErrorCode::InvalidJson, QStringLiteral("the org document is not a JSON object"), {}};
    const QJsonObject root = doc.object();

    OrgDocument out;
    QSet<QString> keys;
    for (const QJsonValue &v : root.value(kHalls).toArray()) {
        const QString code = v.toObject().value(QLatin1String("code")).toString();
        if (code.isEmpty())
            return invalid(QStringLiteral("a hall without a code"));
        auto h = Hall::fromJson(v.toObject());
        if (!h)
            return atRow(h.error(), Row::Hall, code);
        if (keys.contains(code))
            return twice(Row::Hall, code);
        keys.insert(code);
        out.halls.append(h.value());
    }
    if (out.halls.isEmpty())
        return invalid(QStringLiteral("the org document has no halls"));
    std::stable_sort(out.halls.begin(), out.halls.end(), [](const Hall &a, const Hall &b) { return depthOf(a.level) < depthOf(b.level); });

    keys.clear();
    for (const QJsonValue &v : root.value(kWindows).toArray()) {
        const QJsonObject o = v.toObject();
        const QString hall = o.value(QLatin1String("hall")).toString();
        auto one = Hall::fromJson(QJsonObject{{kWindows, QJsonArray{o}}});
        if (!one)
            return atRow(one.error(), Row::Window, hall, o.value(QLatin1String("number")).toInt());
        const Window w = one.value().windows.first();
        if (w.number < 1)
            return invalid(QStringLiteral("a window of %1 without a number").arg(hall));
        const QString key = hall + QLatin1Char('/') + QString::number(w.number);
        if (keys.contains(key))
            return twice(Row::Window, hall, w.number);
        keys.insert(key);
        out.windows.append({hall, w});
    }

    keys.clear();
    for (const QJsonValue &v : root.value(kAccounts).toArray()) {
        const QJsonObject o = v.toObject();
        AccountEntry in;
        Account &a = in.account;
        a.username = o.value(QLatin1String("username")).toString();
        if (a.username.isEmpty())
            return invalid(QStringLiteral("an account without a user name"));
        if (keys.contains(a.username))
            return twice(Row::Account, a.username);
        keys.insert(a.username);
        const auto role = roleFromString(o.value(QLatin1String("role")).toString());
        if (!role)
            return atRow(invalidFieldError(QStringLiteral("role"), QStringLiteral("unknown role")), Row::Account, a.username);
        a.role = *role;
        a.hallCode = o.value(QLatin1String("hall")).toString();
        a.name = {o.value(QLatin1String("name_zh")).toString(), o.value(QLatin1String("name_en")).toString()};
        a.staffNo = o.value(QLatin1String("staff_no")).toString();
        for (const QJsonValue &c : o.value(QLatin1String("categories")).toArray())
            a.categories << c.toString();
        for (const QJsonValue &m : o.value(QLatin1String("matters")).toArray())
            a.matters << m.toString();
        a.active = o.value(QLatin1String("active")).toBool(true);
        in.password = o.value(QLatin1String("password")).toString();
        out.accounts.append(in);
    }

    keys.clear();
    for (const QJsonValue &v : root.value(kDevices).toArray()) {
        DeviceEntry d;
        d.row = v.toObject();
        d.code = d.row.value(QLatin1String("code")).toString();
        if (d.code.isEmpty())
            return invalid(QStringLiteral("a device without a code"));
        if (keys.contains(d.code))
            return twice(Row::Device, d.code);
        keys.insert(d.code);
        const auto kind = roleFromString(d.row.value(QLatin1String("kind")).toString());
        if (!kind || (*kind != Role::Kiosk && *kind != Role::Display))
            return atRow(invalidFieldError(QStringLiteral("kind"), QStringLiteral("kiosk or display")), Row::Device, d.code);
        d.kind = *kind;
        d.hall = d.row.value(QLatin1String("hall")).toString();
        d.account = d.row.value(QLatin1String("account")).toString();
        out.devices.append(d);
    }
    return out;
}

} // namespace ow
