#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/org/Org.h"
#include "core/domain/security/Role.h"
#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QTime>
#include <QUrlQuery>
#include <QVariant>

#include <optional>

namespace ow {

// The bodies of the administration area of the API (the admin routes, and the change of one's own password):
// accounts, halls and their windows, devices, and the record of administrative changes. The
// members are the JSON fields of the API in camelCase (name_zh → nameZh), one for one, so a field
// is found under the same name in the contract and in the code.

// The roles an administrator gives to people (devices are accounts of role kiosk or display,
// managed as devices).
bool isPersonRole(Role role);

// One person's login as the administrator sees it.
struct AdminAccount
{
    qint64 id = 0;
    QString username;
    Role role = Role::Teller;
    QString hall; // the hall's code
    QString nameZh;
    QString nameEn;
    QString staffNo;
    QString idNumber;       // the person's resident ID number, masked (personal data); "" when none
    QStringList categories; // teller: the categories served; reviewer: the categories reviewed
    QStringList matters;    // reviewer: the matters they may decide (empty: all of their categories)
    bool active = true;
    bool mustChangePassword = false;
    bool locked = false;

    LocalizedName name() const { return {nameZh, nameEn}; }

    QJsonObject toJson() const;
    // username and hall required, role one of a person's.
    static Result<AdminAccount> fromJson(const QJsonObject &o);
    bool operator==(const AdminAccount &) const = default;
};

// GET /api/v1/admin/accounts?q=&hall=&role=&include_disabled=: what is asked.
struct AdminAccountFilter
{
    QString q;    // matches the user name, the names and the staff number
    QString hall; // empty: every hall the administrator manages
    std::optional<Role> role;
    bool includeDisabled = false;

    QUrlQuery toQuery() const;
    static Result<AdminAccountFilter> fromQuery(const QUrlQuery &query);
    bool operator==(const AdminAccountFilter &) const = default;
};

// Its answer.
struct AdminAccountList
{
    QList<AdminAccount> accounts;

    QJsonObject toJson() const;
    static Result<AdminAccountList> fromJson(const QJsonObject &o);
    bool operator==(const AdminAccountList &) const = default;
};

// POST /api/v1/admin/accounts: an account's fields without id, active, must_change_password and locked.
struct NewAccountRequest
{
    QString username;
    Role role = Role::Teller;
    QString hall;
    QString nameZh;
    QString nameEn;
    QString staffNo;
    QStringList categories;
    QStringList matters;
    QString idNumber; // optional: the person's own resident ID number (checked; kept for risk rule 3)

    static NewAccountRequest of(const AdminAccount &account);
    QJsonObject toJson() const;
    // username, role (a person's), hall and name_zh required.
    static Result<NewAccountRequest> fromJson(const QJsonObject &o);
    bool operator==(const NewAccountRequest &) const = default;
};

// PATCH /api/v1/admin/accounts/{id}: the fields to change, each absent when unchanged.
struct AccountPatch
{
    std::optional<QString> nameZh;
    std::optional<QString> nameEn;
    std::optional<Role> role;
    std::optional<QString> hall;
    std::optional<QString> staffNo;
    std::optional<QStringList> categories;
    std::optional<QStringList> matters;
    std::optional<QString> idNumber; // "" removes it

    // What differs from `before` in `after` (the fields a patch may carry).
    static AccountPatch between(const AdminAccount &before, const AdminAccount &after);
    bool isEmpty() const;
    QJsonObject toJson() const;
    static Result<AccountPatch> fromJson(const QJsonObject &o);
    bool operator==(const AccountPatch &) const = default;
};

// The answer of creating an account and of resetting its password: the account and the password
// the person uses once (they must change it at their first login). Shown once, never stored.
struct AccountWithPassword
{
    AdminAccount account;
    QString oneTimePassword;

    QJsonObject toJson() const;
    static Result<AccountWithPassword> fromJson(const QJsonObject &o);
    bool operator==(const AccountWithPassword &) const = default;
};

// POST /api/v1/me/password (any session).
struct ChangePasswordRequest
{
    QString oldPassword;
    QString newPassword;

    QJsonObject toJson() const;
    // Both required.
    static Result<ChangePasswordRequest> fromJson(const QJsonObject &o);
    bool operator==(const ChangePasswordRequest &) const = default;
};

// One counter of a hall as the administrator sees it, retired ones too.
struct AdminWindow
{
    int number = 0;
    WindowKind kind = WindowKind::Comprehensive;
    QStringList categories;     // a dedicated window: the categories it serves
    QMap<QString, int> weights; // category → preference weight; absent: 1
    QString label;              // "3号窗口 养老"
    bool autoAssign = false;
    bool retired = false;

    QJsonObject toJson() const;
    // number ≥ 1 and kind required.
    static Result<AdminWindow> fromJson(const QJsonObject &o);
    bool operator==(const AdminWindow &) const = default;
};

// PATCH /api/v1/admin/halls/{hall}/windows/{window}.
struct WindowPatch
{
    std::optional<WindowKind> kind;
    std::optional<QStringList> categories;
    std::optional<QMap<QString, int>> weights;
    std::optional<QString> label;
    std::optional<bool> autoAssign;

    static WindowPatch between(const AdminWindow &before, const AdminWindow &after);
    bool isEmpty() const;
    QJsonObject toJson() const;
    static Result<WindowPatch> fromJson(const QJsonObject &o);
    bool operator==(const WindowPatch &) const = default;
};

// A hall as the administrator sees it, archived ones too, with its windows (retired ones too).
struct AdminHall
{
    QString code;
    QString nameZh;
    QString nameEn;
    OrgLevel level = OrgLevel::Township;
    QString parent; // the parent hall's code; empty for the city hall (null on the wire)
    QString address;
    std::optional<double> latitude;  // WGS-84; null when not known
    std::optional<double> longitude;
    QString timeZone = QStringLiteral("Asia/Shanghai");
    QList<OpeningHours> hours; // a weekday not listed is closed
    bool archived = false;
    bool training = false; // 培训大厅 (Hall::training)
    QList<AdminWindow> windows;

