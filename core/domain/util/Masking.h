#pragma once

#include <QString>

namespace ow {

// What kind of personal data a string holds, for masking.
enum class PersonalData { Name, ResidentIdNumber, Phone, CardNumber };

// The one masking function: what displays, tickets, logs and public pages show instead of
// personal data. 张三 → 张*, 510703199001011234 → 5107**********1234, 13812345678 → 138****5678.
QString mask(PersonalData kind, const QString &text);

} // namespace ow
