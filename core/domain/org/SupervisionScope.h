#pragma once

#include "core/domain/org/Org.h"
#include "core/domain/security/Account.h"

#include <QSet>

namespace ow {

// The halls whose service an account oversees (a rectification's follow-up, later the figures):
// a supervisor their own hall and every hall below it; a city administrator every hall; nobody
// else any. Unlike the live queue (HallScope::OwnOrSupervisor), a supervisor of one county does
// not see another county's hall, nor the hall above their own.
class SupervisionScope
{
public:
    SupervisionScope(const Account &who, const QList<Hall> &halls);

    bool oversees(const QString &hallCode) const { return m_all || m_codes.contains(hallCode); }
    // Forbidden ("you do not oversee hall X", translated) unless it oversees `hallCode`.
    Status require(const QString &hallCode) const;
    // `hallCode` and, with `below`, every hall under it — those of them it oversees.
    QStringList hallsFrom(const QString &hallCode, bool below) const;

private:
    bool m_all = false;
    QSet<QString> m_codes;
    QList<Hall> m_halls;
};

} // namespace ow
