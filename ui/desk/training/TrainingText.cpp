#include "ui/desk/training/TrainingText.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/queue/RatingLevel.h"

#include <QTimeZone>

namespace ow {

QString TrainingText::materialName(const QString &code, const QStringList &services, const Catalogue *catalogue, const QString &language)
{
    for (const QString &s : services) {
        if (const ServiceItem *item = catalogue ? catalogue->service(s) : nullptr) {
            for (const Material &m : item->materials) {
                if (m.code == code)
                    return m.name.in(language);
            }
        }
    }
    return code;
}

QString TrainingText::serviceNames(const QStringList &services, const Catalogue *catalogue, const QString &language)
{
    QStringList names;
    for (const QString &s : services) {
        const ServiceItem *item = catalogue ? catalogue->service(s) : nullptr;
        names << (item ? item->name.in(language) : s);
    }
    return names.join(tr(", "));
}

QString TrainingText::citizenCard(const TrainingArrivalView &a, const Catalogue *catalogue, const QString &language)
{
    QStringList brought;
    for (const QString &code : a.brought)
        brought << materialName(code, a.services, catalogue, language);
    return tr("Training citizen %1 · ID %2 · hands over: %3")
        .arg(a.citizen.name, a.citizen.idNumber, brought.isEmpty() ? tr("nothing") : brought.join(tr(", ")));
}

QString TrainingText::mistake(const TrainingMistake &m, const TrainingSessionDetail &d, const Catalogue *catalogue, const QString &language)
{
    const TrainingArrivalView arrival = d.arrivals.value(m.arrival);
    const QString who = QStringLiteral("%1 %2").arg(m.ticket, arrival.citizen.name);
    switch (m.kind) {
    case TrainingMistakeKind::WrongMaterialAccepted:
        return tr("%1: “%2” was taken as received for %3, but the citizen had not brought it%4")
            .arg(who, materialName(m.material, arrival.services, catalogue, language), serviceNames({m.service}, catalogue, language),
                 m.caseNumber.isEmpty() ? QString() : tr(" (case %1)").arg(m.caseNumber));
    case TrainingMistakeKind::RefusalWithoutReason:
        return tr("%1: %2 was refused, though the citizen had brought every required material")
            .arg(who, serviceNames({m.service}, catalogue, language));
    case TrainingMistakeKind::TimeOverStandard:
        return tr("%1: served in %2 min, over the standard of %3 min").arg(who).arg(m.minutes).arg(m.standardMinutes);
    }
    return {};
}

QString TrainingText::stateText(const TrainingArrivalView &a)
{
    if (!a.state)
        return tr("arrives at minute %1").arg(a.atMinute);
    switch (*a.state) {
    case TicketState::Waiting:
        return tr("waiting");
    case TicketState::Called:
        return tr("called");
    case TicketState::Serving:
        return tr("being served");
    case TicketState::Parked:
        return tr("stepped away");
    case TicketState::Finished:
        return a.servedMinutes >= 0 ? tr("finished in %1 min (standard %2)").arg(a.servedMinutes).arg(a.standardMinutes) : tr("finished");
    case TicketState::NoShow:
        return tr("did not come");
    case TicketState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString TrainingText::reportHtml(const TrainingSessionDetail &d, const Catalogue *catalogue, const QString &language, const QTimeZone &zone)
{
    const TrainingSession &s = d.session;
    const auto time = [&zone](const QDateTime &at) { return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    QString html = QStringLiteral("<h2>%1</h2>").arg(s.title.toHtmlEscaped());
    html += QStringLiteral("<p>") + tr("Trainee %1 · trainer %2 · started %3").arg(s.trainee, s.trainer, time(s.startedAt));
    html += s.running() ? QStringLiteral(" · <b>%1</b>").arg(tr("running")) : QStringLiteral(" · ") + tr("ended %1").arg(time(s.endedAt));
    html += QStringLiteral("</p>");
    if (d.mistakes.isEmpty()) {
        html += QStringLiteral("<p style='color:#1e7d32'><b>%1</b></p>").arg(tr("No mistakes so far."));
    } else {
        html += QStringLiteral("<h3 style='color:#b3261e'>%1</h3><ol>").arg(tr("Mistakes: %n", nullptr, static_cast<int>(d.mistakes.size())));
        for (const TrainingMistake &m : d.mistakes)
            html += QStringLiteral("<li>%1</li>").arg(mistake(m, d, catalogue, language).toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    html += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>#</th><th>%2</th><th>%3</th>"
                           "<th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(tr("Citizens (%1 of %2 arrived)").arg(s.issued).arg(s.arrivals), tr("Ticket"), tr("Citizen"), tr("Matters"),
                     tr("Left at home"), tr("What happened"));
    for (const TrainingArrivalView &a : d.arrivals) {
        QStringList missing;
        for (const QString &code : a.missing)
            missing << materialName(code, a.services, catalogue, language);
        QString happened = stateText(a);
        if (!a.cases.isEmpty())
            happened += QStringLiteral(" · ") + tr("case %1").arg(a.cases.join(tr(", ")));
        if (a.rating)
            happened += QStringLiteral(" · ") + tr("rates %1").arg(ratingLevelText(*a.rating));
        // The trainer's note on what the arrival is meant to teach, under its matters.
        const QString matters = serviceNames(a.services, catalogue, language).toHtmlEscaped()
                                + (a.note.isEmpty() ? QString() : QStringLiteral("<br><span style='color:#666'>%1</span>").arg(a.note.toHtmlEscaped()));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(a.index + 1)
                    .arg(a.ticket.isEmpty() ? QStringLiteral("—") : a.ticket, a.citizen.name.toHtmlEscaped(), matters,
                         missing.isEmpty() ? QStringLiteral("—") : missing.join(tr(", ")).toHtmlEscaped(), happened.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace ow
