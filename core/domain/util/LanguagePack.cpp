#include "core/domain/util/LanguagePack.h"

#include <QTranslator>

namespace ow {

LanguagePack::LanguagePack()
{
    for (const QString &lang : languages()) {
        if (auto t = loadTranslator(lang))
            m_translators.emplace(lang, std::move(t));
    }
}

LanguagePack::~LanguagePack() = default;

std::unique_ptr<QTranslator> LanguagePack::loadTranslator(const QString &language)
{
    auto t = std::make_unique<QTranslator>();
    if (!t->load(QStringLiteral(":/i18n/onewindow_%1.qm").arg(language)))
        return nullptr;
    return t;
}

QString LanguagePack::normalize(const QString &locale)
{
    const QString l = locale.trimmed().toLower();
    if (l.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return defaultLanguage();
}

QString LanguagePack::fromAcceptLanguage(const QString &header)
{
    // Take the first listed language we support; quality values are rarely sent by our clients.
    const auto parts = header.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString tag = part.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
        if (tag.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (tag.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return defaultLanguage();
}

bool LanguagePack::isLoaded(const QString &language) const
{
    return m_translators.count(language) > 0;
}

QString LanguagePack::translate(const QString &language, const char *context, const char *source) const
{
    const auto it = m_translators.find(language);
    if (it != m_translators.end()) {
        const QString text = it->second->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

} // namespace ow
