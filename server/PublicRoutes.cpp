#include "core/service/cases/CaseService.h"
#include "core/service/queue/QueueService.h"
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

QString caseStateText(const QString &state)
{
    static const QHash<QString, QString> texts{
        {QStringLiteral("pre_submitted"), QStringLiteral("已网上申报，请携带原件到大厅核验 · Submitted online: bring the originals to the hall")},
        {QStringLiteral("accepted"), QStringLiteral("已受理，等待审核 · Accepted, awaiting review")},
        {QStringLiteral("in_review"), QStringLiteral("审核中 · In review")},
        {QStringLiteral("first_approved"), QStringLiteral("审核中（复核） · In review (second check)")},
        {QStringLiteral("escalated"), QStringLiteral("审核中 · In review")},
        {QStringLiteral("supplement"), QStringLiteral("需要补正材料 · Please supply what is missing")},
        {QStringLiteral("approved"), QStringLiteral("已办结，可领取结果 · Done: the result is ready")},
        {QStringLiteral("rejected"), QStringLiteral("已办结（不予批准），可领取决定书 · Decided (not granted): collect the decision")},
        {QStringLiteral("refused"), QStringLiteral("不予受理 · Not accepted")},
        {QStringLiteral("completed_on_spot"), QStringLiteral("已当场办结 · Completed on the spot")},
        {QStringLiteral("handed_out"), QStringLiteral("已出件 · Result delivered")}};
    return texts.value(state, state);
}

// The receipt's QR code opens this page: the case number is in the link; the citizen types the
// last four characters of the ID number, so a photographed receipt reveals nothing alone.
QByteArray casePage(const QString &number, const QString &body)
{
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%1</title>"
        "<style>body{font-family:sans-serif;margin:1.5em;color:#1d2b3a}h1{font-size:1.6em;color:#0b3d91}"
        ".state{font-size:1.3em;font-weight:bold}input{font-size:1.3em;width:5em}small{color:#5a6b7d}</style></head><body>"
        "<small>绵阳市人力资源和社会保障局 · 办件进度查询 · Case status</small><h1>%1</h1>%2"
        "<small>如有疑问请拨打 12333 · Questions: call 12333</small></body></html>")
                             .arg(esc(number), body);
    return html.toUtf8();
}

QString caseForm(const QString &problem)
{
    return QStringLiteral("<form method=\"get\"><p>请输入申请人身份证号码后四位 · Last four characters of the ID number</p>"
                          "<p><input name=\"id_last4\" maxlength=\"4\" autocomplete=\"off\"> <button>查询 · Look up</button></p>%1</form>")
        .arg(problem.isEmpty() ? QString() : QStringLiteral("<p style=\"color:#c62828\">%1</p>").arg(esc(problem)));
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

    CaseService &cases = s.cases;
    router.add(HttpMethod::Get, QStringLiteral("/c/{number}"), Access::open(),
               [&cases](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   const QString number = req.params.value(QStringLiteral("number"));
                   const QString last4 = req.query.queryItemValue(QStringLiteral("id_last4"));
                   QString body;
                   if (last4.isEmpty()) {
                       body = caseForm(QString());
                   } else if (auto st = cases.publicStatus(number, last4); st) {
                       const QJsonObject &o = st.value();
                       body = QStringLiteral("<p class=\"state\">%1</p>").arg(esc(caseStateText(o.value(QLatin1String("state")).toString())));
                       if (o.contains(QLatin1String("due_date")))
                           body += QStringLiteral("<p>承诺办结日期 · Promised by: %1</p>").arg(esc(o.value(QLatin1String("due_date")).toString()));
                       if (o.contains(QLatin1String("missing")))
                           body += QStringLiteral("<p>需补正 · Still needed: %1</p>").arg(esc(o.value(QLatin1String("missing")).toString()));
                   } else if (st.error().code == ErrorCode::NotFound) {
                       body = caseForm(QStringLiteral("办件编号与身份证号码不符 · The number and the ID do not match."));
                   } else {
                       return st.error();
                   }
                   ApiResponse r;
                   r.body = casePage(number, body);
                   r.contentType = "text/html; charset=utf-8";
                   return r;
               });
}

} // namespace ow
