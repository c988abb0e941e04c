#pragma once

#include "core/domain/api/WorkOrderBodies.h"

#include <QList>

namespace ow {

// What a work order must hold, said once for the server (which refuses) and for the hotline
// screen (which says it as the agent types). Problems carry "ow::Errors" source texts: the server
// translates them into the request's language, the desk shows text().
class WorkOrderRules
{
public:
    static constexpr int kMaxText = 1000; // characters of what was said, an answer, a note

    struct Problem
    {
        QString field;
        const char *source = nullptr;
        bool operator==(const Problem &) const = default;
    };

    // A new work order: a known kind, a caller's number (a mainland mobile number, or a landline
    // with its area code), a hall, what was said (≤ kMaxText); a ticket day only with a ticket.
    // Whether the hall, matter and ticket exist is the server's to say.
    static QList<Problem> checkNew(const NewWorkOrderRequest &request);
    static QList<Problem> checkAnswer(const AnswerWorkOrderRequest &request);
    static QList<Problem> checkNote(const WorkOrderNoteRequest &request);

    static bool isPhoneNumber(const QString &phone);
    static bool isMobileNumber(const QString &phone);

    static QString text(const Problem &problem); // translated for this program
    // ValidationFailed naming every field, with the source texts (translated by the server).
    static Error refusal(const QList<Problem> &problems);
};

} // namespace ow
