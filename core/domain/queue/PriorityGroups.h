#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/util/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// A priority group (绿色通道) a ticket may be issued for: its code (what tickets, dispatch and
// reports carry) and its names as citizens read them. Each hall has its list (its queue rules);
// the bureau's four are the default.
struct PriorityGroup
{
    QString code;
    LocalizedName name;

    QJsonObject toJson() const; // {code, name_zh, name_en}
    static Result<PriorityGroup> fromJson(const QJsonObject &o);
    bool operator==(const PriorityGroup &) const = default;
};

// The bureau's groups, in the order a kiosk offers them: elderly, disabled, serviceman, pregnant.
QList<PriorityGroup> defaultPriorityGroups();
// Their codes.
QStringList priorityGroups();
QStringList priorityGroupCodes(const QList<PriorityGroup> &groups);
// The name of `code` among `groups` in `language` ("zh" or "en"); a code not among them by the
// default groups' translated name, or as it is.
QString priorityGroupName(const QList<PriorityGroup> &groups, const QString &code, const QString &language);
// "Elderly person", … in the current language; an unknown code as it is.
QString priorityGroupText(const QString &code);

} // namespace ow
