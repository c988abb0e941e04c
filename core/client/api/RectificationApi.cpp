#include "core/client/api/RectificationApi.h"

#include "core/client/api/TypedAnswer.h"

namespace ow {

namespace {
QString path(qint64 id)
{
    return QStringLiteral("/api/v1/rectifications/%1").arg(id);
}
} // namespace

void RectificationApi::list(const QString &hall, const RectificationFilter &filter, Done<RectificationList> done)
{
    m_api.send("GET",
               QStringLiteral("/api/v1/halls/%1/rectifications?%2").arg(hall, filter.toQuery().toString(QUrl::FullyEncoded)),
               nullptr, answerAs<RectificationList>(std::move(done)));
}

void RectificationApi::get(qint64 id, Done<RectificationDetail> done)
{
    m_api.send("GET", path(id), nullptr, answerAs<RectificationDetail>(std::move(done)));
}

void RectificationApi::followUp(qint64 id, const FollowUpRequest &request, Done<RectificationDetail> done)
{
    const QJsonObject body = request.toJson();
    m_api.send("POST", path(id) + QStringLiteral("/follow-ups"), &body, answerAs<RectificationDetail>(std::move(done)));
}

void RectificationApi::close(qint64 id, const CloseRectificationRequest &request, Done<RectificationDetail> done)
{
    const QJsonObject body = request.toJson();
    m_api.send("POST", path(id) + QStringLiteral("/close"), &body, answerAs<RectificationDetail>(std::move(done)));
}

} // namespace ow
