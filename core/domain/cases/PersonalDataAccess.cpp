#include "core/domain/cases/PersonalDataAccess.h"

#include "core/domain/cases/CaseTypes.h"
#include "core/domain/org/SupervisionScope.h"
#include "core/domain/security/Account.h"

namespace ow {

QString toString(PersonalDataAccessLevel v)
{
    switch (v) {
    case PersonalDataAccessLevel::Masked:
        return QStringLiteral("masked");
    case PersonalDataAccessLevel::FullByRight:
        return QStringLiteral("full_by_right");
    case PersonalDataAccessLevel::FullForPurpose:
        return QStringLiteral("full_for_purpose");
    }
    return QStringLiteral("masked");
}

namespace {

// The hall whose windows have the case in their worklist now, if any (CaseService::worklist).
QString windowHallOf(const CaseView &c)
{
    switch (c.facts.state) {
    case CaseState::PreSubmitted:
    case CaseState::Supplement:
        return c.hallCode;
    case CaseState::Approved:
    case CaseState::Rejected:
        return c.pickupHallCode.isEmpty() ? c.hallCode : c.pickupHallCode;
    default:
        return {};
    }
}

} // namespace

bool PersonalDataAccess::worksOn(const Account &who, const CaseView &c, const SupervisionScope &scope)
{
    if (who.id != 0 && (who.id == c.facts.receiverId || who.id == c.facts.assigneeId || c.facts.approvers.contains(who.id)))
        return true;
    if (who.role == Role::Supervisor || who.isCityAdministrator()) {
        for (const QString &hall : {c.hallCode, c.officeHallCode, c.pickupHallCode}) {
            if (!hall.isEmpty() && scope.oversees(hall))
                return true;
        }
    }
    if (who.role == Role::Teller) {
        const QString hall = windowHallOf(c);
        return !hall.isEmpty() && hall == who.hallCode;
    }
    return false;
}

Status PersonalDataAccess::checkPurpose(const QString &purpose)
{
    const QString p = normalizedPurpose(purpose);
    qsizetype letters = 0;
    for (QChar ch : p) {
        if (!ch.isSpace() && !ch.isLowSurrogate())
            ++letters;
    }
    if (letters >= kMinPurposeLength && p.size() <= kMaxPurposeLength)
        return okStatus();
    Error e = invalidFieldError(QStringLiteral("purpose"),
                                QStringLiteral("%1 to %2 characters").arg(kMinPurposeLength).arg(kMaxPurposeLength));
    e.code = ErrorCode::BadRequest; // a request not to be answered as asked, not a form to correct
    e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Say why you need this person's data in full (%1 to %2 characters)."),
              {QString::number(kMinPurposeLength), QString::number(kMaxPurposeLength)}};
    return e;
}

Result<PersonalDataAccessLevel> PersonalDataAccess::decide(const Account &who, const CaseView &c, const SupervisionScope &scope,
                                                           const std::optional<QString> &purpose)
{
    if (purpose) {
        if (auto st = checkPurpose(*purpose); !st)
            return st.error();
    }
    if (worksOn(who, c, scope))
        return PersonalDataAccessLevel::FullByRight;
    return purpose ? PersonalDataAccessLevel::FullForPurpose : PersonalDataAccessLevel::Masked;
}

} // namespace ow
