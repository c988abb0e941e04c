#pragma once

#include "core/domain/api/TrainingBodies.h"

#include <QCoreApplication>

namespace ow {

class Catalogue;

// What a training session says to people, in the reader's language: the materials a citizen
// brings (the window's card), each mistake as a sentence, and the trainer's report as HTML.
class TrainingText
{
    Q_DECLARE_TR_FUNCTIONS(ow::TrainingText)
public:
    static QString materialName(const QString &code, const QStringList &services, const Catalogue *catalogue, const QString &language);
    static QString serviceNames(const QStringList &services, const Catalogue *catalogue, const QString &language);
    // "王明远（培训） · 510703…  hands over: ID card, transfer certificate" (what is missing is for the trainee to see).
    static QString citizenCard(const TrainingArrivalView &arrival, const Catalogue *catalogue, const QString &language);
    static QString mistake(const TrainingMistake &m, const TrainingSessionDetail &d, const Catalogue *catalogue, const QString &language);
    static QString stateText(const TrainingArrivalView &arrival);
    static QString reportHtml(const TrainingSessionDetail &d, const Catalogue *catalogue, const QString &language, const QTimeZone &zone);
};

} // namespace ow
