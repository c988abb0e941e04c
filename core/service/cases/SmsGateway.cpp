#include "core/service/cases/SmsGateway.h"

#include "core/domain/util/Masking.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcSms, "ow.sms")

namespace ow {

bool LogSmsGateway::isMobileNumber(const QString &phone)
{
    static const QRegularExpression mobile(QStringLiteral("\\A1[3-9]\\d{9}\\z"));
    return mobile.match(phone.trimmed()).hasMatch();
}

Status LogSmsGateway::send(const QString &phone, const QString &text)
{
    if (!isMobileNumber(phone)) {
        return Error{ErrorCode::ValidationFailed, QStringLiteral("not a mobile number: %1").arg(mask(PersonalData::Phone, phone)),
                     {{QLatin1String("fields"), QJsonObject{{QLatin1String("phone"), QStringLiteral("a mobile number, 11 digits")}}}}};
    }
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::ValidationFailed, QStringLiteral("empty text"), {{QLatin1String("fields"), QJsonObject{{QLatin1String("text"), QStringLiteral("required")}}}}};
    qCInfo(lcSms, "to %s: %s", qUtf8Printable(mask(PersonalData::Phone, phone)), qUtf8Printable(text));
    return okStatus();
}

} // namespace ow
