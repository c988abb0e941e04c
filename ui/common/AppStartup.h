#pragma once

#include <QString>

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

} // namespace ow
