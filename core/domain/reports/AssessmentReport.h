#pragma once

#include "core/domain/api/RectificationBodies.h"
#include "core/domain/api/ReportBodies.h"
#include "core/domain/api/ReportTicketBodies.h"
#include "core/domain/reports/QueueRanking.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace ow {

// What was fetched for one hall's month (月度考核): the queue report by hall, by window and by
// teller, the case report by accepting hall and by reviewer, the tickets of the month with a bad
// review, and the rectifications those bad reviews opened, with their contacts and closing.
// AssessmentLoader (core/client) fills it; AssessmentReport reads the hall's or a teller's report
// out of it, so that one load gives every report of the month.
struct AssessmentMonth
{
    QString hall;          // the hall's code; its own figures only, not the halls below it
    LocalizedName hallName;
    QDate month;           // the first day of the month
    QueueReport byHall;
    QueueReport byWindow;
    QueueReport byTeller;
    CaseReport casesByHall;
    CaseReport casesByReviewer;
    ReportTicketList badTickets;                  // group hall, key `hall`, figure bad_reviews
    QList<RectificationDetail> rectifications;    // at least those of badTickets' tickets

    QDate from() const { return month; }
    QDate to() const { return month.addMonths(1).addDays(-1); }
    // The ids of the tickets of the month with a bad review.
    QSet<qint64> badTicketIds() const;
    // Of a hall's rectifications, those opened by the month's bad reviews (the details to read).
    QList<qint64> rectificationsOfMonth(const QList<RectificationItem> &items) const;
    // The tellers of the hall with a row in the month (user names), in the order of the ranking.
    QStringList tellers() const;
};

// One window or teller in a ranking: its place (from 1; 0 when it is not ranked) and figures.
struct AssessmentRow
{
    int rank = 0;
    QString key;       // window number or user name
    LocalizedName name;
    QueueFigures figures;

    bool operator==(const AssessmentRow &) const = default;
};

// A teller's part of their own report: their row and place among the hall's tellers, and the
// hall beside it — per teller for counts, the hall as a whole for shares and means.
struct AssessmentTellerPart
{
    AssessmentRow row;
    int rankedTellers = 0;     // tellers of the hall with a place
    double servedPerTeller = 0; // the hall's tickets served by its tellers ÷ its tellers
    double ratingsPerTeller = 0;
    double badReviewsPerTeller = 0;
    QueueFigures hall;         // the hall's own figures (satisfaction, waits … of everyone)

    bool operator==(const AssessmentTellerPart &) const = default;
};

// The monthly assessment report (月度考核报告) of a hall, or of one teller of that hall: the
// queue figures, the windows and tellers ranked, the cases, the ratings and every bad review
// of the month with how it was rectified. Pure: made from an AssessmentMonth, no I/O.
//
// The ranking: by tickets served in the month, most first (QueueRanking::By::Served); equal counts
// share a place (1, 2, 2, 4) and are listed by satisfaction, then by name. A row with no ticket
// (it only handed tickets on) has no place and comes last.
struct AssessmentReport
{
    static constexpr QueueRanking::By kRankBy = QueueRanking::By::Served;

    QString hall;
    LocalizedName hallName;
    QDate from;
    QDate to;
    QDateTime generatedAt;
    QueueFigures queue;                       // the hall's own
    QList<AssessmentRow> windows;             // ranked
    QList<AssessmentRow> tellers;             // ranked
    CaseFigures cases;                        // taken in at the hall
    QList<CaseReportRow> reviewers;           // the hall as competent office, by reviewer
    QList<RectificationDetail> badReviews;    // of the month (of the teller), oldest first
    bool badReviewsComplete = true;           // false: more bad reviews than one list holds
    std::optional<AssessmentTellerPart> teller;

    // The hall's report.
    static AssessmentReport ofHall(const AssessmentMonth &month);
    // One teller's report (their user name): NotFound when they have no row in the month.
    static Result<AssessmentReport> ofTeller(const AssessmentMonth &month, const QString &teller);
    // The rows ranked as the report ranks them, in the order it lists them.
    static QList<AssessmentRow> ranked(const QList<QueueReportRow> &rows);
};

} // namespace ow
