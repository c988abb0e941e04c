#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QTranslator;

namespace ow {

// The compiled translations (zh_CN default, en), loaded once from the resources. The server
// translates per request with it; clients install one of them application-wide.
class LanguagePack
{
public:
    LanguagePack();
    ~LanguagePack();
    LanguagePack(const LanguagePack &) = delete;
    LanguagePack &operator=(const LanguagePack &) = delete;

    static QString defaultLanguage() { return QStringLiteral("zh_CN"); }
    static QStringList languages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

    // Picks a supported language from an HTTP Accept-Language header (default zh_CN).
    static QString fromAcceptLanguage(const QString &header);
    // Maps a locale name such as "zh_CN", "zh-Hans", "en_US" to a supported language.
    static QString normalize(const QString &locale);

    bool isLoaded(const QString &language) const;
    QString translate(const QString &language, const char *context, const char *source) const;

    // A translator for the application; caller owns it. Null if that language failed to load.
    static std::unique_ptr<QTranslator> loadTranslator(const QString &language);

private:
    std::map<QString, std::unique_ptr<QTranslator>> m_translators;
};

} // namespace ow
