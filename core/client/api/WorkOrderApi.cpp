#include "core/client/api/WorkOrderApi.h"

#include "core/client/api/TypedAnswer.h"

namespace ow {

namespace {
QString path(const QString &number)
{
    return QStringLiteral("/api/v1/work-orders/") + QString::fromLatin1(QUrl::toPercentEncoding(number));
}
} // namespace

void WorkOrderApi::create(const NewWorkOrderRequest &request, Done<WorkOrderDetail> done)
{
    const QJsonObject body = request.toJson();
    m_api.send("POST", QStringLiteral("/api/v1/work-orders"), &body, answerAs<WorkOrderDetail>(std::move(done)));
}

void WorkOrderApi::list(const WorkOrderFilter &filter, Done<WorkOrderList> done)
{
    const QString query = filter.toQuery().toString(QUrl::FullyEncoded);
    m_api.send("GET", QStringLiteral("/api/v1/work-orders") + (query.isEmpty() ? QString() : QLatin1Char('?') + query), nullptr,
               answerAs<WorkOrderList>(std::move(done)));
}

void WorkOrderApi::get(const QString &number, Done<WorkOrderDetail> done)
{
    m_api.send("GET", path(number), nullptr, answerAs<WorkOrderDetail>(std::move(done)));
}

void WorkOrderApi::step(const QString &number, const char *what, const QJsonObject &body, Done<WorkOrderDetail> done)
{
    m_api.send("POST", path(number) + QLatin1Char('/') + QLatin1String(what), &body, answerAs<WorkOrderDetail>(std::move(done)));
}

void WorkOrderApi::route(const QString &number, const WorkOrderNoteRequest &request, Done<WorkOrderDetail> done)
{
    step(number, "route", request.toJson(), std::move(done));
}

void WorkOrderApi::answer(const QString &number, const AnswerWorkOrderRequest &request, Done<WorkOrderDetail> done)
{
    step(number, "answer", request.toJson(), std::move(done));
}

void WorkOrderApi::close(const QString &number, const WorkOrderNoteRequest &request, Done<WorkOrderDetail> done)
{
    step(number, "close", request.toJson(), std::move(done));
}

void WorkOrderApi::book(const QString &number, const WorkOrderBookingRequest &request, Done<WorkOrderDetail> done)
{
    step(number, "appointment", request.toJson(), std::move(done));
}

} // namespace ow
