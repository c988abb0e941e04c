#pragma once

#include "core/domain/queue/RatingLevel.h"
#include "core/domain/reports/CaseRecord.h"
#include "core/domain/reports/TicketRecord.h"
#include "core/domain/reports/WindowTime.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace ow {

class Database;

// A rating as the queue report counts it, with its ticket's day and hour of issue and the
// rectification it opened (if it was bad).
struct RatingRow
{
    qint64 ticketId = 0;
    qint64 hallId = 0;
    QDate serviceDay;
    QDateTime issuedAt;
    QString serviceCode;
    QString category;
    qint64 tellerId = 0;
    int window = 0;
    RatingLevel level = RatingLevel::Satisfied;
    bool rectification = false;
    bool closed = false; // the rectification's status is closed, or it has a closing time
    QDate dueDay;
};

// A case's intake facts and its whole timeline.
struct CaseRow
{
    qint64 caseId = 0;
    QString serviceCode;
    qint64 hallId = 0;
    qint64 officeHallId = 0;
    int timeLimitDays = 0;
    QList<CaseEventRow> events;
};

// What a drill-down shows of a ticket beside its record: its number, and the resident ID number
// given (unmasked here; masked before it leaves the server).
struct TicketHead
{
    QString number;
    QString residentId;
};

// The recorded state changes of some halls' windows over a range of days, and each window's last
// change before the range (what it was when the range began).
struct WindowHistory
{
    QList<WindowEventRow> events;
    QList<WindowEventRow> before;
};

// The consultations of one hall and service day: how many, and their summed duration.
struct ConsultationDay
{
    qint64 hallId = 0;
    QDate day;
    int count = 0;
    qint64 seconds = 0;
};

// Who an account is, for a report's teller and reviewer rows.
struct StaffName
{
    QString username;
    QString nameZh;
    QString nameEn;
};

// The reports' reads: the recorded events of the tickets and cases of some halls over a range
// of days, and nothing else — every figure is worked out from these (core/domain/reports).
// Each query says which index it runs on; the halls are given as a list of ids (an IN list
// of integers, never of texts from a request).
class ReportReader
{
public:
    explicit ReportReader(Database &db) : m_db(db) {}

    // The tickets issued at `hallIds` on the service days from..to, each folded from its events,
    // with its matters.
    Result<QList<TicketRecord>> tickets(const QList<qint64> &hallIds, const QDate &from, const QDate &to) const;
    // The windows' state changes at `hallIds` on the service days from..to, and before them.
    Result<WindowHistory> windowEvents(const QList<qint64> &hallIds, const QDate &from, const QDate &to) const;
    // The consultations logged at `hallIds` on the service days from..to, by hall and day.
    Result<QList<ConsultationDay>> consultations(const QList<qint64> &hallIds, const QDate &from, const QDate &to) const;
    // The ratings of those tickets, with their rectifications; `tickets` is what tickets() read
    // for the same halls and days (each rating's hour of issue and category are taken from it).
    // The 12333 complaints linked to tickets of these halls and days: how many per ticket id.
    Result<QHash<qint64, int>> complaints(const QList<qint64> &hallIds, const QDate &from, const QDate &to) const;
    Result<QList<RatingRow>> ratings(const QList<TicketRecord> &tickets, const QList<qint64> &hallIds, const QDate &from,
                                     const QDate &to) const;
    // The cases taken in at a window (accepted, verified, completed on the spot or refused)
    // between the instants `fromMs` (included) and `untilMs` (excluded) whose accepting hall —
    // or competent office, `byOffice` — is one of `hallIds`; with every event of each.
    Result<QList<CaseRow>> cases(const QList<qint64> &hallIds, bool byOffice, qint64 fromMs, qint64 untilMs) const;
    // The number and resident ID of tickets by id.
    Result<QHash<qint64, TicketHead>> ticketHeads(const QList<qint64> &ids) const;
    // The names of accounts by id.
    Result<QHash<qint64, StaffName>> staff(const QList<qint64> &ids) const;

private:
    Database &m_db;
};

} // namespace ow
