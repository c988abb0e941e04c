#pragma once

#include "core/client/ApiClient.h"
#include "core/domain/api/GuideBodies.h"

#include <functional>

namespace ow {

// The guide desk's part of the API (docs/api/openapi.yaml, tag guide), typed: a matter found by
// what the citizen says, a consultation logged, a hall's consultations of a day. Tickets with
// the guide's pre-check are issued through QueueApi::issueTicket. Online only: a guide desk
// without the server sends the citizen to the kiosk.
class GuideApi
{
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit GuideApi(ApiClient &api) : m_api(api) {}

    void search(const QString &query, int limit, Done<MatterSearchResult> done);
    void logConsultation(const QString &hall, const ConsultationRequest &request, Done<Consultation> done);
    void consultations(const QString &hall, const QDate &day, Done<ConsultationList> done);

private:
    ApiClient &m_api;
};

} // namespace ow
