#include "core/domain/reports/ReportScope.h"

#include "core/domain/org/AdminScope.h"

namespace ow {

ReportScope::ReportScope(const Account &who, const QList<Hall> &halls)
    : m_own(who.hallCode), m_all(who.hallLevel == OrgLevel::City), m_halls(halls)
{
    if (!m_all) {
        m_codes = AdminScope::below(who.hallCode, halls);
        m_codes.insert(who.hallCode);
    }
}

Result<ReportScope> ReportScope::of(const Account &who, const QList<Hall> &halls)
{
    const bool reads = who.role == Role::Supervisor || (who.role == Role::Admin && who.isCityAdministrator());
    if (!reads) {
        Error e = forbiddenError(QStringLiteral("reports are for supervisors and the city's administrators"));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Reports are for supervisors, and for the city's administrators."), {}};
        return e;
    }
    return ReportScope(who, halls);
}

Result<QList<Hall>> ReportScope::select(const QString &code) const
{
    const QString wanted = code.isEmpty() ? m_own : code;
    const auto hall = std::find_if(m_halls.begin(), m_halls.end(), [&wanted](const Hall &h) { return h.code == wanted; });
    if (hall == m_halls.end()) {
        Error e = notFoundError(QStringLiteral("unknown hall %1").arg(wanted));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "There is no hall %1."), {wanted}};
        return e;
    }
    if (!sees(wanted)) {
        Error e = forbiddenError(QStringLiteral("hall %1 is outside what this account supervises").arg(wanted));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "The figures of hall %1 are not among those you supervise."), {wanted}};
        return e;
    }
    const QSet<QString> below = AdminScope::below(wanted, m_halls);
    QList<Hall> out{*hall};
    for (const Hall &h : m_halls) {
        // A training hall's work never counts in the figures of the halls above it; asked for by
        // itself, it has its own (the trainer's view).
        if (below.contains(h.code) && (!h.training || hall->training))
            out.append(h);
    }
    return out;
}

} // namespace ow
