// Without login: a ticket's status behind its QR code (JSON, and the small page the code opens)
// and a case's status page behind the receipt's QR code. The JSON of a case's status is in
// CaseRoutes.cpp; the bodies are the contract types of core/domain/api/CaseBodies.h.
#include "core/domain/api/CaseBodies.h"
#include "core/domain/util/LanguagePack.h"
#include "core/service/cases/CaseService.h"
#include "core/service/queue/QueueService.h"
#include "server/Router.h"
#include "server/Routes.h"

namespace ow {

namespace {

constexpr const char *kContext = "ow::PublicPages";

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// The pages are bilingual on purpose: a citizen's phone opens them from a QR code, with no login
// and whatever language the phone has. Every text is translated twice, Chinese first.
const LanguagePack &pack()
{
    static const LanguagePack languages;
    return languages;
}

QString chinese(const char *source)
{
    return pack().translate(QStringLiteral("zh_CN"), kContext, source);
}

QString both(const char *source)
{
    return chinese(source) + QStringLiteral(" · ") + pack().translate(QStringLiteral("en"), kContext, source);
}

QString stateText(TicketState state)
{
    switch (state) {
    case TicketState::Waiting:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Waiting"));
    case TicketState::Called:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Please go to the window"));
    case TicketState::Serving:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Being served"));
    case TicketState::Parked:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Stepped away, back in the line soon"));
    case TicketState::Finished:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Finished"));
    case TicketState::NoShow:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Missed — please take a new ticket"));
    case TicketState::Cancelled:
        break;
    }
    return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Cancelled"));
}

QByteArray statusPage(const PublicTicketStatus &s)
{
    QString detail;
    if (s.window) {
        detail = QStringLiteral("<p class=\"big\">%1</p>").arg(both(QT_TRANSLATE_NOOP("ow::PublicPages", "Window %1")).arg(*s.window));
    } else if (s.wait) {
        detail = QStringLiteral("<p>%1</p>").arg(both(QT_TRANSLATE_NOOP("ow::PublicPages", "%1 ahead of you")).arg(s.wait->peopleAhead));
        if (s.wait->pessimisticMinutes) {
            detail += QStringLiteral("<p>%1</p>")
                          .arg(both(QT_TRANSLATE_NOOP("ow::PublicPages", "about %1–%2 min"))
                                   .arg(s.wait->optimisticMinutes.value_or(0))
                                   .arg(*s.wait->pessimisticMinutes));
        }
    }
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta http-equiv=\"refresh\" content=\"20\"><title>%1 · %2</title>"
        "<style>body{font-family:sans-serif;margin:1.5em;color:#1d2b3a}h1{font-size:3em;margin:.2em 0;color:#0b3d91}"
        ".big{font-size:1.8em;font-weight:bold}.state{font-size:1.4em}small{color:#5a6b7d}</style></head><body>"
        "<small>%3<br>%4</small><h1>%1</h1><p class=\"state\">%5</p>%6"
        "<small>%7</small></body></html>")
                             .arg(esc(s.number), esc(s.hallNameZh), esc(s.hallNameZh), esc(s.hallNameEn), esc(stateText(s.state)), detail,
                                  esc(both(QT_TRANSLATE_NOOP("ow::PublicPages", "This page refreshes every 20 seconds."))));
    return html.toUtf8();
}

QString caseStateText(CaseState state)
{
    switch (state) {
    case CaseState::PreSubmitted:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Submitted online: bring the originals to the hall"));
    case CaseState::Accepted:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Accepted, awaiting review"));
    case CaseState::InReview:
    case CaseState::Escalated:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "In review"));
    case CaseState::FirstApproved:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "In review (second check)"));
    case CaseState::Supplement:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Please supply what is missing"));
    case CaseState::Approved:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Done: the result is ready"));
    case CaseState::Rejected:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Decided (not granted): collect the decision"));
    case CaseState::Refused:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Not accepted"));
    case CaseState::CompletedOnSpot:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Completed on the spot"));
    case CaseState::HandedOut:
        return both(QT_TRANSLATE_NOOP("ow::PublicPages", "Result delivered"));
    case CaseState::Draft:
        break;
    }
    return toString(state); // never public: a draft has no number yet
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
        "<small>%3 · %4</small><h1>%1</h1>%2"
        "<small>%5</small></body></html>")
                             .arg(esc(number), body, esc(chinese(QT_TRANSLATE_NOOP("ow::PublicPages", "Mianyang Human Resources and Social Security Bureau"))),
                                  esc(both(QT_TRANSLATE_NOOP("ow::PublicPages", "Case status"))),
                                  esc(both(QT_TRANSLATE_NOOP("ow::PublicPages", "Questions: call 12333"))));
    return html.toUtf8();
}

