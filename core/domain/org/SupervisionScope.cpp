#include "core/domain/org/SupervisionScope.h"

#include "core/domain/org/AdminScope.h"

namespace ow {

SupervisionScope::SupervisionScope(const Account &who, const QList<Hall> &halls)
    : m_all(who.isCityAdministrator()), m_halls(halls)
{
    if (m_all || who.role != Role::Supervisor)
        return;
    m_codes = AdminScope::below(who.hallCode, halls);
    m_codes.insert(who.hallCode);
}

Status SupervisionScope::require(const QString &hallCode) const
{
    if (oversees(hallCode))
        return okStatus();
    Error e = forbiddenError(QStringLiteral("not a supervisor of hall %1").arg(hallCode));
    e.text = {QT_TRANSLATE_NOOP("ow::Errors", "You do not oversee hall %1."), {hallCode}};
    return e;
}

QStringList SupervisionScope::hallsFrom(const QString &hallCode, bool below) const
{
    QStringList out;
    if (oversees(hallCode))
        out << hallCode;
    if (!below)
        return out;
    const QSet<QString> under = AdminScope::below(hallCode, m_halls);
    for (const Hall &h : m_halls) { // in the tree's order
        if (under.contains(h.code) && oversees(h.code))
            out << h.code;
    }
    return out;
}

} // namespace ow
