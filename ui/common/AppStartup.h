#pragma once

#include "core/client/TlsTrust.h"

#include <QString>

#include <optional>

namespace ow {

// What every desktop program does first: names for QSettings, the UI language, the font.
// `language` overrides the saved/system choice when not empty. Returns the data folder.
QString initDesktopApplication(const QString &language, const QString &dataDirOverride);

// A hall device's account: from --device/--password, overridden by an INI file
// ([device] username=…, password=…) when one is given, so the password stays off the command line.
struct DeviceCredentials
{
    QString username;
    QString password;
};
DeviceCredentials readDeviceCredentials(const QString &device, const QString &password, const QString &iniFile);

// Whom the server must prove to be: the CA file of --ca-file (`caFileOption`), else of the setting
// client/caFile, else the system's authorities. A CA file that cannot be used is refused with a
// translated line on standard error naming `program`, and nullopt: the program then stops
// rather than trust the wrong server.
std::optional<TlsTrust> loadTlsTrust(const QString &caFileOption, const char *program);

} // namespace ow
