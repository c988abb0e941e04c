#include "core/client/api/CaseApi.h"

#include "core/client/api/TypedAnswer.h"

#include "core/client/ApiClient.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace ow {

QString CaseApi::casePath(const QString &number)
{
    return QStringLiteral("/api/v1/cases/") + pathSegment(number);
}

template<typename T>
void CaseApi::read(const QString &path, std::function<void(Result<T>)> done)
{
    m_api.send("GET", path, nullptr, answerAs<T>(std::move(done)));
}

template<typename T>
void CaseApi::write(const Write &w, std::function<void(Result<T>)> done)
{
    m_api.send(w.method.toLatin1(), w.path, &w.body, answerAs<T>(std::move(done)));
}

void CaseApi::worklist(std::function<void(Result<CaseList>)> done)
{
    read<CaseList>(QStringLiteral("/api/v1/cases"), std::move(done));
}

void CaseApi::get(const QString &number, std::function<void(Result<CaseView>)> done)
{
    read<CaseView>(casePath(number), std::move(done));
}

void CaseApi::get(const QString &number, const QString &purpose, std::function<void(Result<CaseView>)> done)
{
    read<CaseView>(casePath(number) + QStringLiteral("?purpose=") + QString::fromLatin1(QUrl::toPercentEncoding(purpose)),
                   std::move(done));
}

void CaseApi::changes(qint64 since, std::function<void(Result<CaseChanges>)> done)
{
    read<CaseChanges>(QStringLiteral("/api/v1/case-changes?since=%1").arg(since), std::move(done));
}

void CaseApi::reviewers(const QString &number, std::function<void(Result<CaseReviewers>)> done)
{
    read<CaseReviewers>(casePath(number) + QStringLiteral("/reviewers"), std::move(done));
}

void CaseApi::intake(const IntakeRequest &request, std::function<void(Result<CaseView>)> done)
{
    write<CaseView>(intakeWrite(request), std::move(done));
}

void CaseApi::preSubmit(const IntakeRequest &request, std::function<void(Result<CaseView>)> done)
{
    write<CaseView>({QStringLiteral("POST"), QStringLiteral("/api/v1/online/cases"), request.normalized().toJson(true)}, std::move(done));
}

void CaseApi::act(const QString &number, const CaseStep &step, std::function<void(Result<CaseView>)> done)
{
    write<CaseView>(actionWrite(number, step), std::move(done));
}

void CaseApi::citizen(const QString &idNumber, std::function<void(Result<ApplicantHistory>)> done)
{
    read<ApplicantHistory>(QStringLiteral("/api/v1/citizens/") + pathSegment(idNumber.trimmed().toUpper()), std::move(done));
}

void CaseApi::citizenLookups(const QString &idNumber, std::function<void(Result<CitizenLookups>)> done)
{
    read<CitizenLookups>(QStringLiteral("/api/v1/citizens/%1/lookups").arg(pathSegment(idNumber.trimmed().toUpper())), std::move(done));
}

void CaseApi::publicStatus(const QString &number, const QString &idLast4, std::function<void(Result<PublicCaseStatus>)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id_last4"), idLast4);
    read<PublicCaseStatus>(QStringLiteral("/api/v1/public/cases/%1?%2").arg(pathSegment(number), query.toString(QUrl::FullyEncoded)),
                           std::move(done));
}

void CaseApi::publicTicket(const QString &hall, const QDate &day, const QString &number,
                           std::function<void(Result<PublicTicketStatus>)> done)
{
    read<PublicTicketStatus>(QStringLiteral("/api/v1/public/tickets/%1/%2/%3").arg(pathSegment(hall), day.toString(Qt::ISODate), pathSegment(number)),
                             std::move(done));
}

CaseApi::Write CaseApi::intakeWrite(const IntakeRequest &request)
{
    return {QStringLiteral("POST"), QStringLiteral("/api/v1/cases"), request.normalized().toJson()};
}

CaseApi::Write CaseApi::actionWrite(const QString &number, const CaseStep &step)
{
    CaseStep s = step;
    s.note = step.note.trimmed();
    return {QStringLiteral("POST"), casePath(number) + QStringLiteral("/actions"), s.toJson()};
}

Result<CaseView> CaseApi::caseAnswer(int status, const QJsonObject &answer)
{
    if (status >= 200 && status < 300)
        return parsedAnswer<CaseView>(answer);
    // Refused: the server's error, with its message and, where it gave one, its reason.
    const QJsonObject error = answer.value(QLatin1String("error")).toObject();
    QString text = error.value(QLatin1String("message")).toString();
    const QString reason = error.value(QLatin1String("reason")).toString(answer.value(QLatin1String("reason")).toString());
    if (!reason.isEmpty())
        text = text.isEmpty() ? reason : QStringLiteral("%1 (%2)").arg(text, reason);
    const ErrorCode code = error.isEmpty() ? ErrorCode::Internal : errorCodeFromString(error.value(QLatin1String("code")).toString());
    return Error{code, text, error};
}

QHash<QString, QString> CaseApi::fieldProblems(const Error &error)
{
    QHash<QString, QString> out;
    const QJsonObject fields = error.extra.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QList<MissingMaterial> CaseApi::missingMaterials(const Error &error)
{
    QList<MissingMaterial> out;
    for (const QJsonValue &v : error.extra.value(QLatin1String("missing")).toArray()) {
        if (auto m = MissingMaterial::fromJson(v.toObject()))
            out.append(m.value());
    }
    return out;
}

} // namespace ow
