#pragma once

#include "core/domain/cases/CaseTypes.h"
#include "core/domain/queue/QueueTypes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// The bodies of the cases area of the API (docs/api/openapi.yaml, tag cases, and the public
// status of cases and tickets) that are not a domain type of their own. CaseView, IntakeRequest,
// CaseStep and ApplicantHistory are in core/domain/cases/CaseTypes.h.
namespace ow {

// GET /api/v1/cases: the caller's worklist, personal data masked.
struct CaseList
{
    QList<CaseView> cases;

    QJsonObject toJson() const;
    static Result<CaseList> fromJson(const QJsonObject &o);
    bool operator==(const CaseList &) const = default;
};

// GET /api/v1/case-changes: the cases changed since a cursor, and the cursor to ask from next.
struct CaseChanges
{
    qint64 cursor = 0;
    QStringList cases; // case numbers, oldest change first, each once
    bool more = false; // the limit cut the list short: ask again from `cursor`

    QJsonObject toJson() const;
    static Result<CaseChanges> fromJson(const QJsonObject &o);
    bool operator==(const CaseChanges &) const = default;
};

// A reviewer of a case's competent office, for a supervisor's reassignment.
struct CaseReviewer
{
    qint64 id = 0;
    QString username;
    QString name;
    int openCases = 0;
    bool current = false;  // holds the case now
    bool eligible = false; // may take it: not its receiver, not an approver so far, skilled

    QJsonObject toJson() const;
    static Result<CaseReviewer> fromJson(const QJsonObject &o);
    bool operator==(const CaseReviewer &) const = default;
};

// GET /api/v1/cases/{number}/reviewers
struct CaseReviewers
{
    QList<CaseReviewer> reviewers;

    QJsonObject toJson() const;
    static Result<CaseReviewers> fromJson(const QJsonObject &o);
    bool operator==(const CaseReviewers &) const = default;
};

// One lookup of a person at a window, for the audit of personal data read.
struct CitizenLookup
{
    QString username;
    QString name;
    QString hallCode;
    bool found = false;
    QDateTime at;

    QJsonObject toJson() const;
    static Result<CitizenLookup> fromJson(const QJsonObject &o);
    bool operator==(const CitizenLookup &) const = default;
};

// GET /api/v1/citizens/{id_number}/lookups: newest first.
struct CitizenLookups
{
    QList<CitizenLookup> lookups;

    QJsonObject toJson() const;
    static Result<CitizenLookups> fromJson(const QJsonObject &o);
    bool operator==(const CitizenLookups &) const = default;
};

// A required material not received, as an intake refusal lists it (error.missing): what the
// one-time notice prints.
struct MissingMaterial
{
    QString code;
    QString name;   // Chinese
    QString nameEn;

    QJsonObject toJson() const;
    static Result<MissingMaterial> fromJson(const QJsonObject &o);
    bool operator==(const MissingMaterial &) const = default;
};

// GET /api/v1/public/cases/{number}?id_last4=…: a case as the citizen may see it without login —
// no personal data.
struct PublicCaseStatus
{
    QString number;
    QString serviceCode;
    CaseState state = CaseState::Accepted;
    QDate acceptedDay;
    QDate dueDate;                 // invalid: no time limit
    QString pickupHallCode;
    std::optional<QString> missing; // while waiting for a supplement: what the reviewer asked for

    QJsonObject toJson() const;
    static Result<PublicCaseStatus> fromJson(const QJsonObject &o);
    bool operator==(const PublicCaseStatus &) const = default;
};

// GET /api/v1/public/tickets/{hall}/{day}/{number}: a ticket as its holder may see it, behind the
// ticket's QR code — no personal data.
struct PublicTicketStatus
{
    // The wait of a waiting ticket of today (the wire form of the queue's WaitEstimate).
    struct Wait
    {
        int peopleAhead = 0;
        int capableWindows = 0;
        std::optional<int> optimisticMinutes;  // none when no open window can serve it
        std::optional<int> pessimisticMinutes;

        QJsonObject toJson() const;
        static Result<Wait> fromJson(const QJsonObject &o);
        bool operator==(const Wait &) const = default;
    };

    QString hallCode;
    QString hallNameZh;
    QString hallNameEn;
    QString number;
    QDate serviceDay;
    TicketState state = TicketState::Waiting;
    QDateTime issuedAt;
    QStringList matters;              // catalogue codes
    std::optional<int> window;        // called or serving: where
    QDateTime parkedUntil;            // parked: when it returns to the line
    std::optional<Wait> wait;

    QJsonObject toJson() const;
    static Result<PublicTicketStatus> fromJson(const QJsonObject &o);
    bool operator==(const PublicTicketStatus &) const = default;
};

} // namespace ow
