#include "core/domain/util/QueryReader.h"

namespace ow {

bool QueryReader::flag(const QString &key, bool fallback)
{
    const QString v = m_query.queryItemValue(key);
    if (v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("false"))
        return false;
    if (!v.isEmpty())
        problem(key, QStringLiteral("true or false"));
    return fallback;
}

int QueryReader::number(const QString &key, int fallback, int min, int max, const QString &why)
{
    if (!m_query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int v = m_query.queryItemValue(key).toInt(&ok);
    if (ok && v >= min && v <= max)
        return v;
    problem(key, why.isEmpty() ? QStringLiteral("%1 to %2").arg(min).arg(max) : why);
    return fallback;
}

} // namespace ow
