#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace ow {

// Installs the application-wide translation (zh_CN default, en) and switches it at run time;
// widgets retranslate on QEvent::LanguageChange.
class LanguageManager
{
public:
    // The saved choice, else the system locale if it is English, else zh_CN.
    static QString initialLanguage();
    static void apply(const QString &language);
    static QString current();
};

} // namespace ow
