#pragma once

#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// Where a question was answered without a ticket: the hall's guide desk (导服台), the 12333
// hotline, or online.
enum class ConsultationChannel { GuideDesk, Hotline, Online };
QString toString(ConsultationChannel v);
std::optional<ConsultationChannel> consultationChannelFromString(QStringView s);

// GET /api/v1/catalogue/search: one matter found, with its score and why it matched
// (MatterFinder).
struct MatterSearchHit
{
    QString service;
    int score = 0;
    QList<QPair<QString, QString>> why; // field (name, code, pinyin, category, material) → text

    QJsonObject toJson() const;
    static Result<MatterSearchHit> fromJson(const QJsonObject &o);
    bool operator==(const MatterSearchHit &) const = default;
};

struct MatterSearchResult
{
    QString query;
    QList<MatterSearchHit> hits; // best first

    QJsonObject toJson() const;
    static Result<MatterSearchResult> fromJson(const QJsonObject &o);
    bool operator==(const MatterSearchResult &) const = default;
};

// POST /api/v1/halls/{hall}/consultations: a question answered without a ticket.
struct ConsultationRequest
{
    QString service; // empty: no particular matter
    ConsultationChannel channel = ConsultationChannel::GuideDesk;
    qint64 durationSeconds = 0;

    QJsonObject toJson() const;
    static Result<ConsultationRequest> fromJson(const QJsonObject &o);
    bool operator==(const ConsultationRequest &) const = default;
};

struct Consultation
{
    qint64 id = 0;
    QString hall;
    QDate serviceDay;
    QString service; // empty: none
    ConsultationChannel channel = ConsultationChannel::GuideDesk;
    qint64 durationSeconds = 0;
    QString by; // the user name of who answered
    QDateTime at;

    QJsonObject toJson() const;
    static Result<Consultation> fromJson(const QJsonObject &o);
    bool operator==(const Consultation &) const = default;
};

// GET /api/v1/halls/{hall}/consultations?day=: a hall's consultations of one service day, with
// their count and total duration.
struct ConsultationList
{
    QString hall;
    QDate serviceDay;
    int count = 0;
    qint64 totalSeconds = 0;
    QList<Consultation> items; // in the order logged

    QJsonObject toJson() const;
    static Result<ConsultationList> fromJson(const QJsonObject &o);
    bool operator==(const ConsultationList &) const = default;
};

} // namespace ow
