#include "core/domain/util/Error.h"

#include "core/domain/util/EnumText.h"

namespace ow {

namespace {
constexpr EnumText<ErrorCode, 14> kNames{{{
    {ErrorCode::InvalidJson, "invalid_json"},
    {ErrorCode::BadRequest, "bad_request"},
    {ErrorCode::Unauthorized, "unauthorized"},
    {ErrorCode::InvalidCredentials, "invalid_credentials"},
    {ErrorCode::Forbidden, "forbidden"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::MethodNotAllowed, "method_not_allowed"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::PayloadTooLarge, "payload_too_large"},
    {ErrorCode::ValidationFailed, "validation_failed"},
    {ErrorCode::AccountLocked, "account_locked"},
    {ErrorCode::TooManyRequests, "too_many_requests"},
    {ErrorCode::Unavailable, "unavailable"},
    {ErrorCode::Internal, "internal"},
}}};
} // namespace

QString toString(ErrorCode code)
{
    return kNames.toString(code);
}

ErrorCode errorCodeFromString(const QString &text)
{
    return kNames.fromString(text).value_or(ErrorCode::Internal);
}

QString ErrorText::filled(const QString &pattern) const
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        const int n = i + 1 < pattern.size() ? pattern.at(i + 1).digitValue() : -1;
        if (c == QLatin1Char('%') && n >= 1 && n <= args.size()) {
            out += args.at(n - 1);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

Error conflictError(const QString &why)
{
    return Error{ErrorCode::Conflict, why, {{QLatin1String("reason"), why}}};
}

Error forbiddenError(const QString &why)
{
    return Error{ErrorCode::Forbidden, why, {{QLatin1String("reason"), why}}};
}

Error notFoundError(const QString &detail)
{
    return Error{ErrorCode::NotFound, detail, {}};
}

Error invalidFieldsError(const QJsonObject &fields)
{
    return Error{ErrorCode::ValidationFailed, QStringLiteral("invalid fields"), {{QLatin1String("fields"), fields}}};
}

Error invalidFieldError(const QString &field, const QString &why)
{
    return invalidFieldsError({{field, why}});
}

} // namespace ow
