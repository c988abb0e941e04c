#include "core/queue/QueueService.h"
#include "server/Router.h"
#include "server/Routes.h"

#include <QJsonArray>

namespace ow {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Bilingual on purpose: a citizen's phone opens it from the ticket's QR code, with no login and
// whatever language the phone has.
QString stateText(const QString &state)
{
    if (state == QLatin1String("waiting"))
        return QStringLiteral("等候中 · Waiting");
    if (state == QLatin1String("called"))
        return QStringLiteral("请到窗口 · Please go to the window");
    if (state == QLatin1String("serving"))
        return QStringLiteral("办理中 · Being served");
    if (state == QLatin1String("parked"))
        return QStringLiteral("暂离，稍后回到队列 · Stepped away, back in the line soon");
    if (state == QLatin1String("finished"))
        return QStringLiteral("已办结 · Finished");
    if (state == QLatin1String("no_show"))
        return QStringLiteral("过号 · Missed — please take a new ticket");
    return QStringLiteral("已取消 · Cancelled");
}

QByteArray statusPage(const QJsonObject &s)
{
    const QString state = s.value(QLatin1String("state")).toString();
    QString detail;
    if (s.contains(QLatin1String("window"))) {
        const int w = s.value(QLatin1String("window")).toInt();
        detail = QStringLiteral("<p class=\"big\">%1 号窗口 · Window %1</p>").arg(w);
    } else if (s.contains(QLatin1String("wait"))) {
        const QJsonObject wait = s.value(QLatin1String("wait")).toObject();
        const int ahead = wait.value(QLatin1String("people_ahead")).toInt();
        detail = QStringLiteral("<p>前面还有 %1 人 · %1 ahead of you</p>").arg(ahead);
        if (wait.contains(QLatin1String("pessimistic_minutes"))) {
            detail += QStringLiteral("<p>预计等待约 %1–%2 分钟 · about %1–%2 min</p>")
                          .arg(wait.value(QLatin1String("optimistic_minutes")).toInt())
                          .arg(wait.value(QLatin1String("pessimistic_minutes")).toInt());
        }
    }
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta http-equiv=\"refresh\" content=\"20\"><title>%1 · %2</title>"
        "<style>body{font-family:sans-serif;margin:1.5em;color:#1d2b3a}h1{font-size:3em;margin:.2em 0;color:#0b3d91}"
        ".big{font-size:1.8em;font-weight:bold}.state{font-size:1.4em}small{color:#5a6b7d}</style></head><body>"
        "<small>%3<br>%4</small><h1>%1</h1><p class=\"state\">%5</p>%6"
        "<small>本页每 20 秒自动刷新 · This page refreshes every 20 seconds.</small></body></html>")
                             .arg(esc(s.value(QLatin1String("number")).toString()),
                                  esc(s.value(QLatin1String("hall_name_zh")).toString()),
                                  esc(s.value(QLatin1String("hall_name_zh")).toString()),
                                  esc(s.value(QLatin1String("hall_name_en")).toString()), esc(stateText(state)), detail);
    return html.toUtf8();
}

} // namespace

void addPublicRoutes(Router &router, const ServerServices &s)
{
    QueueService &queue = s.queue;
    const auto status = [&queue](const ApiRequest &req) {
        return queue.publicStatus(req.params.value(QStringLiteral("hall")), req.params.value(QStringLiteral("day")),
                                  req.params.value(QStringLiteral("number")));
    };

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/public/tickets/{hall}/{day}/{number}"), Access::open(),
               [status](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto st = status(req);
                   if (!st)
                       return st.error();
                   return ApiResponse::json(st.value());
               });

    // The ticket's QR code opens this page on the citizen's phone.
    router.add(HttpMethod::Get, QStringLiteral("/t/{hall}/{day}/{number}"), Access::open(),
               [status](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto st = status(req);
                   if (!st)
                       return st.error();
                   ApiResponse r;
                   r.body = statusPage(st.value());
                   r.contentType = "text/html; charset=utf-8";
                   return r;
               });
}

} // namespace ow
