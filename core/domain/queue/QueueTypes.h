#pragma once

#include "core/domain/queue/PriorityGroups.h"
#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

// Where a ticket stands. Every change is also a TicketEvent; this is the derived current state.
enum class TicketState { Waiting, Called, Serving, Parked, Finished, NoShow, Cancelled };
// The rectification_* kinds come after the visit: a bad rating's rectification opened, followed
// up (a contact with the citizen), closed — on the rated ticket's timeline.
enum class TicketEventKind {
    Issued,
    Called,
    Recalled,
    Serving,
    Parked,
    Returned,
    Transferred,
    Finished,
    NoShow,
    Cancelled,
    RectificationOpened,
    RectificationFollowedUp,
    RectificationClosed,
};
enum class Channel { Kiosk, Window, Appointment, Hotline, Online };
enum class MatterOutcome { Pending, Done, AcceptedAsCase, Refused };
enum class WindowState { Closed, Open, Paused };

QString toString(TicketState v);
QString toString(TicketEventKind v);
QString toString(Channel v);
QString toString(MatterOutcome v);
QString toString(WindowState v);
std::optional<TicketState> ticketStateFromString(QStringView s);
std::optional<Channel> channelFromString(QStringView s);
std::optional<MatterOutcome> matterOutcomeFromString(QStringView s);
std::optional<WindowState> windowStateFromString(QStringView s);
std::optional<TicketEventKind> ticketEventKindFromString(QStringView s);

// One requested matter of a ticket (one visit, several matters) and how it ended.
// The guide desk's pre-check of one matter's materials (导服台预审): the checklist's material
// codes the citizen showed, and those they did not, as the catalogue listed them at issue.
struct MaterialPrecheck
{
    QStringList present;
    QStringList missing;

    int total() const { return static_cast<int>(present.size() + missing.size()); }
    QJsonObject toJson() const;
    static Result<MaterialPrecheck> fromJson(const QJsonObject &o);
    bool operator==(const MaterialPrecheck &) const = default;
};

struct TicketMatter
{
    QString serviceCode;
    QString category;
    MatterOutcome outcome = MatterOutcome::Pending;
    QString reason; // for a refusal
    std::optional<MaterialPrecheck> precheck; // pre-checked at the guide desk

    QJsonObject toJson() const;
    static Result<TicketMatter> fromJson(const QJsonObject &o);
    bool operator==(const TicketMatter &) const = default;
};

// A queue ticket such as A023 at one hall on one service day.
struct Ticket
{
    qint64 id = 0;
    qint64 hallId = 0;
    QString serviceDay; // yyyy-MM-dd in the hall's time zone
    QString prefix;
    int sequence = 0;
    QString number; // prefix + 3 digits
    Channel channel = Channel::Kiosk;
    QString priorityGroup; // empty: none
    QString residentId;    // validated or empty; never shown unmasked
    QString phone;
    QDateTime issuedAt;
    TicketState state = TicketState::Waiting;
    int windowNumber = 0;  // the window that called it (0: none)
    qint64 tellerId = 0;
    QDateTime calledAt;
    QDateTime lastCalledAt;
    QDateTime servingSince;
    QDateTime finishedAt;
    QDateTime parkedUntil;
    int recalls = 0;
    double queueKey = 0;   // ordering among the waiting; issue time in seconds, moved by transfers
    qint64 appointmentId = 0;
    QDateTime appointmentAt; // slot start of a checked-in appointment
    int targetWindow = 0;  // transferred to one window only (0: any)
    QList<TicketMatter> matters;
    QString catalogueVersion; // the catalogue version in force when it was issued

    QStringList categories() const;
    // The API's ticket. What the API does not carry (hall id, teller, queue key, appointment,
    // transfer target, last call) stays at its default in fromJson; prefix and sequence are read
    // back from the number.
    QJsonObject toJson(bool withPersonalData) const;
    static Result<Ticket> fromJson(const QJsonObject &o);
    bool operator==(const Ticket &) const = default;
};

// What a window serves: comprehensive windows everything; dedicated ones their categories,
// each with a weight for the window's preference (default 1).
struct WindowProfile
{
    int number = 0;
    bool comprehensive = true;
    QList<QPair<QString, int>> categoryWeights;
    bool serves(const QString &category) const;
    int weight(const QString &category) const; // 0 if not served
    bool canServe(const Ticket &ticket) const;
};

// A hall's queue settings, with the bureau's defaults. The server starts from its command line's
// (the defaults of every hall); an administrator may give a hall its own promise, recall cap and
// gap, priority ratio and groups, overnight numbering and appointment slot capacity (QueueRules).
struct HallQueueConfig
{
    int promiseMinutes = 15;       // the "served within 15 minutes" promise; older tickets jump
    int maxRecalls = 3;            // after this many recalls the next is a no-show
    int recallGapSeconds = 30;     // not sooner than this after the last call
    int appointmentEarlyMinutes = 30; // check-in window around the slot
    int appointmentLateMinutes = 15;
    bool keepNumbersOvernight = false;
    int priorityRatio = 2;         // priority tickets per ordinary one when both wait
    int maxParkMinutes = 120;      // a parked ticket returns to the line after at most this
    int historyDays = 30;          // handling times for the wait estimate come from these days
    int slotCapacity = 6;          // appointments booked per slot
    QList<PriorityGroup> priorityGroups = defaultPriorityGroups();

    bool hasPriorityGroup(const QString &code) const;
};

// What became of one matter of a finished ticket.
struct MatterResult
{
    QString serviceCode;
    MatterOutcome outcome = MatterOutcome::Done;
    QString reason;

    QJsonObject toJson() const;
    static Result<MatterResult> fromJson(const QJsonObject &o);
    bool operator==(const MatterResult &) const = default;
};

} // namespace ow

// Moved in memory as bytes when a waiting line shifts (every member is relocatable).
Q_DECLARE_TYPEINFO(ow::TicketMatter, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ow::Ticket, Q_RELOCATABLE_TYPE);
