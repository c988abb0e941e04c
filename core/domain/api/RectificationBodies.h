#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/queue/RatingLevel.h"
#include "core/domain/queue/RectificationTypes.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <optional>

namespace ow {

// The bodies of a rectification's follow-up (差评整改): the list of a hall's rectifications, one
// rectification with what it is about, a contact with the citizen, the closing.

// POST /api/v1/rectifications/{id}/follow-ups: one contact with the citizen. Read as it came;
// what is missing or wrong is for RectificationRules to say (translated, field by field).
struct FollowUpRequest
{
    QDateTime contactedAt;
    std::optional<ContactChannel> channel;
    std::optional<CitizenAnswer> answer;
    QString cause;  // what the supervisor found so far (may still be empty)
    QString action; // what was done about it so far
    QString note;

    QJsonObject toJson() const;
    static Result<FollowUpRequest> fromJson(const QJsonObject &o);
    bool operator==(const FollowUpRequest &) const = default;
};

// POST /api/v1/rectifications/{id}/close: the cause found and the action taken (both required).
struct CloseRectificationRequest
{
    QString cause;
    QString action;
    QString note;

    QJsonObject toJson() const;
    static Result<CloseRectificationRequest> fromJson(const QJsonObject &o);
    bool operator==(const CloseRectificationRequest &) const = default;
};

// One rectification, as the supervisor's list shows it.
struct RectificationItem
{
    qint64 id = 0;
    QString hall;
    QDate dueDay;
    RectificationState state = RectificationState::Open; // on the hall's day when asked
    RatingLevel level = RatingLevel::Dissatisfied;
    QString service; // the matter rated (catalogue code)
    int window = 0;
    QString ticket; // its number
    qint64 ticketId = 0;
    QString tellerName;
    QString tellerStaffNo;
    QDateTime openedAt;
    QDateTime closedAt;      // invalid while open
    bool closedLate = false; // closed after its due day
    int followUps = 0;       // contacts recorded

    QJsonObject toJson() const;
    static Result<RectificationItem> fromJson(const QJsonObject &o);
    bool operator==(const RectificationItem &) const = default;
};

// The question of GET /api/v1/halls/{hall}/rectifications: which states (open counts the overdue
// too; none: open), and the halls below the hall as well.
struct RectificationFilter
{
    static constexpr int kDefaultLimit = 500, kMaxLimit = 2000;

    std::optional<RectificationState> state; // none: every state
    bool below = false;
    int limit = kDefaultLimit;

    static RectificationFilter open() { return {RectificationState::Open, false, kDefaultLimit}; }
    QUrlQuery toQuery() const;
    static Result<RectificationFilter> fromQuery(const QUrlQuery &query);
    bool operator==(const RectificationFilter &) const = default;
};

// Its answer.
struct RectificationList
{
    QList<RectificationItem> rectifications;

    QJsonObject toJson() const;
    static Result<RectificationList> fromJson(const QJsonObject &o);
    bool operator==(const RectificationList &) const = default;
};

// A contact recorded.
struct RectificationFollowUp
{
    qint64 id = 0;
    QDateTime contactedAt;
    ContactChannel channel = ContactChannel::Phone;
    CitizenAnswer answer = CitizenAnswer::Satisfied;
    QString cause;
    QString action;
    QString note;
    QDateTime recordedAt;
    qint64 recordedBy = 0;
    QString recordedByName;

    QJsonObject toJson() const;
    static Result<RectificationFollowUp> fromJson(const QJsonObject &o);
    bool operator==(const RectificationFollowUp &) const = default;
};

// How it was closed; `answer` is the citizen's answer at the last contact.
struct RectificationClosure
{
    QDateTime closedAt;
    QDate closedDay; // the hall's day of the closing
    qint64 closedBy = 0;
    QString closedByName;
    QString cause;
    QString action;
    QString note;
    CitizenAnswer answer = CitizenAnswer::Satisfied;
    bool late = false;

    QJsonObject toJson() const;
    static Result<RectificationClosure> fromJson(const QJsonObject &o);
    bool operator==(const RectificationClosure &) const = default;
};

// GET /api/v1/rectifications/{id} (and the answer of a follow-up or a closing): the list's row,
// the rating, the ticket and the teller it is about, the matter's name, every contact, the closing.
struct RectificationDetail
{
    RectificationItem rectification;
    qint64 ratingId = 0;
    QDateTime ratedAt;
    QString ticketServiceDay;
    QDateTime ticketIssuedAt;
    QDateTime ticketFinishedAt;
    qint64 tellerId = 0;
    LocalizedName serviceName;
    QList<RectificationFollowUp> followUps; // oldest first
    std::optional<RectificationClosure> closure;

    QJsonObject toJson() const;
    static Result<RectificationDetail> fromJson(const QJsonObject &o);
    bool operator==(const RectificationDetail &) const = default;
};

} // namespace ow
