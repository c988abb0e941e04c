#pragma once

#include <QtGlobal>

#include <optional>

namespace ow {

// A share as reports give it: part ÷ whole, a number from 0 to 1 rounded to four decimals
// (0.6667 for two of three), and none at all when there is no whole to take it of.
class Share
{
public:
    static std::optional<double> of(qint64 part, qint64 whole);
};

} // namespace ow
