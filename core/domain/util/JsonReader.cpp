#include "core/domain/util/JsonReader.h"

namespace ow {

namespace {

QString typeProblem(const char *expected)
{
    return QStringLiteral("%1 expected").arg(QLatin1String(expected));
}

} // namespace

void JsonReader::problem(const QString &key, const QString &why)
{
    m_problems.insert(key, why);
}

QString JsonReader::text(QLatin1StringView key, const QString &fallback)
{
    if (!has(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        problem(key, typeProblem("text"));
        return fallback;
    }
    return v.toString();
}

qint64 JsonReader::integer(QLatin1StringView key, qint64 fallback)
{
    if (!has(key))
        return fallback;
    const std::optional<qint64> whole = wholeNumber(m_object.value(key));
    if (!whole) {
        problem(key, typeProblem("whole number"));
        return fallback;
    }
    return *whole;
}

double JsonReader::number(QLatin1StringView key, double fallback)
{
    if (!has(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        problem(key, typeProblem("number"));
        return fallback;
    }
    return v.toDouble();
}

bool JsonReader::boolean(QLatin1StringView key, bool fallback)
{
    if (!has(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        problem(key, typeProblem("true or false"));
        return fallback;
    }
    return v.toBool();
}

QStringList JsonReader::texts(QLatin1StringView key)
{
    QStringList out;
    const QJsonArray items = array(key);
    for (const QJsonValue &v : items) {
        if (!v.isString()) {
            problem(key, typeProblem("list of texts"));
            return {};
        }
        out << v.toString();
    }
    return out;
}

QJsonObject JsonReader::nestedObject(QLatin1StringView key)
{
    if (!has(key))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        problem(key, typeProblem("object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(QLatin1StringView key)
{
    if (!has(key))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        problem(key, typeProblem("list"));
        return {};
    }
    return v.toArray();
}

QDateTime JsonReader::instant(QLatin1StringView key)
{
    const QString s = text(key);
    if (s.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!at.isValid())
        problem(key, typeProblem("ISO 8601 instant"));
    return at;
}

QDate JsonReader::date(QLatin1StringView key)
{
    const QString s = text(key);
    if (s.isEmpty())
        return {};
    QDate day = QDate::fromString(s, Qt::ISODate);
    if (!day.isValid())
        problem(key, typeProblem("date yyyy-MM-dd"));
    return day;
}

QString JsonReader::requiredText(QLatin1StringView key)
{
    const QString s = text(key);
    if (s.isEmpty() && !m_problems.contains(key))
        problem(key, QStringLiteral("required"));
    return s;
}

qint64 JsonReader::requiredInteger(QLatin1StringView key)
{
    if (!has(key)) {
        problem(key, QStringLiteral("required"));
        return 0;
    }
    return integer(key);
}

std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    // QJsonValue::toInteger() answers its fallback for anything but a whole number within qint64
    // (it checks the range before converting a double), so two different fallbacks agree only then.
    if (!v.isDouble())
        return std::nullopt;
    const qint64 whole = v.toInteger(0);
    if (whole != v.toInteger(1))
        return std::nullopt;
    return whole;
}

QJsonValue instantJson(const QDateTime &at, Qt::DateFormat format)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(format)) : QJsonValue();
}

QJsonValue dateJson(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
}

std::optional<QString> JsonReader::patchText(QLatin1StringView key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    return text(key);
}

std::optional<QStringList> JsonReader::patchTexts(QLatin1StringView key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    return texts(key);
}

void putText(QJsonObject &o, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putInstant(QJsonObject &o, QLatin1StringView key, const QDateTime &at)
{
    if (at.isValid())
        o.insert(key, instantJson(at));
}

void putDate(QJsonObject &o, QLatin1StringView key, const QDate &day)
{
    if (day.isValid())
        o.insert(key, dateJson(day));
}

} // namespace ow
