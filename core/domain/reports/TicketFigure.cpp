#include "core/domain/reports/TicketFigure.h"

#include "core/domain/util/EnumText.h"

namespace ow {

namespace {
constexpr EnumText<TicketFigure, 10> kFigures{{{{TicketFigure::Issued, "issued"},
                                                {TicketFigure::Called, "called"},
                                                {TicketFigure::Served, "served"},
                                                {TicketFigure::NoShow, "no_show"},
                                                {TicketFigure::Transferred, "transferred"},
                                                {TicketFigure::Parked, "parked"},
                                                {TicketFigure::WithinPromise, "within_promise"},
                                                {TicketFigure::BeyondPromise, "beyond_promise"},
                                                {TicketFigure::Rated, "rated"},
                                                {TicketFigure::BadReviews, "bad_reviews"}}}};
} // namespace

QString toString(TicketFigure v) { return kFigures.toString(v); }
std::optional<TicketFigure> ticketFigureFromString(QStringView s) { return kFigures.fromString(s); }

} // namespace ow
