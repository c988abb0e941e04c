#include "core/client/api/PlanningApi.h"

#include "core/client/api/QueueApi.h"
#include "core/client/api/TypedAnswer.h"

#include <QUrlQuery>

namespace ow {

void PlanningApi::staffing(const QString &hall, const QDate &from, int days, Done<HallStaffingPlan> done)
{
    QUrlQuery q;
    if (from.isValid())
        q.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (days > 0)
        q.addQueryItem(QStringLiteral("days"), QString::number(days));
    m_api.send("GET", QStringLiteral("/api/v1/halls/%1/staffing?").arg(hall) + q.toString(QUrl::FullyEncoded), nullptr,
               answerAs<HallStaffingPlan>(std::move(done)));
}

void PlanningApi::advice(const QString &hall, Done<HallAdvice> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/halls/%1/advice").arg(hall), nullptr, answerAs<HallAdvice>(std::move(done)));
}

void PlanningApi::openTidal(const QString &hall, const TidalOpening &opening, Done<WindowStateResult> done)
{
    WindowProfileBody profile;
    profile.kind = opening.kind;
    profile.categories = opening.categories;
    ApiClient *api = &m_api;
    QueueApi(m_api).setWindowProfile(hall, opening.window, profile,
                                     [api, hall, window = opening.window, done = std::move(done)](Result<WindowProfileBody> set) {
                                         if (!set) {
                                             done(set.error());
                                             return;
                                         }
                                         QueueApi(*api).setWindowState(hall, window, WindowStateChange{WindowState::Open, {}, std::nullopt},
                                                                       done);
                                     });
}

} // namespace ow
