#pragma once

#include "core/domain/catalogue/ServiceItem.h"

#include <QString>

namespace ow {

// How the 15-minute circle reads on a screen, shared by its models and widgets.
namespace CoverageText {
QString level(OrgLevel level);      // 市级大厅, 县（区）级大厅, 乡镇（街道）便民服务中心, 社区服务站
QString distance(double km);        // 850 米, 12.4 公里
QString minutes(double minutes);    // 约 9 分钟 (步行) …
QString share(double share);        // 62.5%
} // namespace CoverageText

} // namespace ow
