#pragma once

#include "core/domain/util/Error.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace ow {

// Reading a request's query parameters into a list filter, as JsonReader reads bodies: each value
// that does not fit is kept as a problem under its name, and finish() answers ValidationFailed
// naming all of them — or the filter.
class QueryReader
{
public:
    explicit QueryReader(QUrlQuery query) : m_query(std::move(query)) {}

    bool has(const QString &key) const { return m_query.hasQueryItem(key); }
    QString text(const QString &key) const { return m_query.queryItemValue(key, QUrl::FullyDecoded); }
    // `true` or `false`; absent: `fallback`; anything else a problem ("true or false").
    bool flag(const QString &key, bool fallback = false);
    // A whole number from `min` to `max`; absent: `fallback`; anything else a problem — `why`, or
    // "min to max".
    int number(const QString &key, int fallback, int min, int max, const QString &why = {});
    void problem(const QString &key, const QString &why) { m_problems.insert(key, why); }
    QJsonObject &problems() { return m_problems; }

    template<typename T>
    Result<T> finish(T value) const
    {
        if (!m_problems.isEmpty())
            return invalidFieldsError(m_problems);
        return value;
    }

private:
    QUrlQuery m_query;
    QJsonObject m_problems;
};

} // namespace ow
