#include "core/client/api/GuideApi.h"

#include "core/client/api/TypedAnswer.h"

#include <QUrl>

namespace ow {

void GuideApi::search(const QString &query, int limit, Done<MatterSearchResult> done)
{
    // Percent-encoded by hand: the question is Chinese text with any punctuation in it.
    const QString path = QStringLiteral("/api/v1/catalogue/search?q=%1&limit=%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(query)))
                             .arg(limit);
    m_api.send("GET", path, nullptr, answerAs<MatterSearchResult>(std::move(done)));
}

void GuideApi::logConsultation(const QString &hall, const ConsultationRequest &request, Done<Consultation> done)
{
    const QJsonObject body = request.toJson();
    m_api.send("POST", QStringLiteral("/api/v1/halls/%1/consultations").arg(pathSegment(hall)), &body,
               answerAs<Consultation>(std::move(done)));
}

void GuideApi::consultations(const QString &hall, const QDate &day, Done<ConsultationList> done)
{
    QString path = QStringLiteral("/api/v1/halls/%1/consultations").arg(pathSegment(hall));
    if (day.isValid())
        path += QStringLiteral("?day=") + day.toString(Qt::ISODate);
    m_api.send("GET", path, nullptr, answerAs<ConsultationList>(std::move(done)));
}

} // namespace ow