    LocalizedName name() const { return {nameZh, nameEn}; }
    // The hours of one weekday, or nullopt (closed).
    std::optional<OpeningHours> hoursOn(int weekday) const;

    QJsonObject toJson() const;
    // code, name_zh and level required.
    static Result<AdminHall> fromJson(const QJsonObject &o);
    bool operator==(const AdminHall &) const = default;
};

// PATCH /api/v1/admin/halls/{hall}: any hall field but code and windows, each absent when
// unchanged. Latitude and longitude may be set to null (unknown): the outer optional says whether
// the field is in the patch, the inner one its value.
struct HallPatch
{
    std::optional<QString> nameZh;
    std::optional<QString> nameEn;
    std::optional<OrgLevel> level;
    std::optional<QString> parent;
    std::optional<QString> address;
    std::optional<std::optional<double>> latitude;
    std::optional<std::optional<double>> longitude;
    std::optional<QString> timeZone;
    std::optional<QList<OpeningHours>> hours;
    std::optional<bool> archived;
    std::optional<bool> training;

    static HallPatch between(const AdminHall &before, const AdminHall &after);
    bool isEmpty() const;
    QJsonObject toJson() const;
    static Result<HallPatch> fromJson(const QJsonObject &o);
    bool operator==(const HallPatch &) const = default;
};

// GET /api/v1/admin/halls.
struct AdminHallList
{
    QList<AdminHall> halls;

    QJsonObject toJson() const;
    static Result<AdminHallList> fromJson(const QJsonObject &o);
    bool operator==(const AdminHallList &) const = default;
};

// A hall device: the kiosk (取号机) or the hall display (叫号屏), each a login account of that role.
enum class DeviceKind { Kiosk, Display };
QString toString(DeviceKind kind);
std::optional<DeviceKind> deviceKindFromString(QStringView s);

struct Device
{
    QString code; // "FC-KIOSK-2"
    DeviceKind kind = DeviceKind::Kiosk;
    QString hall;
    QString username;
    bool active = true;

    QJsonObject toJson() const;
    // code, kind, hall and username required.
    static Result<Device> fromJson(const QJsonObject &o);
    bool operator==(const Device &) const = default;
};

// POST /api/v1/admin/devices: a device's fields without active.
struct NewDeviceRequest
{
    QString code;
    DeviceKind kind = DeviceKind::Kiosk;
    QString hall;
    QString username;

    QJsonObject toJson() const;
    static Result<NewDeviceRequest> fromJson(const QJsonObject &o);
    bool operator==(const NewDeviceRequest &) const = default;
};

// The answer of adding a device and of giving it a new secret: the device and its secret (its
// password), shown once, never stored.
struct DeviceWithSecret
{
    Device device;
    QString secret;

    QJsonObject toJson() const;
    static Result<DeviceWithSecret> fromJson(const QJsonObject &o);
    bool operator==(const DeviceWithSecret &) const = default;
};

// GET /api/v1/admin/devices.
struct DeviceList
{
    QList<Device> devices;

    QJsonObject toJson() const;
    static Result<DeviceList> fromJson(const QJsonObject &o);
    bool operator==(const DeviceList &) const = default;
};

// One field of a change: what it was and what it became, as text ("" where there was none) and
// as values (lists, maps, scalars; invalid where there was none) for a screen to word as it likes.
struct AdminChangeField
{
    QString field;
    QString before;
    QString after;
    QVariant beforeValue;
    QVariant afterValue;
    bool operator==(const AdminChangeField &) const = default;
};

// One administrative change: who made it, when, to what, and the value before and after (an
// empty object where there was none: a creation has no before, a removal no after).
struct AdminChange
{
    qint64 id = 0;
    QDateTime at;
    QString actor;  // the administrator's user name ("" for the server's command line)
    QString hall;   // the hall the change belongs to ("" for city-wide rules)
    QString entity; // account, hall, window, device, calendar, delegation, queue_rules, catalogue
    QString key;    // which one: a user name, a hall code, "MY-FC/3", a year, a service code
    QString action; // create, update, disable, enable, reset_password, retire, archive, …
    QJsonObject before;
    QJsonObject after;

    // The fields that differ between before and after, by name, each value as text (lists joined
    // with ", ", objects as "key: value" pairs) — what a screen shows without reading JSON.
    QList<AdminChangeField> differences() const;

    QJsonObject toJson() const;
    static Result<AdminChange> fromJson(const QJsonObject &o);
    bool operator==(const AdminChange &) const = default;
};

// GET /api/v1/admin/changes?entity=&key=&before=&limit=: what is asked (newest first).
struct AdminChangeFilter
{
    QString entity;    // empty: every entity
    QString key;       // empty: every key
    qint64 before = 0; // 0: from the newest; else only changes with a smaller id
    int limit = 100;

    QUrlQuery toQuery() const;
    static Result<AdminChangeFilter> fromQuery(const QUrlQuery &query);
    bool operator==(const AdminChangeFilter &) const = default;
};

// Its answer.
struct AdminChangeList
{
    QList<AdminChange> changes;

    QJsonObject toJson() const;
    static Result<AdminChangeList> fromJson(const QJsonObject &o);
    bool operator==(const AdminChangeList &) const = default;
};

} // namespace ow
