#include "core/client/ClientSettings.h"

namespace ow {

const Setting<QString> &ClientSettings::serverUrl()
{
    static const Setting<QString> s{"client/serverUrl", QStringLiteral("http://127.0.0.1:8460")};
    return s;
}

const Setting<QString> &ClientSettings::lastUsername()
{
    static const Setting<QString> s{"client/lastUsername", QString()};
    return s;
}

const Setting<QString> &ClientSettings::language()
{
    static const Setting<QString> s{"client/language", QString()};
    return s;
}

const Setting<int> &ClientSettings::probeIntervalMs()
{
    static const Setting<int> s{"client/probeIntervalMs", 5000};
    return s;
}

const Setting<QString> &ClientSettings::caFile()
{
    static const Setting<QString> s{"client/caFile", QString()};
    return s;
}

const Setting<QByteArray> &ClientSettings::mainWindowGeometry()
{
    static const Setting<QByteArray> s{"ui/mainWindowGeometry", QByteArray()};
    return s;
}

} // namespace ow
