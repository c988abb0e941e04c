#pragma once

#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ow {

// Reads one JSON object into a contract type (core/domain/api): each field by name, with what is
// wrong kept per field, so a request body that does not fit is refused with ValidationFailed
// {"fields": {name: why}} naming every bad field at once, and an answer that does not fit is
// refused the same way on the client. The field names of the API live in the contract types'
// fromJson/toJson and nowhere else.
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object) : m_object(std::move(object)) {}

    bool has(QLatin1StringView key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }
    const QJsonObject &object() const { return m_object; }

    // Absent or null: the fallback. Present with another JSON type: a problem for that field.
    QString text(QLatin1StringView key, const QString &fallback = {});
    qint64 integer(QLatin1StringView key, qint64 fallback = 0);
    double number(QLatin1StringView key, double fallback = 0);
    bool boolean(QLatin1StringView key, bool fallback = false);
    QStringList texts(QLatin1StringView key);
    QJsonObject nestedObject(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);
    QDateTime instant(QLatin1StringView key); // ISO 8601 (with milliseconds); invalid when absent
    QDate date(QLatin1StringView key);        // yyyy-MM-dd; invalid when absent

    // The same, but absence (or an empty text) is the problem "required".
    QString requiredText(QLatin1StringView key);
    // A field of a PATCH body: its value when the body has it (null included), none when absent.
    std::optional<QString> patchText(QLatin1StringView key);
    std::optional<QStringList> patchTexts(QLatin1StringView key);
    qint64 requiredInteger(QLatin1StringView key);

    // An enum from its wire name (`fromString` as the enums' own, e.g. ticketStateFromString).
    template<typename E>
    std::optional<E> enumValue(QLatin1StringView key, std::optional<E> (*fromString)(QStringView))
    {
        if (!has(key))
            return std::nullopt;
        const QString name = text(key);
        auto value = fromString(name);
        if (!value)
            problem(key, QStringLiteral("unknown value %1").arg(name));
        return value;
    }

    // An enum that must be given: a problem ("required") when absent, as enumValue otherwise.
    template<typename E>
    std::optional<E> requiredEnum(QLatin1StringView key, std::optional<E> (*fromString)(QStringView))
    {
        if (!has(key)) {
            problem(key, QStringLiteral("required"));
            return std::nullopt;
        }
        return enumValue(key, fromString);
    }

    // A nested contract type (T::fromJson(QJsonObject) → Result<T>); its problems are kept under
    // "key.field".
    template<typename T>
    std::optional<T> nested(QLatin1StringView key)
    {
        if (!has(key))
            return std::nullopt;
        return adopt<T>(key, T::fromJson(nestedObject(key)));
    }

    // An array of contract types; problems under "key[i].field".
    template<typename T>
    QList<T> list(QLatin1StringView key)
    {
        QList<T> out;
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!items.at(i).isObject()) {
                problem(at, QStringLiteral("object expected"));
                continue;
            }
            if (auto item = adopt<T>(at, T::fromJson(items.at(i).toObject())))
                out.append(std::move(*item));
        }
        return out;
    }

    void problem(const QString &key, const QString &why);
    bool ok() const { return m_problems.isEmpty(); }
    const QJsonObject &problems() const { return m_problems; }

    // The value read, or ValidationFailed naming every field that did not fit.
    template<typename T>
    Result<T> finish(T value) const
    {
        if (!ok())
            return invalidFieldsError(m_problems);
        return value;
    }

private:
    template<typename T>
    std::optional<T> adopt(const QString &at, Result<T> inner)
    {
        if (inner)
            return std::move(inner).value();
        const QJsonObject fields = inner.error().extra.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            problem(QStringLiteral("%1.%2").arg(at, it.key()), it.value().toString());
        if (fields.isEmpty())
            problem(at, inner.error().detail);
        return std::nullopt;
    }

    QJsonObject m_object;
    QJsonObject m_problems;
};

// A JSON number that is a whole number a qint64 holds, as it was written (9223372036854775807
// too, which as a double would be 2^63); none for any other value — text, a fraction, or a number
// beyond qint64, whose conversion from double would be undefined behaviour.
std::optional<qint64> wholeNumber(const QJsonValue &v);

// Writing: an instant as the API writes it (UTC, ISO 8601; Qt::ISODateWithMs where the body has
// milliseconds), null when invalid.
QJsonValue instantJson(const QDateTime &at, Qt::DateFormat format = Qt::ISODate);
QJsonValue dateJson(const QDate &day);
// Optional fields of an answer: left out when empty (or invalid), so the answer reads back as written.
void putText(QJsonObject &o, QLatin1StringView key, const QString &value);
void putInstant(QJsonObject &o, QLatin1StringView key, const QDateTime &at);
void putDate(QJsonObject &o, QLatin1StringView key, const QDate &day);
// A list of body types, each written with its own toJson().
QJsonArray arrayOf(const auto &items)
{
    QJsonArray out;
    for (const auto &item : items)
        out.append(item.toJson());
    return out;
}

} // namespace ow
