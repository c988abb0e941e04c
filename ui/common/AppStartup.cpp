#include "ui/common/AppStartup.h"

#include "core/client/ClientSettings.h"
#include "ui/common/LanguageManager.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <iostream>

namespace ow {

QString initDesktopApplication(const QString &language, const QString &dataDirOverride)
{
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OW_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("OneWindow 一窗通"));
    LanguageManager::apply(language.isEmpty() ? LanguageManager::initialLanguage() : language);
    const QString dir = dataDirOverride.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                            : dataDirOverride;
    QDir().mkpath(dir);
    return dir;
}

DeviceCredentials readDeviceCredentials(const QString &device, const QString &password, const QString &iniFile)
{
    DeviceCredentials c{device, password};
    if (!iniFile.isEmpty()) {
        QSettings file(iniFile, QSettings::IniFormat);
        c.username = file.value(QStringLiteral("device/username"), c.username).toString();
        c.password = file.value(QStringLiteral("device/password"), c.password).toString();
    }
    return c;
}

std::optional<TlsTrust> loadTlsTrust(const QString &caFileOption, const char *program)
{
    const QString caFile = caFileOption.isEmpty() ? ClientSettings::caFile().value() : caFileOption;
    if (caFile.isEmpty())
        return TlsTrust();
    auto trust = TlsTrust::fromCaFile(caFile);
    if (!trust) {
        std::cerr << program << ": " << trust.error().detail.toStdString() << "\n";
        return std::nullopt;
    }
    return std::move(trust).value();
}

} // namespace ow
