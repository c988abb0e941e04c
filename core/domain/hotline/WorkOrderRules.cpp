#include "core/domain/hotline/WorkOrderRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ow {

namespace {

constexpr const char *kContext = "ow::Errors";
static_assert(WorkOrderRules::kMaxText == 1000, "the message below names the limit");

void checkLength(QList<WorkOrderRules::Problem> &out, const QString &field, const QString &text)
{
    if (text.size() > WorkOrderRules::kMaxText)
        out.append({field, QT_TRANSLATE_NOOP("ow::Errors", "At most 1000 characters.")});
}

} // namespace

bool WorkOrderRules::isMobileNumber(const QString &phone)
{
    static const QRegularExpression mobile(QStringLiteral("\\A1[3-9]\\d{9}\\z"));
    return mobile.match(phone).hasMatch();
}

bool WorkOrderRules::isPhoneNumber(const QString &phone)
{
    // A landline: area code 0xx or 0xxx, then 7 or 8 digits, with or without a hyphen.
    static const QRegularExpression landline(QStringLiteral("\\A0\\d{2,3}-?\\d{7,8}\\z"));
    return isMobileNumber(phone) || landline.match(phone).hasMatch();
}

QList<WorkOrderRules::Problem> WorkOrderRules::checkNew(const NewWorkOrderRequest &request)
{
    QList<Problem> out;
    if (!request.kind)
        out.append({QStringLiteral("kind"),
                    QT_TRANSLATE_NOOP("ow::Errors", "Choose what the call is: consultation, booking, complaint, suggestion or praise.")});
    if (request.phone.isEmpty())
        out.append({QStringLiteral("phone"), QT_TRANSLATE_NOOP("ow::Errors", "Enter the caller's phone number.")});
    else if (!isPhoneNumber(request.phone))
        out.append({QStringLiteral("phone"),
                    QT_TRANSLATE_NOOP("ow::Errors", "Not a phone number: 11 digits of a mobile, or a landline with its area code.")});
    if (request.hall.isEmpty())
        out.append({QStringLiteral("hall"), QT_TRANSLATE_NOOP("ow::Errors", "Choose the hall the call is about.")});
    if (request.text.isEmpty())
        out.append({QStringLiteral("text"), QT_TRANSLATE_NOOP("ow::Errors", "Write down what the caller said.")});
    checkLength(out, QStringLiteral("text"), request.text);
    if (request.ticketDay.isValid() && request.ticket.isEmpty())
        out.append({QStringLiteral("ticket"), QT_TRANSLATE_NOOP("ow::Errors", "Enter the ticket number for that day.")});
    return out;
}

QList<WorkOrderRules::Problem> WorkOrderRules::checkAnswer(const AnswerWorkOrderRequest &request)
{
    QList<Problem> out;
    if (request.answer.isEmpty())
        out.append({QStringLiteral("answer"), QT_TRANSLATE_NOOP("ow::Errors", "Write the answer for the caller.")});
    checkLength(out, QStringLiteral("answer"), request.answer);
    return out;
}

QList<WorkOrderRules::Problem> WorkOrderRules::checkNote(const WorkOrderNoteRequest &request)
{
    QList<Problem> out;
    checkLength(out, QStringLiteral("note"), request.note);
    return out;
}

QString WorkOrderRules::text(const Problem &problem)
{
    return QCoreApplication::translate(kContext, problem.source);
}

Error WorkOrderRules::refusal(const QList<Problem> &problems)
{
    QJsonObject fields;
    for (const Problem &p : problems) {
        if (!fields.contains(p.field)) // the first problem of a field is the one to fix
            fields.insert(p.field, QString::fromUtf8(p.source));
    }
    return invalidFieldsError(fields);
}

} // namespace ow
