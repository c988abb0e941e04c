#include "ui/common/LanguageManager.h"

#include "core/client/ClientSettings.h"
#include "core/domain/util/LanguagePack.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace ow {

namespace {
std::unique_ptr<QTranslator> &installed()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
QString &currentLanguage()
{
    static QString lang = LanguagePack::defaultLanguage();
    return lang;
}
} // namespace

QString LanguageManager::initialLanguage()
{
    const QString saved = ClientSettings::language().value();
    if (!saved.isEmpty())
        return LanguagePack::normalize(saved);
    return LanguagePack::normalize(QLocale::system().name());
}

void LanguageManager::apply(const QString &language)
{
    const QString lang = LanguagePack::normalize(language);
    if (installed()) {
        QCoreApplication::removeTranslator(installed().get());
        installed().reset();
    }
    if (auto t = LanguagePack::loadTranslator(lang)) {
        QCoreApplication::installTranslator(t.get());
        installed() = std::move(t);
    }
    currentLanguage() = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QLocale::English : QLocale::Chinese,
                                lang == QLatin1String("en") ? QLocale::UnitedStates : QLocale::China));
}

QString LanguageManager::current()
{
    return currentLanguage();
}

} // namespace ow
