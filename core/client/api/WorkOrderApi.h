#pragma once

#include "core/client/ApiClient.h"
#include "core/domain/api/WorkOrderBodies.h"

#include <functional>

namespace ow {

// The 12333 hotline's work orders (docs/api/openapi.yaml, tag workorders), typed: record a call,
// list and read them, route, answer, close, book an appointment from one. Online only (not
// through the outbox): the agent is on the telephone and needs the server's answer — the number,
// the due day — at once.
class WorkOrderApi
{
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit WorkOrderApi(ApiClient &api) : m_api(api) {}

    void create(const NewWorkOrderRequest &request, Done<WorkOrderDetail> done);
    void list(const WorkOrderFilter &filter, Done<WorkOrderList> done);
    void get(const QString &number, Done<WorkOrderDetail> done);
    void route(const QString &number, const WorkOrderNoteRequest &request, Done<WorkOrderDetail> done);
    void answer(const QString &number, const AnswerWorkOrderRequest &request, Done<WorkOrderDetail> done);
    void close(const QString &number, const WorkOrderNoteRequest &request, Done<WorkOrderDetail> done);
    void book(const QString &number, const WorkOrderBookingRequest &request, Done<WorkOrderDetail> done);

private:
    void step(const QString &number, const char *what, const QJsonObject &body, Done<WorkOrderDetail> done);
    ApiClient &m_api;
};

} // namespace ow
