#pragma once

#include "core/domain/risk/RiskTypes.h"
#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace ow {

class Database;
class WorkCalendar;
struct RiskDay;

// One recorded event of a ticket.
struct RiskTicketEvent
{
    qint64 id = 0;
    QString kind; // TicketEventKind's wire name
    QDateTime at;
    qint64 actorId = 0;
    int window = 0;
    QJsonObject detail;
};

// A ticket of the day with its events (id order) and its first matter.
struct RiskTicket
{
    qint64 id = 0;
    QString number;
    QString channel;
    QString residentId;
    QString matter;
    QList<RiskTicketEvent> events;
};

// One event of a case (its intake, a review step…) with the case's facts.
struct RiskCaseEvent
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNumber;
    QString service;
    QString applicantId;
    qint64 hallId = 0;   // the accepting hall
    qint64 officeId = 0; // the competent office
    QString action;
    qint64 actorId = 0;
    QDateTime at;
};

// A lookup of a person's cases.
struct RiskLookup
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString idNumber;
    QDateTime at;
};

// A person's account as the checks name it.
struct RiskStaff
{
    qint64 id = 0;
    QString username;
    QString name;
    QString role;
    QString idNumber;
    bool person() const { return role != QLatin1String("kiosk") && role != QLatin1String("display"); }
};

// What the checks read about one hall's day, read once per evaluation and shared by the checks.
// Plain queries on the indexes the reports use; the checks decide.
class RiskFacts
{
public:
    RiskFacts(Database &db, const WorkCalendar &calendar, const RiskDay &day) : m_db(db), m_calendar(calendar), m_day(day) {}

    Database &db() { return m_db; }
    const WorkCalendar &calendar() const { return m_calendar; }
    // The day's tickets (their service day) with every event.
    Result<QList<RiskTicket>> tickets();
    // Every case event at the hall within the day (hall_id of the event, or — for an event
    // without a hall, a reviewer's — the case's competent office).
    Result<QList<RiskCaseEvent>> caseEvents();
    // The day's intake steps (accept, refuse, complete on the spot, verify) at the hall.
    Result<QList<RiskCaseEvent>> intakes();
    // The lookups made within the day by the hall's staff.
    Result<QList<RiskLookup>> lookups();
    std::optional<RiskStaff> staff(qint64 id);

private:
    Database &m_db;
    const WorkCalendar &m_calendar;
    const RiskDay &m_day;
    std::optional<Result<QList<RiskTicket>>> m_tickets;
    std::optional<Result<QList<RiskCaseEvent>>> m_caseEvents;
    std::optional<Result<QList<RiskLookup>>> m_lookups;
    QHash<qint64, std::optional<RiskStaff>> m_staff;
};

} // namespace ow
