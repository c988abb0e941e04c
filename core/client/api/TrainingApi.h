#pragma once

#include "core/domain/api/TrainingBodies.h"

#include <functional>

namespace ow {

class ApiClient;

// Training sessions at a training hall, typed: start a scenario for a trainee, list a hall's
// sessions, read one with its report, end it, and the citizen behind a training ticket. Every call
// ends in exactly one callback: the answer, or an Error (the server's, Unavailable when it cannot
// be reached, Internal when an answer does not fit).
class TrainingApi
{
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit TrainingApi(ApiClient &api) : m_api(api) {}

    void start(const StartTrainingRequest &request, Done<TrainingSessionDetail> done);           // POST /api/v1/training/sessions
    void sessions(const QString &hall, Done<TrainingSessionList> done);                           // GET /api/v1/training/sessions?hall=
    void session(qint64 id, Done<TrainingSessionDetail> done);                                    // GET /api/v1/training/sessions/{id}
    void end(qint64 id, Done<TrainingSessionDetail> done);                                        // POST …/{id}/end
    void arrivalOfTicket(qint64 ticketId, Done<TrainingArrivalView> done);                        // GET /api/v1/training/tickets/{id}

private:
    ApiClient &m_api;
};

} // namespace ow
