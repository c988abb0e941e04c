#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace ow {

// Machine-readable error codes shared by core, server (HTTP status) and clients (messages).
enum class ErrorCode {
    InvalidJson,
    BadRequest,
    Unauthorized,
    InvalidCredentials,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    PayloadTooLarge,
    ValidationFailed,
    AccountLocked,
    TooManyRequests, // too many failed logins from one source address
    Unavailable,
    Internal,
};

QString toString(ErrorCode code);
ErrorCode errorCodeFromString(const QString &text); // unknown → Internal

// A human text more precise than the code's general one: a source text of the "ow::Errors"
// context (marked with QT_TRANSLATE_NOOP where it is written) and its %1… arguments. It is
// translated where it is shown — by the server into the language of the request.
struct ErrorText
{
    const char *source = nullptr; // none: the code's general text
    QStringList args;

    // `pattern` (the source text or a translation of it) with %1… replaced by the arguments, in
    // one pass: an argument holding "%2" stays as it is.
    QString filled(const QString &pattern) const;
    QString english() const { return filled(QString::fromUtf8(source)); }
};

// A typed error crossing a boundary: a code, an optional untranslated detail for logs, and
// structured extras (e.g. per-field validation messages) that go into the JSON body; and, for a
// refusal the user must understand as it is, its own text (else the code's general one).
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString detail;
    QJsonObject extra;
    ErrorText text = {};
    // What the refusal is about where the request does not say it (a row of an imported
    // document): shown before the text, as "subject: text".
    ErrorText subject = {};
};

// The value of an operation that may fail with an Error.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

private:
    std::variant<T, Error> m_data;
};

// The usual refusals, built one way everywhere (core and server): the extras are what clients
// read — "reason" for a conflict or a refusal, "fields" (field → why) for invalid input.
Error conflictError(const QString &why);
Error forbiddenError(const QString &why);
Error notFoundError(const QString &detail = {});
Error invalidFieldsError(const QJsonObject &fields);
Error invalidFieldError(const QString &field, const QString &why);

struct Unit
{};
using Status = Result<Unit>;
inline Status okStatus() { return Unit{}; }

} // namespace ow
