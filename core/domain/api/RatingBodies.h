#pragma once

#include "core/domain/queue/RatingLevel.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ow {

// The bodies of ratings and of the rectification a bad one opens (the queue's bodies include this
// header; the rectification's own follow-up is in RectificationBodies.h).

// POST …/rating (by ticket id, or by number for a ticket of an offline window).
struct RatingRequest
{
    QString service;
    RatingLevel level = RatingLevel::Satisfied;

    QJsonObject toJson() const;
    static Result<RatingRequest> fromJson(const QJsonObject &o);
    bool operator==(const RatingRequest &) const = default;
};

// The rectification a bad rating opened.
struct RectificationRef
{
    qint64 id = 0;
    QDate dueDay;
    QString status; // open, closed

    QJsonObject toJson() const;
    static Result<RectificationRef> fromJson(const QJsonObject &o);
    bool operator==(const RectificationRef &) const = default;
};

// A stored rating: the answer of POST …/rating and the rating.submitted event.
struct RatingRecord
{
    qint64 id = 0;
    QString ticket; // its number
    QString service;
    RatingLevel level = RatingLevel::Satisfied;
    int window = 0;
    QDateTime at;
    std::optional<RectificationRef> rectification;

    QJsonObject toJson() const;
    static Result<RatingRecord> fromJson(const QJsonObject &o);
    bool operator==(const RatingRecord &) const = default;
};

} // namespace ow