QString caseForm(const QString &problem)
{
    return QStringLiteral("<form method=\"get\"><p>%2</p>"
                          "<p><input name=\"id_last4\" maxlength=\"4\" autocomplete=\"off\"> <button>%3</button></p>%1</form>")
        .arg(problem.isEmpty() ? QString() : QStringLiteral("<p style=\"color:#c62828\">%1</p>").arg(esc(problem)),
             esc(both(QT_TRANSLATE_NOOP("ow::PublicPages", "Last four characters of the ID number"))),
             esc(both(QT_TRANSLATE_NOOP("ow::PublicPages", "Look up"))));
}

QString caseStatusBody(const PublicCaseStatus &s)
{
    QString body = QStringLiteral("<p class=\"state\">%1</p>").arg(esc(caseStateText(s.state)));
    if (s.dueDate.isValid())
        body += QStringLiteral("<p>%1: %2</p>").arg(esc(both(QT_TRANSLATE_NOOP("ow::PublicPages", "Promised by"))), esc(s.dueDate.toString(Qt::ISODate)));
    if (s.missing)
        body += QStringLiteral("<p>%1: %2</p>").arg(esc(both(QT_TRANSLATE_NOOP("ow::PublicPages", "Still needed"))), esc(*s.missing));
    return body;
}

ApiResponse htmlPage(QByteArray html)
{
    ApiResponse r;
    r.body = std::move(html);
    r.contentType = "text/html; charset=utf-8";
    return r;
}

} // namespace

void addPublicRoutes(Router &router, const ServerServices &s)
{
    QueueService &queue = s.queue;
    // The queue answers the ticket's status as its object; read here as the contract type.
    const auto status = [&queue](const ApiRequest &req) -> Result<PublicTicketStatus> {
        auto st = queue.publicStatus(req.params.value(QStringLiteral("hall")), req.params.value(QStringLiteral("day")),
                                     req.params.value(QStringLiteral("number")));
        if (!st)
            return st.error();
        auto typed = PublicTicketStatus::fromJson(st.value());
        if (!typed)
            return Error{ErrorCode::Internal, QStringLiteral("ticket status does not fit its contract type"), typed.error().extra};
        return typed;
    };

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/public/tickets/{hall}/{day}/{number}"), Access::open(),
               [status](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto st = status(req);
                   if (!st)
                       return st.error();
                   return ApiResponse::json(st.value().toJson());
               });

    // The ticket's QR code opens this page on the citizen's phone.
    router.add(HttpMethod::Get, QStringLiteral("/t/{hall}/{day}/{number}"), Access::open(),
               [status](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto st = status(req);
                   if (!st)
                       return st.error();
                   return htmlPage(statusPage(st.value()));
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
                       body = caseStatusBody(st.value());
                   } else if (st.error().code == ErrorCode::NotFound) {
                       body = caseForm(both(QT_TRANSLATE_NOOP("ow::PublicPages", "The number and the ID do not match.")));
                   } else {
                       return st.error();
                   }
                   return htmlPage(casePage(number, body));
               });
}

} // namespace ow
