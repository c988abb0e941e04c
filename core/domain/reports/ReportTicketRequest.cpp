#include "core/domain/reports/ReportTicketRequest.h"

#include <QJsonObject>

namespace ow {

Result<ReportTicketRequest> ReportTicketRequest::parse(ReportRequest report, const std::optional<QString> &key,
                                                       const QString &figure)
{
    ReportTicketRequest r;
    r.report = std::move(report);
    QJsonObject fields;
    ErrorText text;
    if (!key) {
        fields.insert(QStringLiteral("key"), QStringLiteral("required"));
        text = {QT_TRANSLATE_NOOP("ow::Errors", "Say which row's tickets to list (the parameter key)."), {}};
    } else {
        r.key = key->trimmed();
    }
    if (!figure.isEmpty()) {
        if (const auto f = ticketFigureFromString(figure)) {
            r.figure = *f;
        } else {
            fields.insert(QStringLiteral("figure"), QStringLiteral("a figure whose tickets can be listed"));
            if (!text.source)
                text = {QT_TRANSLATE_NOOP("ow::Errors", "The tickets behind “%1” cannot be listed."), {figure}};
        }
    }
    if (r.report.format != ReportFormat::Json) {
        fields.insert(QStringLiteral("format"), QStringLiteral("json"));
        if (!text.source)
            text = {QT_TRANSLATE_NOOP("ow::Errors", "The tickets are listed as json only."), {}};
    }
    if (fields.isEmpty())
        return r;
    Error e = invalidFieldsError(fields);
    e.text = text;
    return e;
}

} // namespace ow
