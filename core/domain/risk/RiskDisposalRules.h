#pragma once

#include "core/domain/api/RiskBodies.h"
#include "core/domain/org/AdminRules.h"

namespace ow {

// The check of a disposal as the supervisor types it: exactly the server's (the request body's
// own reading, RiskDisposalRequest::fromJson), so the form and the server never disagree; the
// problems by field ("reason"), translated for the screen.
class RiskDisposalRules
{
public:
    static FieldProblems check(const RiskDisposalRequest &request);
};

} // namespace ow
