#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/queue/RatingLevel.h"
#include "core/domain/reports/ReportRequest.h"
#include "core/domain/reports/TicketFigure.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ow {

// The tickets behind a figure of the queue report (GET /api/v1/reports/queue/tickets): what a
// supervisor reads when they drill down from a hall, window or teller to the tickets themselves.
// Personal data is masked; what each ticket says is worked out from its events, as the report's
// figures are (TicketRecord).

// A matter of a listed ticket.
struct ReportTicketMatter
{
    QString code;
    LocalizedName name;

    QJsonObject toJson() const;
    static Result<ReportTicketMatter> fromJson(const QJsonObject &o);
    bool operator==(const ReportTicketMatter &) const = default;
};

// A rating given for one of its matters.
struct ReportTicketRating
{
    QString serviceCode;
    RatingLevel level = RatingLevel::Satisfied;

    QJsonObject toJson() const;
    static Result<ReportTicketRating> fromJson(const QJsonObject &o);
    bool operator==(const ReportTicketRating &) const = default;
};

struct ReportTicket
{
    qint64 id = 0;
    QString number;
    QString hall;
    QDate serviceDay;
    QDateTime issuedAt;
    QDateTime firstCalledAt;          // invalid: never called
    int window = 0;                   // the window it ended at; 0: it never reached one
    QString teller;                   // the user name of the teller it ended with; empty: none
    LocalizedName tellerName;
    QList<ReportTicketMatter> matters;
    std::optional<qint64> waitSeconds;     // issue → first call
    std::optional<bool> withinPromise;     // none: never called
    std::optional<qint64> handlingSeconds; // served tickets
    bool served = false;
    bool noShow = false;
    bool transferred = false;
    bool parked = false;
    QList<ReportTicketRating> ratings;
    QString residentId; // masked; empty when none was given

    QJsonObject toJson() const;
    static Result<ReportTicket> fromJson(const QJsonObject &o);
    bool operator==(const ReportTicket &) const = default;
};

struct ReportTicketList
{
    // At most this many are listed (the latest issued first); `count` says how many there are.
    static constexpr int kMaxTickets = 1000;

    QDate from;
    QDate to;
    QString hall;
    ReportGroup group = ReportGroup::Hall;
    QString key;
    int window = 0; // the report's window filter (0: none)
    TicketFigure figure = TicketFigure::Issued;
    QDateTime generatedAt;
    int count = 0;
    QList<ReportTicket> tickets;

    QJsonObject toJson() const;
    static Result<ReportTicketList> fromJson(const QJsonObject &o);
    bool operator==(const ReportTicketList &) const = default;
};

} // namespace ow
