#include "core/domain/org/AdminScope.h"

#include <QHash>

namespace ow {

AdminScope::AdminScope(const Account &admin, const QList<Hall> &halls)
    : m_all(admin.role == Role::Admin && admin.isCityAdministrator())
{
    for (const Hall &h : halls)
        m_every << h.code;
    if (admin.role != Role::Admin || m_all)
        return;
    m_codes = below(admin.hallCode, halls);
    m_codes.insert(admin.hallCode);
}

QSet<QString> AdminScope::below(const QString &code, const QList<Hall> &halls)
{
    QHash<QString, QStringList> children;
    for (const Hall &h : halls)
        children[h.parentCode] << h.code;
    QSet<QString> out;
    QStringList todo = children.value(code);
    while (!todo.isEmpty()) {
        const QString next = todo.takeLast();
        if (out.contains(next) || next == code)
            continue; // a cycle in stored data stops here
        out.insert(next);
        todo << children.value(next);
    }
    return out;
}

Status AdminScope::require(const QString &hallCode) const
{
    if (manages(hallCode))
        return okStatus();
    Error e = forbiddenError(QStringLiteral("not an administrator of hall %1").arg(hallCode));
    e.text = {QT_TRANSLATE_NOOP("ow::Errors", "You do not administer hall %1."), {hallCode}};
    return e;
}

QStringList AdminScope::hallCodes() const
{
    if (m_all)
        return m_every;
    QStringList out;
    for (const QString &c : m_every) {
        if (m_codes.contains(c))
            out << c;
    }
    return out;
}

} // namespace ow
