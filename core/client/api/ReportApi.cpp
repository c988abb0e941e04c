#include "core/client/api/ReportApi.h"

#include "core/client/api/TypedAnswer.h"

namespace ow {

namespace {

const QString kReports = QStringLiteral("/api/v1/reports/");

QString withQuery(const QString &path, const QUrlQuery &query)
{
    return path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

} // namespace

QUrlQuery ReportApi::query(const ReportRequest &request)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), request.from.toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("to"), request.to.toString(Qt::ISODate));
    if (!request.hallCode.isEmpty())
        q.addQueryItem(QStringLiteral("hall"), request.hallCode);
    q.addQueryItem(QStringLiteral("group"), toString(request.group));
    if (request.window > 0)
        q.addQueryItem(QStringLiteral("window"), QString::number(request.window));
    return q;
}

void ReportApi::queue(const ReportRequest &request, Done<QueueReport> done)
{
    m_api.send("GET", withQuery(kReports + QStringLiteral("queue"), query(request)), nullptr, answerAs<QueueReport>(std::move(done)));
}

void ReportApi::cases(const ReportRequest &request, Done<CaseReport> done)
{
    m_api.send("GET", withQuery(kReports + QStringLiteral("cases"), query(request)), nullptr, answerAs<CaseReport>(std::move(done)));
}

void ReportApi::queueTickets(const ReportTicketRequest &request, Done<ReportTicketList> done)
{
    QUrlQuery q = query(request.report);
    q.addQueryItem(QStringLiteral("key"), request.key);
    q.addQueryItem(QStringLiteral("figure"), toString(request.figure));
    m_api.send("GET", withQuery(kReports + QStringLiteral("queue/tickets"), q), nullptr, answerAs<ReportTicketList>(std::move(done)));
}

void ReportApi::mine(const QDate &from, const QDate &to, Done<QueueReport> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    m_api.send("GET", withQuery(kReports + QStringLiteral("me"), q), nullptr, answerAs<QueueReport>(std::move(done)));
}

} // namespace ow
