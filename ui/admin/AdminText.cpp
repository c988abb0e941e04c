#include "ui/admin/AdminText.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/org/AdminRules.h"
#include "ui/admin/CatalogueText.h"
#include "ui/common/LanguageManager.h"

#include <QTime>
#include <QVariant>

namespace ow {

QString AdminText::windowKind(WindowKind kind)
{
    return kind == WindowKind::Comprehensive ? tr("Comprehensive") : tr("Dedicated");
}

QString AdminText::deviceKind(DeviceKind kind)
{
    return kind == DeviceKind::Kiosk ? tr("Ticket kiosk") : tr("Hall display");
}

QString AdminText::accountState(const AdminAccount &account)
{
    if (!account.active)
        return tr("Disabled");
    if (account.locked)
        return tr("Locked");
    if (account.mustChangePassword)
        return tr("Must change password");
    return tr("Active");
}

QString AdminText::hallState(const AdminHall &hall)
{
    return hall.archived ? tr("Archived") : tr("In service");
}

QString AdminText::windowState(const AdminWindow &window)
{
    return window.retired ? tr("Retired") : tr("In service");
}

QString AdminText::deviceState(const Device &device)
{
    return device.active ? tr("Active") : tr("Disabled");
}

QString AdminText::entity(const QString &entity)
{
    if (entity == QLatin1String("account"))
        return tr("Account");
    if (entity == QLatin1String("hall"))
        return tr("Hall");
    if (entity == QLatin1String("window"))
        return tr("Window");
    if (entity == QLatin1String("device"))
        return tr("Device");
    if (entity == QLatin1String("calendar"))
        return tr("Working-day calendar");
    if (entity == QLatin1String("delegation"))
        return tr("Delegation");
    if (entity == QLatin1String("queue_rules"))
        return tr("Queue rules");
    if (entity == QLatin1String("catalogue"))
        return tr("Service catalogue");
    if (entity == QLatin1String("risk_rules"))
        return tr("Risk rules");
    return entity;
}

QString AdminText::action(const QString &action)
{
    static const QList<std::pair<const char *, const char *>> kActions = {
        {"create", QT_TR_NOOP("Create")},
        {"update", QT_TR_NOOP("Change")},
        {"disable", QT_TR_NOOP("Disable")},
        {"enable", QT_TR_NOOP("Enable")},
        {"reset_password", QT_TR_NOOP("Reset password")},
        {"change_password", QT_TR_NOOP("Change password")},
        {"retire", QT_TR_NOOP("Retire")},
        {"archive", QT_TR_NOOP("Archive")},
        {"rotate_secret", QT_TR_NOOP("New secret")},
        {"secret", QT_TR_NOOP("New secret")},
        {"import", QT_TR_NOOP("Import")},
        {"activate", QT_TR_NOOP("Put in force")},
        {"schedule", QT_TR_NOOP("Schedule")},
        {"unschedule", QT_TR_NOOP("Withdraw schedule")},
        {"delete", QT_TR_NOOP("Remove")},
    };
    for (const auto &[key, text] : kActions) {
        if (action == QLatin1String(key))
            return tr(text);
    }
    return action;
}

QString AdminText::field(const QString &field)
{
    static const QList<std::pair<const char *, const char *>> kFields = {
        {"id", QT_TR_NOOP("Number")},
        {"username", QT_TR_NOOP("User name")},
        {"role", QT_TR_NOOP("Role")},
        {"hall", QT_TR_NOOP("Hall")},
        {"name_zh", QT_TR_NOOP("Name (Chinese)")},
        {"name_en", QT_TR_NOOP("Name (English)")},
        {"staff_no", QT_TR_NOOP("Staff number")},
        {"categories", QT_TR_NOOP("Categories")},
        {"matters", QT_TR_NOOP("Matters")},
        {"active", QT_TR_NOOP("Enabled")},
        {"must_change_password", QT_TR_NOOP("Must change password")},
        {"locked", QT_TR_NOOP("Locked")},
        {"code", QT_TR_NOOP("Code")},
        {"level", QT_TR_NOOP("Level")},
        {"parent", QT_TR_NOOP("Parent hall")},
        {"address", QT_TR_NOOP("Address")},
        {"latitude", QT_TR_NOOP("Latitude")},
        {"longitude", QT_TR_NOOP("Longitude")},
        {"time_zone", QT_TR_NOOP("Time zone")},
        {"hours", QT_TR_NOOP("Opening hours")},
        {"archived", QT_TR_NOOP("Archived")},
        {"number", QT_TR_NOOP("Window number")},
        {"kind", QT_TR_NOOP("Kind")},
        {"weights", QT_TR_NOOP("Preference weights")},
        {"label", QT_TR_NOOP("Label")},
        {"auto_assign", QT_TR_NOOP("Automatic assignment")},
        {"retired", QT_TR_NOOP("Retired")},
        {"windows", QT_TR_NOOP("Windows")},
        {"state", QT_TR_NOOP("State")},
        {"activate_on", QT_TR_NOOP("In force from")},
        {"holidays", QT_TR_NOOP("Public holidays")},
        {"workdays", QT_TR_NOOP("Adjusted working days")},
        {"own", QT_TR_NOOP("Rules of its own")},
        {"promise_minutes", QT_TR_NOOP("Promised wait (minutes)")},
        {"max_recalls", QT_TR_NOOP("Recalls at most")},
        {"recall_gap_seconds", QT_TR_NOOP("Between two calls (seconds)")},
        {"priority_ratio", QT_TR_NOOP("Priority tickets in a row")},
        {"keep_numbers_overnight", QT_TR_NOOP("Numbers run on across days")},
        {"slot_capacity", QT_TR_NOOP("Appointments per slot")},
        {"priority_groups", QT_TR_NOOP("Priority groups")},
    };
    for (const auto &[key, text] : kFields) {
        if (field == QLatin1String(key))
            return tr(text);
    }
    return field;
}

QString AdminText::fieldValue(const QString &field, const QVariant &value, const Catalogue *catalogue)
{
    const QString none = QStringLiteral("—");
    if (!value.isValid() || value.isNull())
        return none;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList parts;
        for (const QVariant &item : value.toList()) {
            if (field == QLatin1String("hours")) {
                const QVariantMap h = item.toMap();
                const auto time = [&h](const char *key) { return QTime::fromString(h.value(QLatin1String(key)).toString(), QStringLiteral("HH:mm")); };
                parts << QStringLiteral("%1 %2").arg(AdminRules::weekdayName(h.value(QStringLiteral("weekday")).toInt()),
                                                     hours(OpeningHours{h.value(QStringLiteral("weekday")).toInt(), time("open"), time("close"),
                                                                        time("lunch_from"), time("lunch_to")}));
            } else if (field == QLatin1String("windows")) {
                parts << tr("window %1").arg(item.toMap().value(QStringLiteral("number")).toInt());
            } else if (field == QLatin1String("priority_groups")) {
                const QVariantMap g = item.toMap();
                parts << name({g.value(QStringLiteral("name_zh")).toString(), g.value(QStringLiteral("name_en")).toString()});
            } else if (field == QLatin1String("categories")) {
                parts << categories({item.toString()}, catalogue);
            } else {
                parts << fieldValue(field, item, catalogue);
            }
        }
        return parts.isEmpty() ? none : parts.join(field == QLatin1String("hours") ? tr("; ") : tr(", "));
    }
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        QStringList parts;
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (field == QLatin1String("weights"))
                parts << QStringLiteral("%1 ×%2").arg(categories({it.key()}, catalogue), it.value().toString());
            else
                parts << QStringLiteral("%1: %2").arg(it.key(), fieldValue(it.key(), it.value(), catalogue));
        }
        return parts.isEmpty() ? none : parts.join(tr(", "));
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return none;
    if (field == QLatin1String("role")) {
        if (auto role = roleFromString(text))
            return roleDisplayName(*role);
    }
    if (field == QLatin1String("state") && catalogueVersionStateFromString(text))
        return CatalogueText::state(text);
    if (field == QLatin1String("level")) {
        if (auto level = orgLevelFromString(text))
            return orgLevelDisplayName(*level);
    }
    if (field == QLatin1String("kind")) {
        if (auto kind = windowKindFromString(text))
            return windowKind(*kind);
        if (auto kind = deviceKindFromString(text))
            return deviceKind(*kind);
    }
    return text;
}

QString AdminText::hours(const std::optional<OpeningHours> &h)
{
    if (!h)
        return tr("Closed");
    const QString day = QStringLiteral("%1–%2").arg(h->open.toString(QStringLiteral("HH:mm")), h->close.toString(QStringLiteral("HH:mm")));
    if (!h->hasLunchBreak())
        return day;
    return tr("%1, lunch break %2–%3")
        .arg(day, h->lunchFrom.toString(QStringLiteral("HH:mm")), h->lunchTo.toString(QStringLiteral("HH:mm")));
}

QString AdminText::categories(const QStringList &codes, const Catalogue *catalogue)
{
    QStringList names;
    for (const QString &code : codes) {
        const Category *c = catalogue ? catalogue->category(code) : nullptr;
        names << (c ? name(c->name) : code);
    }
    return names.join(tr(", "));
}

QString AdminText::hallName(const QString &code, const QList<AdminHall> &halls)
{
    for (const AdminHall &h : halls) {
        if (h.code == code)
            return name(h.name());
    }
    return code;
}

QString AdminText::name(const LocalizedName &name)
{
    const QString lang = LanguageManager::current();
    const QString text = name.in(lang);
    return text.isEmpty() ? name.zh : text;
}

} // namespace ow
