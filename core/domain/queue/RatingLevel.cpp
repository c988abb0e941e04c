#include "core/domain/queue/RatingLevel.h"

#include "core/domain/util/EnumText.h"

#include <QCoreApplication>

namespace ow {

namespace {
constexpr EnumText<RatingLevel, 5> kLevels{{{{RatingLevel::VerySatisfied, "very_satisfied"},
                                             {RatingLevel::Satisfied, "satisfied"},
                                             {RatingLevel::BasicallySatisfied, "basically_satisfied"},
                                             {RatingLevel::Dissatisfied, "dissatisfied"},
                                             {RatingLevel::VeryDissatisfied, "very_dissatisfied"}}}};
}

QString toString(RatingLevel v) { return kLevels.toString(v); }
std::optional<RatingLevel> ratingLevelFromString(QStringView s) { return kLevels.fromString(s); }

QString ratingLevelText(RatingLevel v)
{
    switch (v) {
    case RatingLevel::VerySatisfied:
        return QCoreApplication::translate("ow::Rating", "Very satisfied");
    case RatingLevel::Satisfied:
        return QCoreApplication::translate("ow::Rating", "Satisfied");
    case RatingLevel::BasicallySatisfied:
        return QCoreApplication::translate("ow::Rating", "Basically satisfied");
    case RatingLevel::Dissatisfied:
        return QCoreApplication::translate("ow::Rating", "Dissatisfied");
    case RatingLevel::VeryDissatisfied:
        return QCoreApplication::translate("ow::Rating", "Very dissatisfied");
    }
    return {};
}

} // namespace ow
