#include "core/domain/cases/ReviewerAssignment.h"

#include <tuple>

namespace ow {

std::optional<qint64> ReviewerAssignment::choose(const CaseToAssign &c, const QList<ReviewerLoad> &reviewers)
{
    const ReviewerLoad *best = nullptr;
    const auto key = [&c](const ReviewerLoad &r) {
        return std::make_tuple(c.urgent ? r.urgentCases : 0, r.openCases, r.id);
    };
    for (const ReviewerLoad &r : reviewers) {
        if (c.excluded.contains(r.id) || r.hallCode != c.officeHallCode)
            continue;
        if (!r.categories.isEmpty() && !r.categories.contains(c.category))
            continue;
        if (!r.matters.isEmpty() && !r.matters.contains(c.serviceCode))
            continue;
        if (!best || key(r) < key(*best))
            best = &r;
    }
    if (!best)
        return std::nullopt;
    return best->id;
}

QString ReviewerAssignment::competentOffice(const QString &accepting, OrgLevel competentLevel, const QList<Hall> &halls)
{
    const auto find = [&halls](const QString &code) -> const Hall * {
        for (const Hall &h : halls) {
            if (h.code == code)
                return &h;
        }
        return nullptr;
    };
    for (const Hall *h = find(accepting); h; h = find(h->parentCode)) {
        if (h->level == competentLevel)
            return h->code;
    }
    return accepting;
}

} // namespace ow
