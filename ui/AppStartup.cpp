#include "ui/AppStartup.h"

#include "ui/LanguageManager.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

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

} // namespace ow
