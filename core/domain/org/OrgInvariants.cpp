#include "core/domain/org/OrgInvariants.h"

#include <QCoreApplication>
#include <QSet>

namespace ow {

Status OrgInvariants::keepsAnAdministrator(const AdminAccount &before, const QList<AdminAccount> &after,
                                           const QList<AdminHall> &halls)
{
    if (before.role != Role::Admin || !before.active)
        return okStatus();
    QSet<QString> cityHalls;
    for (const AdminHall &h : halls) {
        if (h.level == OrgLevel::City)
            cityHalls.insert(h.code);
    }
    int admins = 0;
    int cityAdmins = 0;
    for (const AdminAccount &a : after) {
        if (a.role == Role::Admin && a.active) {
            ++admins;
            if (cityHalls.contains(a.hall))
                ++cityAdmins;
        }
    }
    if (admins == 0) {
        Error e = conflictError(QStringLiteral("%1 is the last administrator").arg(before.username));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "%1 is the last active administrator; appoint another one first."), {before.username}};
        return e;
    }
    if (!cityHalls.contains(before.hall) || cityAdmins > 0)
        return okStatus();
    Error e = conflictError(QStringLiteral("%1 is the last city administrator").arg(before.username));
    e.text = {QT_TRANSLATE_NOOP("ow::Errors", "%1 is the last active city administrator; appoint another one at the city hall first."),
              {before.username}};
    return e;
}

Status OrgInvariants::mayWorkAt(const QString &hallCode, const QList<AdminHall> &halls)
{
    for (const AdminHall &h : halls) {
        if (h.code != hallCode)
            continue;
        if (!h.archived)
            return okStatus();
        Error e = invalidFieldError(QStringLiteral("hall"), QStringLiteral("hall %1 is archived").arg(hallCode));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Hall %1 is archived: no account or device may be added there or moved there."),
                  {hallCode}};
        return e;
    }
    return invalidFieldError(QStringLiteral("hall"), QStringLiteral("unknown hall %1").arg(hallCode));
}

Status OrgInvariants::mayArchive(const QString &hallCode, const QList<AdminHall> &halls)
{
    for (const AdminHall &child : halls) {
        if (child.parent == hallCode && child.code != hallCode && !child.archived) {
            Error e = conflictError(QStringLiteral("hall %1 below is not archived").arg(child.code));
            e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Archive hall %1 below this one first."), {child.code}};
            return e;
        }
    }
    return okStatus();
}

Status OrgInvariants::mayAddWindow(const AdminHall &hall)
{
    if (!hall.archived)
        return okStatus();
    Error e = conflictError(QStringLiteral("hall %1 is archived").arg(hall.code));
    e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Hall %1 is archived: it gets no new windows."), {hall.code}};
    return e;
}

} // namespace ow
