#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/reports/CaseFigures.h"
#include "core/domain/reports/QueueFigures.h"
#include "core/domain/reports/ReportRequest.h"
#include "core/domain/reports/WaitHistogram.h"
#include "core/domain/util/Error.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ow {

// The bodies of the reports (GET /api/v1/reports/queue and /api/v1/reports/cases).
//
// A report names its range, hall and grouping, the halls it covers, the figures of all of them
// together (`total`) and a row per group. A row is flat: what it is (`key`, `hall`, `name_zh`,
// `name_en`) and then every figure under its own name, so the CSV's columns are the row's fields
// in the same order (csvColumns) and a CSV row reads back to the JSON row.
//
// `key` by grouping: hall / office — the hall's code; window — its number; teller / reviewer —
// the user name ("" for tickets no teller took, cases no reviewer holds); matter — the service
// code; category — the category code; day — yyyy-MM-dd; hour — "00"…"23", the hour of issue at
// the hall. `hall`: the hall of a hall, office, window, teller or reviewer row (window numbers
// and staff are per hall), null otherwise. Names: the hall's, the window's label, the person's,
// the matter's or the category's; null when there is none (days, hours, a window without label).

// One row of the queue report (QueueFigures: what each figure counts).
struct QueueReportRow
{
    QString key;
    QString hall;
    LocalizedName name;
    QueueFigures figures;

    QJsonObject toJson() const;
    static Result<QueueReportRow> fromJson(const QJsonObject &o);
    // The columns of the report's CSV, in order (the row's JSON fields).
    static QStringList csvColumns();
    QStringList csvCells() const;
    bool operator==(const QueueReportRow &) const = default;
};

struct QueueReport
{
    QDate from;
    QDate to;
    QString hall;           // the hall asked for (its halls below included)
    ReportGroup group = ReportGroup::Hall;
    int window = 0;         // the window filter (0: none; ReportRequest::window)
    QDateTime generatedAt;  // overdue rectifications count against each hall's day at this instant
    QStringList halls;      // the codes of every hall covered
    QueueFigures total;
    QList<WaitBin> waitHistogram; // the waits of `total` (WaitHistogram: all thirteen bars)
    QList<QueueReportRow> rows;

    QJsonObject toJson() const;
    static Result<QueueReport> fromJson(const QJsonObject &o);
    // UTF-8 with a byte order mark, the header csvColumns(), a row per group (no total).
    QByteArray toCsv() const;
    bool operator==(const QueueReport &) const = default;
};

// One row of the case report (CaseFigures: what each figure counts).
struct CaseReportRow
{
    QString key;
    QString hall;
    LocalizedName name;
    CaseFigures figures;

    QJsonObject toJson() const;
    static Result<CaseReportRow> fromJson(const QJsonObject &o);
    static QStringList csvColumns();
    QStringList csvCells() const;
    bool operator==(const CaseReportRow &) const = default;
};

struct CaseReport
{
    QDate from;
    QDate to;
    QString hall;
    ReportGroup group = ReportGroup::Hall;
    QDateTime generatedAt; // overdue cases count against each office's day at this instant
    QStringList halls;
    CaseFigures total;
    QList<CaseReportRow> rows;

    QJsonObject toJson() const;
    static Result<CaseReport> fromJson(const QJsonObject &o);
    QByteArray toCsv() const;
    bool operator==(const CaseReport &) const = default;
};

} // namespace ow
