#pragma once

#include "core/domain/queue/RatingLevel.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace ow {

class Catalogue;

// One citizen of a training scenario: when they arrive, what they ask for, the materials they
// deliberately leave at home, and the rating they give once served.
struct ScenarioArrival
{
    int atMinute = 0;      // after the session starts
    QStringList services;  // catalogue codes, as a ticket's matters
    QStringList missing;   // material codes of those matters the citizen does not bring
    std::optional<RatingLevel> rating; // given for every matter done; none: the citizen does not rate
    QString note;          // for the trainer: what the arrival is meant to teach

    QJsonObject toJson() const;
    static Result<ScenarioArrival> fromJson(const QJsonObject &o);
    bool operator==(const ScenarioArrival &) const = default;
};

// A training scenario (培训情景), the file a trainer writes (docs/training.md): a title, the seed of
// its generated citizens, and the arrivals in order.
struct TrainingScenario
{
    static constexpr int kMaxArrivals = 200;
    static constexpr int kMaxMinute = 8 * 60;

    QString title;
    int seed = 1;
    QList<ScenarioArrival> arrivals;

    QJsonObject toJson() const;
    static Result<TrainingScenario> fromJson(const QJsonObject &o);
    // A scenario file as a trainer wrote it: ValidationFailed whose detail names every problem
    // ("not JSON: …", or "title: required; arrivals[0].services: at least one matter").
    static Result<TrainingScenario> fromFile(const QByteArray &contents);
    // What does not fit the catalogue, per field ("arrivals[2].services": "unknown matter XX-999"):
    // empty when every matter exists and every missing material is one of its arrival's matters'.
    QJsonObject catalogueProblems(const Catalogue &catalogue) const;
    bool operator==(const TrainingScenario &) const = default;
};

// A generated citizen of a training hall: a valid resident ID number (GB 11643 checksum, a
// Mianyang region code), a fictitious name marked as such, and a number nobody answers.
struct TrainingCitizen
{
    QString idNumber;
    QString name; // ends in kMark
    QString phone;

    QJsonObject toJson() const;
    static Result<TrainingCitizen> fromJson(const QJsonObject &o);
    bool operator==(const TrainingCitizen &) const = default;
};

class TrainingCitizens
{
public:
    static const QString kMark; // （培训）
    // `count` different citizens, the same for the same seed; adults born before `today`.
    static QList<TrainingCitizen> generate(int count, int seed, QDate today);
};

} // namespace ow
