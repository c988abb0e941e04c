#include "core/domain/util/Error.h"

#include "core/domain/util/EnumText.h"

namespace ow {

namespace {
constexpr EnumText<ErrorCode, 13> kNames{{{
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

} // namespace ow
