#include "core/client/api/SessionApi.h"

#include "core/client/ApiClient.h"
#include "core/client/api/TypedAnswer.h"

#include <QJsonDocument>

namespace ow {

void SessionApi::health(std::function<void(Result<HealthAnswer>)> done)
{
    m_api.send("GET", QStringLiteral("/health"), nullptr, answerAs<HealthAnswer>(std::move(done)));
}

void SessionApi::login(const LoginRequest &request, std::function<void(Result<LoginAnswer>)> done)
{
    const QJsonObject body = request.toJson();
    m_api.send("POST", QStringLiteral("/api/v1/sessions"), &body, answerAs<LoginAnswer>(std::move(done)));
}

void SessionApi::logout(std::function<void(Status)> done)
{
    m_api.send("DELETE", QStringLiteral("/api/v1/sessions/current"), nullptr, [done = std::move(done)](Result<ApiReply> r) {
        done(r ? okStatus() : Status(r.error()));
    });
}

void SessionApi::me(std::function<void(Result<Account>)> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/me"), nullptr, answerAs<Account>(std::move(done)));
}

void SessionApi::catalogue(const QByteArray &knownEtag, std::function<void(Result<CatalogueAnswer>)> done)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!knownEtag.isEmpty())
        headers.append(qMakePair(QByteArray("If-None-Match"), knownEtag));
    m_api.send("GET", QStringLiteral("/api/v1/catalogue"), nullptr, [done = std::move(done)](Result<ApiReply> r) {
        if (!r)
            return done(r.error());
        CatalogueAnswer answer;
        answer.etag = r.value().etag;
        if (r.value().status == 304)
            return done(answer);
        answer.json = QJsonDocument(r.value().json).toJson(QJsonDocument::Compact);
        auto parsed = Catalogue::fromJson(answer.json);
        if (!parsed)
            return done(Error{ErrorCode::Internal, QStringLiteral("unexpected catalogue: %1").arg(parsed.error().detail), {}});
        answer.catalogue = std::move(parsed).value();
        done(std::move(answer));
    }, headers);
}

void SessionApi::halls(std::function<void(Result<HallsAnswer>)> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/org/halls"), nullptr, answerAs<HallsAnswer>(std::move(done)));
}

} // namespace ow
