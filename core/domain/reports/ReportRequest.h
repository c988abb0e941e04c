#pragma once

#include "core/domain/util/Error.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// The two reports (GET /api/v1/reports/queue and /api/v1/reports/cases).
enum class ReportKind { Queue, Cases };
// What a report's rows are: a row per hall, window, teller, matter, category, service day, hour
// of issue (the queue report); per accepting hall, competent office, reviewer, matter, intake
// day (the case report).
enum class ReportGroup { Hall, Window, Teller, Matter, Category, Day, Hour, Office, Reviewer };
enum class ReportFormat { Json, Csv };

QString toString(ReportKind v);  // queue, cases
QString toString(ReportGroup v); // hall, window, teller, matter, category, day, hour, office, reviewer
QString toString(ReportFormat v); // json, csv
std::optional<ReportKind> reportKindFromString(QStringView s);
std::optional<ReportGroup> reportGroupFromString(QStringView s);
std::optional<ReportFormat> reportFormatFromString(QStringView s);

// What a report is asked for: the service days from `from` to `to` (both included, at most
// kMaxDays), the hall whose figures it gives (with every hall below it; empty: the caller's
// own), the grouping and the format.
struct ReportRequest
{
    static constexpr int kMaxDays = 366;

    ReportKind kind = ReportKind::Queue;
    QDate from;
    QDate to;
    QString hallCode;
    ReportGroup group = ReportGroup::Hall;
    ReportFormat format = ReportFormat::Json;
    // The queue report's window filter (0: none): only the tickets that ended at this window of
    // `hallCode` itself — not of the halls below — and the ratings given there.
    int window = 0;

    // The groupings a report has, in the order the API lists them.
    static QList<ReportGroup> groupsOf(ReportKind kind);
    // From the query's texts: `from` and `to` (yyyy-MM-dd, required), `hall`, `group` (default
    // hall), `format` (default json, or csv when `acceptsCsv`: the caller's Accept prefers
    // text/csv). Refused with ValidationFailed naming each bad parameter and saying the first
    // problem in the caller's language (ErrorText).
    static Result<ReportRequest> parse(ReportKind kind, const QString &from, const QString &to, const QString &hall,
                                       const QString &group, const QString &format, bool acceptsCsv);
    // The window filter from the query's text (empty: none): a window number from 1, for the
    // queue report only; ValidationFailed naming `window` otherwise.
    Status setWindow(const QString &text);
    // The number of days it covers.
    int days() const { return static_cast<int>(from.daysTo(to)) + 1; }
};

} // namespace ow
