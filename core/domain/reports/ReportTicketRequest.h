#pragma once

#include "core/domain/reports/ReportRequest.h"
#include "core/domain/reports/TicketFigure.h"

namespace ow {

// What a drill-down to the tickets asks for (GET /api/v1/reports/queue/tickets): the queue
// report's range, hall, grouping and window filter, the row's key and the figure whose tickets
// are listed.
//
// The row is as the report's rows are, with one difference: a hall, window or teller row belongs
// to one hall, and `hall` names that hall itself (its halls below are not looked at); the other
// groupings look at the hall and every hall below it, as the report does.
struct ReportTicketRequest
{
    ReportRequest report;
    QString key;
    TicketFigure figure = TicketFigure::Issued;

    // `key` is required (it may be empty: the row of tickets without window or teller); `figure`
    // defaults to issued; the report's parameters as ReportRequest::parse reads them (its format
    // must be json). ValidationFailed naming each bad parameter, the first one said in the
    // caller's language.
    static Result<ReportTicketRequest> parse(ReportRequest report, const std::optional<QString> &key, const QString &figure);
};

} // namespace ow
