#pragma once

#include "core/domain/util/Error.h"

#include <QString>

#include <optional>

namespace ow {

struct Account;
struct CaseView;
class SupervisionScope;

// How much of a case's personal data (applicant's name, resident ID number, phone, the form,
// the messages sent, a mailing address) one read gets.
enum class PersonalDataAccessLevel {
    Masked,         // masked (Masking), form and messages left out
    FullByRight,    // whole: the reader works on the case
    FullForPurpose, // whole: the reader gave a purpose, which the audit trail keeps
};

QString toString(PersonalDataAccessLevel v); // masked, full_by_right, full_for_purpose

// Personal data on a need-to-know basis (issue 15): the staff working on a case see its personal
// data whole — its receiver, its reviewers (the one it is assigned to and those who approved
// it), the supervisors overseeing its accepting, competent or pickup hall (SupervisionScope:
// their hall and those below; the city's administrators every hall) and the windows of the hall
// where it waits for them (an online application to verify, a supplement to receive, a result to
// hand out). Anyone else sees it masked, and whole only by giving a purpose. Pure: the server
// decides with it and records every read (PersonalDataReads).
class PersonalDataAccess
{
public:
    static constexpr int kMinPurposeLength = 4;   // characters, spaces not counted
    static constexpr int kMaxPurposeLength = 200;

    static bool worksOn(const Account &who, const CaseView &c, const SupervisionScope &scope);
    // The access one read gets. `purpose`: none when the reader did not ask for the data whole;
    // given, it must be kMinPurposeLength..kMaxPurposeLength characters (BadRequest, field
    // `purpose`, translated, otherwise — whether or not the reader works on the case, so a bad
    // purpose never passes unnoticed).
    static Result<PersonalDataAccessLevel> decide(const Account &who, const CaseView &c, const SupervisionScope &scope,
                                                  const std::optional<QString> &purpose);
    // The purpose as it is recorded: trimmed, inner runs of white space made one space.
    static QString normalizedPurpose(const QString &purpose) { return purpose.simplified(); }
    static Status checkPurpose(const QString &purpose);
};

} // namespace ow
