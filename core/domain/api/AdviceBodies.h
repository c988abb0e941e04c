#pragma once

#include "core/domain/org/Org.h"
#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ow {

// A waiting ticket projected to break the hall's promise, or close to it (超时预警): the body of
// each `ticket.at_risk` event and of the `at_risk` list of GET /api/v1/halls/{hall}/advice.
struct PromiseRiskTicket
{
    qint64 ticketId = 0;
    QString number;
    QStringList services;
    QDateTime issuedAt;
    QDateTime projectedCallAt;        // invalid: no open window can serve it
    qint64 projectedWaitSeconds = -1; // from issue to the projected call (-1: unknown)
    bool breaksPromise = false;       // projected past the promise, not only close to it
    int promiseMinutes = 15;

    int projectedWaitMinutes() const; // to the nearest minute; -1 unknown
    QJsonObject toJson() const;
    static Result<PromiseRiskTicket> fromJson(const QJsonObject &o);
    bool operator==(const PromiseRiskTicket &) const = default;
};

// A closed window the advice would open now (潮汐窗口), with the profile to give it.
struct TidalOpening
{
    int window = 0;
    QString label;
    WindowKind kind = WindowKind::Comprehensive;
    QStringList categories; // a dedicated window's

    QJsonObject toJson() const;
    static Result<TidalOpening> fromJson(const QJsonObject &o);
    bool operator==(const TidalOpening &) const = default;
};

// GET /api/v1/halls/{hall}/advice: the live picture behind the 15-minute promise — each waiting
// ticket projected past the promise or within its warning margin, the tidal windows to open now
// so that nobody is, the idle windows the line can do without, and until when the forecast says
// the extra windows are needed.
struct HallAdvice
{
    QString hall;
    QString timeZone; // the hall's, for showing the times on its clock
    QDateTime at;
    int promiseMinutes = 15;
    int warnBeforeMinutes = 3;
    int waiting = 0;
    int openWindows = 0;
    QList<PromiseRiskTicket> atRisk; // in line order
    QList<TidalOpening> open;
    QList<int> mayClose;
    QDateTime openUntil; // invalid: the forecast does not know (no history)

    int breaking() const; // of atRisk, those projected past the promise
    QJsonObject toJson() const;
    static Result<HallAdvice> fromJson(const QJsonObject &o);
    bool operator==(const HallAdvice &) const = default;
};

} // namespace ow
