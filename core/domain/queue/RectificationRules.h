#pragma once

#include "core/domain/api/RectificationBodies.h"

#include <QList>

namespace ow {

// What a rectification's follow-up and closing must hold, said once for the server (which
// refuses) and for the desk's form (which says it as the supervisor types).
class RectificationRules
{
public:
    static constexpr int kMaxText = 500; // characters of a cause, an action, a note

    // One problem: the field at fault (its JSON name) and why, as an "ow::Errors" source text —
    // the server's refusal carries the source and translates it into the request's language;
    // the desk shows text().
    struct Problem
    {
        QString field;
        const char *source = nullptr;
        bool operator==(const Problem &) const = default;
    };

    // A contact: when (required, not before the bad rating, not later than now — a minute's
    // difference between clocks allowed), how and the citizen's answer (required), and texts
    // no longer than kMaxText.
    static QList<Problem> checkFollowUp(const FollowUpRequest &request, const QDateTime &ratedAt, const QDateTime &now);
    // The closing: the cause found and the action taken (required), texts no longer than kMaxText.
    static QList<Problem> checkClose(const CloseRectificationRequest &request);
    // Why a rectification cannot be closed at all (nullptr: it can): it is closed already, or
    // nobody has contacted the citizen yet.
    static const char *closeBlocker(bool closed, int followUps);

    static QString text(const Problem &problem); // translated for this program
    // ValidationFailed naming every field, with the source texts (translated by the server).
    static Error refusal(const QList<Problem> &problems);
};

} // namespace ow
