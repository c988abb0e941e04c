#pragma once

#include <QString>

#include <optional>

namespace ow {

// Which of a report row's tickets a drill-down lists (GET /api/v1/reports/queue/tickets,
// parameter `figure`): those behind one figure of the row. `issued` is every ticket of the row;
// `beyond_promise` the called ones first called later than their hall's promise; `rated` those
// with a rating; `bad_reviews` those rated 不满意 or 非常不满意. By window and by teller, the
// transferred and parked tickets are those the window or teller handed on or parked, and the
// rated ones those rated there — as the row's figures count them.
enum class TicketFigure { Issued, Called, Served, NoShow, Transferred, Parked, WithinPromise, BeyondPromise, Rated, BadReviews };

QString toString(TicketFigure v); // issued, called, served, no_show, transferred, parked, within_promise, beyond_promise, rated, bad_reviews
std::optional<TicketFigure> ticketFigureFromString(QStringView s);

} // namespace ow
