#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QCoreApplication>

namespace ow {

class Catalogue;

// The words of the administration screens for the values they show: kinds, states, the entities,
// actions and fields of the record of changes — translated, in the current language.
class AdminText
{
    Q_DECLARE_TR_FUNCTIONS(ow::AdminText)
public:
    static QString windowKind(WindowKind kind);
    static QString deviceKind(DeviceKind kind);
    static QString accountState(const AdminAccount &account);
    static QString hallState(const AdminHall &hall);
    static QString windowState(const AdminWindow &window);
    static QString deviceState(const Device &device);
    static QString entity(const QString &entity);
    static QString action(const QString &action);
    static QString field(const QString &field);
    // A value of the record of changes as a person reads it: roles, levels, kinds, yes/no, opening
    // hours and categories in words; "—" for none.
    static QString fieldValue(const QString &field, const QVariant &value, const Catalogue *catalogue = nullptr);
    // "09:00–17:00, lunch 12:00–13:30", or "closed".
    static QString hours(const std::optional<OpeningHours> &hours);
    // Category codes as their names ("养老保险、就业创业"); unknown codes as they are.
    static QString categories(const QStringList &codes, const Catalogue *catalogue);
    // A hall's name in the current language, by code (the code where the hall is unknown).
    static QString hallName(const QString &code, const QList<AdminHall> &halls);
    static QString name(const LocalizedName &name); // the English one falls back to the Chinese
};

} // namespace ow
