#include "core/domain/util/ErrorMessages.h"

#include "core/domain/util/LanguagePack.h"

#include <QCoreApplication>

namespace ow {

namespace {
constexpr const char *kContext = "ow::Errors";

const char *sourceText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidJson:
        return QT_TRANSLATE_NOOP("ow::Errors", "The request body is not valid JSON.");
    case ErrorCode::BadRequest:
        return QT_TRANSLATE_NOOP("ow::Errors", "The request is not understood.");
    case ErrorCode::Unauthorized:
        return QT_TRANSLATE_NOOP("ow::Errors", "Please log in: the session is missing, invalid or expired.");
    case ErrorCode::InvalidCredentials:
        return QT_TRANSLATE_NOOP("ow::Errors", "The user name or password is wrong.");
    case ErrorCode::Forbidden:
        return QT_TRANSLATE_NOOP("ow::Errors", "Your role is not allowed to do this.");
    case ErrorCode::NotFound:
        return QT_TRANSLATE_NOOP("ow::Errors", "Nothing was found at this address.");
    case ErrorCode::MethodNotAllowed:
        return QT_TRANSLATE_NOOP("ow::Errors", "This address does not accept this method.");
    case ErrorCode::Conflict:
        return QT_TRANSLATE_NOOP("ow::Errors", "The request conflicts with the current state.");
    case ErrorCode::PayloadTooLarge:
        return QT_TRANSLATE_NOOP("ow::Errors", "The request body is too large.");
    case ErrorCode::ValidationFailed:
        return QT_TRANSLATE_NOOP("ow::Errors", "Some fields are missing or invalid.");
    case ErrorCode::AccountLocked:
        return QT_TRANSLATE_NOOP("ow::Errors", "Too many failed logins: the account is locked for a while.");
    case ErrorCode::TooManyRequests:
        return QT_TRANSLATE_NOOP("ow::Errors", "Too many attempts from this address: please wait a while and try again.");
    case ErrorCode::Unavailable:
        return QT_TRANSLATE_NOOP("ow::Errors", "The server cannot be reached.");
    case ErrorCode::Internal:
        break;
    }
    return QT_TRANSLATE_NOOP("ow::Errors", "An internal error occurred; nothing was changed.");
}
} // namespace

QString errorMessage(ErrorCode code)
{
    return QCoreApplication::translate(kContext, sourceText(code));
}

QString errorMessage(ErrorCode code, const LanguagePack &pack, const QString &language)
{
    return pack.translate(language, kContext, sourceText(code));
}

QString errorMessage(const Error &error, const LanguagePack &pack, const QString &language)
{
    const QString text = error.text.source ? error.text.filled(pack.translate(language, kContext, error.text.source))
                                           : errorMessage(error.code, pack, language);
    if (!error.subject.source)
        return text;
    const ErrorText about{QT_TRANSLATE_NOOP("ow::Errors", "%1: %2"),
                          {error.subject.filled(pack.translate(language, kContext, error.subject.source)), text}};
    return about.filled(pack.translate(language, kContext, about.source));
}

} // namespace ow
