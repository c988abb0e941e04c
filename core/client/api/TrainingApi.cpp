#include "core/client/api/TrainingApi.h"

#include "core/client/api/TypedAnswer.h"

namespace ow {

void TrainingApi::start(const StartTrainingRequest &request, Done<TrainingSessionDetail> done)
{
    const QJsonObject body = request.toJson();
    m_api.send("POST", QStringLiteral("/api/v1/training/sessions"), &body, answerAs<TrainingSessionDetail>(std::move(done)));
}

void TrainingApi::sessions(const QString &hall, Done<TrainingSessionList> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/training/sessions?hall=") + pathSegment(hall), nullptr,
               answerAs<TrainingSessionList>(std::move(done)));
}

void TrainingApi::session(qint64 id, Done<TrainingSessionDetail> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/training/sessions/%1").arg(id), nullptr, answerAs<TrainingSessionDetail>(std::move(done)));
}

void TrainingApi::end(qint64 id, Done<TrainingSessionDetail> done)
{
    m_api.send("POST", QStringLiteral("/api/v1/training/sessions/%1/end").arg(id), nullptr, answerAs<TrainingSessionDetail>(std::move(done)));
}

void TrainingApi::arrivalOfTicket(qint64 ticketId, Done<TrainingArrivalView> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/training/tickets/%1").arg(ticketId), nullptr, answerAs<TrainingArrivalView>(std::move(done)));
}

} // namespace ow
