#pragma once

#include <QString>

namespace ow {

// What every desktop program does first: names for QSettings, the UI language, the font.
// `language` overrides the saved/system choice when not empty. Returns the data folder.
QString initDesktopApplication(const QString &language, const QString &dataDirOverride);

} // namespace ow
