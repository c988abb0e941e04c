#include "core/domain/api/AdminMapping.h"

#include "core/domain/util/Masking.h"

namespace ow {

AdminWindow adminView(const Window &w)
{
    AdminWindow out;
    out.number = w.number;
    out.kind = w.kind;
    out.categories = w.categories;
    for (auto it = w.weights.constBegin(); it != w.weights.constEnd(); ++it)
        out.weights.insert(it.key(), it.value());
    out.label = w.label;
    out.autoAssign = w.autoAssign;
    out.retired = w.retired;
    return out;
}

Window windowOf(const AdminWindow &w)
{
    QHash<QString, int> weights;
    for (auto it = w.weights.constBegin(); it != w.weights.constEnd(); ++it)
        weights.insert(it.key(), it.value());
    return Window(w.number, w.kind, w.categories, weights, w.label, w.retired, w.autoAssign);
}

AdminHall adminView(const Hall &h)
{
    AdminHall out;
    out.code = h.code;
    out.nameZh = h.name.zh;
    out.nameEn = h.name.en;
    out.level = h.level;
    out.parent = h.parentCode;
    out.address = h.address;
    out.latitude = h.latitude;
    out.longitude = h.longitude;
    out.timeZone = h.timeZone;
    out.hours = h.hours;
    out.archived = h.archived;
    out.training = h.training;
    for (const Window &w : h.windows)
        out.windows.append(adminView(w));
    return out;
}

QList<AdminHall> adminViews(const QList<Hall> &halls)
{
    QList<AdminHall> out;
    for (const Hall &h : halls)
        out.append(adminView(h));
    return out;
}

Hall hallOf(const AdminHall &a)
{
    Hall h;
    h.code = a.code;
    h.name = {a.nameZh, a.nameEn};
    h.level = a.level;
    h.parentCode = a.parent;
    h.address = a.address;
    h.latitude = a.latitude;
    h.longitude = a.longitude;
    h.timeZone = a.timeZone;
    h.hours = a.hours;
    h.archived = a.archived;
    h.training = a.training;
    return h;
}

AdminAccount adminView(const Account &a, const QDateTime &now)
{
    AdminAccount out;
    out.id = a.id;
    out.username = a.username;
    out.role = a.role;
    out.hall = a.hallCode;
    out.nameZh = a.name.zh;
    out.nameEn = a.name.en;
    out.staffNo = a.staffNo;
    // Personal data: the administrator sees that it is recorded, not the number itself.
    out.idNumber = a.idNumber.isEmpty() ? QString() : mask(PersonalData::ResidentIdNumber, a.idNumber);
    out.categories = a.categories;
    out.matters = a.matters;
    out.active = a.active;
    out.mustChangePassword = a.mustChangePassword;
    out.locked = a.lockedUntil.isValid() && a.lockedUntil > now;
    return out;
}

void apply(const HallPatch &p, AdminHall &h)
{
    if (p.nameZh)
        h.nameZh = *p.nameZh;
    if (p.nameEn)
        h.nameEn = *p.nameEn;
    if (p.level)
        h.level = *p.level;
    if (p.parent)
        h.parent = *p.parent;
    if (p.address)
        h.address = *p.address;
    if (p.latitude)
        h.latitude = *p.latitude;
    if (p.longitude)
        h.longitude = *p.longitude;
    if (p.timeZone)
        h.timeZone = *p.timeZone;
    if (p.hours)
        h.hours = *p.hours;
    if (p.archived)
        h.archived = *p.archived;
    if (p.training)
        h.training = *p.training;
}

void apply(const WindowPatch &p, AdminWindow &w)
{
    if (p.kind)
        w.kind = *p.kind;
    if (p.categories)
        w.categories = *p.categories;
    if (p.weights)
        w.weights = *p.weights;
    if (p.label)
        w.label = *p.label;
    if (p.autoAssign)
        w.autoAssign = *p.autoAssign;
}

void apply(const AccountPatch &p, AdminAccount &a)
{
    if (p.nameZh)
        a.nameZh = *p.nameZh;
    if (p.nameEn)
        a.nameEn = *p.nameEn;
    if (p.role)
        a.role = *p.role;
    if (p.hall)
        a.hall = *p.hall;
    if (p.staffNo)
        a.staffNo = *p.staffNo;
    if (p.categories)
        a.categories = *p.categories;
    if (p.matters)
        a.matters = *p.matters;
}

} // namespace ow
