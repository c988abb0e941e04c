#include "core/domain/queue/RectificationRules.h"

#include <QCoreApplication>

namespace ow {

namespace {

constexpr const char *kContext = "ow::Errors";
constexpr qint64 kClockSkewSeconds = 60;

static_assert(RectificationRules::kMaxText == 500, "the message below names the limit");

void checkLength(QList<RectificationRules::Problem> &out, const QString &field, const QString &text)
{
    if (text.size() > RectificationRules::kMaxText)
        out.append({field, QT_TRANSLATE_NOOP("ow::Errors", "At most 500 characters.")});
}

} // namespace

QList<RectificationRules::Problem> RectificationRules::checkFollowUp(const FollowUpRequest &request, const QDateTime &ratedAt,
                                                                     const QDateTime &now)
{
    QList<Problem> out;
    if (!request.contactedAt.isValid())
        out.append({QStringLiteral("contacted_at"), QT_TRANSLATE_NOOP("ow::Errors", "Say when the citizen was contacted.")});
    else if (request.contactedAt.secsTo(now) < -kClockSkewSeconds)
        out.append({QStringLiteral("contacted_at"), QT_TRANSLATE_NOOP("ow::Errors", "The contact cannot be later than now.")});
    else if (ratedAt.isValid() && request.contactedAt.secsTo(ratedAt) > kClockSkewSeconds)
        out.append({QStringLiteral("contacted_at"), QT_TRANSLATE_NOOP("ow::Errors", "The contact cannot be before the bad rating.")});
    if (!request.channel)
        out.append({QStringLiteral("channel"), QT_TRANSLATE_NOOP("ow::Errors", "Choose how the citizen was contacted.")});
    if (!request.answer)
        out.append({QStringLiteral("answer"), QT_TRANSLATE_NOOP("ow::Errors", "Choose what the citizen answered.")});
    checkLength(out, QStringLiteral("cause"), request.cause);
    checkLength(out, QStringLiteral("action"), request.action);
    checkLength(out, QStringLiteral("note"), request.note);
    return out;
}

QList<RectificationRules::Problem> RectificationRules::checkClose(const CloseRectificationRequest &request)
{
    QList<Problem> out;
    if (request.cause.trimmed().isEmpty())
        out.append({QStringLiteral("cause"), QT_TRANSLATE_NOOP("ow::Errors", "Say what caused the bad rating.")});
    checkLength(out, QStringLiteral("cause"), request.cause);
    if (request.action.trimmed().isEmpty())
        out.append({QStringLiteral("action"), QT_TRANSLATE_NOOP("ow::Errors", "Say what was done about it.")});
    checkLength(out, QStringLiteral("action"), request.action);
    checkLength(out, QStringLiteral("note"), request.note);
    return out;
}

const char *RectificationRules::closeBlocker(bool closed, int followUps)
{
    if (closed)
        return QT_TRANSLATE_NOOP("ow::Errors", "This rectification is closed already.");
    if (followUps < 1)
        return QT_TRANSLATE_NOOP("ow::Errors", "Record at least one contact with the citizen before closing.");
    return nullptr;
}

QString RectificationRules::text(const Problem &problem)
{
    return QCoreApplication::translate(kContext, problem.source);
}

Error RectificationRules::refusal(const QList<Problem> &problems)
{
    QJsonObject fields;
    for (const Problem &p : problems) {
        if (!fields.contains(p.field)) // the first problem of a field is the one to fix
            fields.insert(p.field, QString::fromUtf8(p.source));
    }
    return invalidFieldsError(fields);
}

} // namespace ow
