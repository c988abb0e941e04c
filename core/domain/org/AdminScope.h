#pragma once

#include "core/domain/org/Org.h"
#include "core/domain/security/Account.h"

#include <QSet>

namespace ow {

// The halls an administrator manages: a city administrator every hall; a hall administrator its
// own hall and every hall below it in the tree. Asked by every administrative operation.
class AdminScope
{
public:
    AdminScope(const Account &admin, const QList<Hall> &halls);

    bool managesAll() const { return m_all; }
    bool manages(const QString &hallCode) const { return m_all || m_codes.contains(hallCode); }
    // Forbidden ("not an administrator of hall X") unless it manages `hallCode`.
    Status require(const QString &hallCode) const;
    // The halls it manages (every hall's code for a city administrator).
    QStringList hallCodes() const;
    // The halls below `code`, all levels down (not `code` itself).
    static QSet<QString> below(const QString &code, const QList<Hall> &halls);

private:
    bool m_all = false;
    QSet<QString> m_codes;
    QStringList m_every;
};

} // namespace ow
