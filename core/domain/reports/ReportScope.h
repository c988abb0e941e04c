#pragma once

#include "core/domain/org/Org.h"
#include "core/domain/security/Account.h"

#include <QSet>

namespace ow {

// Whose figures an account may read in reports: a supervisor their own hall and every hall
// below it; a supervisor or administrator of the city hall every hall. Tellers, reviewers,
// devices and administrators of the lower halls read none (they manage, they do not assess).
class ReportScope
{
public:
    // Forbidden for an account that reads no figures.
    static Result<ReportScope> of(const Account &who, const QList<Hall> &halls);

    bool seesAll() const { return m_all; }
    bool sees(const QString &hallCode) const { return m_all || m_codes.contains(hallCode); }
    // Hall `code` (empty: the account's own) first, then every hall below it in the order of `halls`
    // but training halls (培训大厅) — unless `code` is one itself:
    // NotFound for a hall that does not exist, Forbidden for one outside the scope.
    Result<QList<Hall>> select(const QString &code) const;

private:
    ReportScope(const Account &who, const QList<Hall> &halls);
    QString m_own;
    bool m_all = false;
    QSet<QString> m_codes;
    QList<Hall> m_halls;
};

} // namespace ow
