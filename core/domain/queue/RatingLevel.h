#pragma once

#include <QString>

#include <optional>

namespace ow {

// 好差评: the five levels of GB/T 39735-2020.
enum class RatingLevel { VerySatisfied, Satisfied, BasicallySatisfied, Dissatisfied, VeryDissatisfied };
QString toString(RatingLevel v);
std::optional<RatingLevel> ratingLevelFromString(QStringView s);
QString ratingLevelText(RatingLevel v); // translated: 非常满意 …

} // namespace ow
