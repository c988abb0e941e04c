#pragma once

// What the risk checks share: how they name a subject and a piece of evidence, and how they say
// what they found (a RiskMessages id and its arguments — never text of their own).
#include "core/domain/risk/RiskMessages.h"
#include "core/domain/util/Masking.h"
#include "core/service/risk/RiskCheck.h"

#include <QTimeZone>
#include "core/service/risk/RiskFacts.h"

namespace ow::riskcheck {

// A message of the catalogue: `id` must be one of RiskMessages::ids() (tst_risk_messages and the
// server's risk tests check that every id a check says is known and gets as many arguments as
// its text has places).
inline RiskMessage message(const char *id, QJsonArray args = {})
{
    return {QString::fromLatin1(id), std::move(args)};
}

// A nested message, as an argument of another.
inline QJsonObject nested(const RiskMessage &m)
{
    QJsonObject o{{QLatin1String("id"), m.id}};
    if (!m.args.isEmpty())
        o.insert(QLatin1String("args"), m.args);
    return o;
}

inline RiskSubject staffSubject(RiskFacts &facts, qint64 accountId)
{
    const auto s = facts.staff(accountId);
    return {RiskSubjectKind::Staff, s ? s->username : QString::number(accountId), accountId, s ? s->name : QString()};
}

inline RiskSubject residentSubject(const QString &idNumber)
{
    return {RiskSubjectKind::Resident, mask(PersonalData::ResidentIdNumber, idNumber), 0, {}};
}

inline RiskSubject caseSubject(const RiskCaseEvent &e)
{
    return {RiskSubjectKind::Case, e.caseNumber, e.caseId, {}};
}

inline RiskSubject ticketSubject(const RiskDay &day, const RiskTicket &t)
{
    return {RiskSubjectKind::Ticket, QStringLiteral("%1 %2").arg(day.day.toString(Qt::ISODate), t.number), t.id, {}};
}

// A ticket event as evidence: the ticket's number, what `what` says of it, and the window.
inline RiskEvidence ticketEvidence(const RiskTicket &t, const RiskTicketEvent &e, const QJsonValue &what)
{
    const RiskMessage note = e.window ? message("evidence.ticket_at_window", {t.number, what, e.window})
                                      : message("evidence.ticket", {t.number, what});
    return {RiskEvidenceKind::TicketEvent, e.id, e.at, {}, note};
}

inline RiskEvidence ticketEvidence(const RiskTicket &t, const RiskTicketEvent &e, const RiskMessage &what)
{
    return ticketEvidence(t, e, QJsonValue(nested(what)));
}

// The event itself as what is said of it ("called", "no-show"…).
inline RiskEvidence ticketEventEvidence(const RiskTicket &t, const RiskTicketEvent &e)
{
    return ticketEvidence(t, e, RiskMessages::term("ticket_event", e.kind));
}

// A case event as evidence: the case's number, its matter, the action.
inline RiskEvidence caseEvidence(qint64 eventId, const QDateTime &at, const QString &caseNumber, const QString &service,
                                 const QString &action)
{
    return {RiskEvidenceKind::CaseEvent, eventId, at, {},
            message("evidence.case", {caseNumber, service, RiskMessages::term("case_action", action)})};
}

inline RiskEvidence caseEvidence(const RiskCaseEvent &e)
{
    return caseEvidence(e.id, e.at, e.caseNumber, e.service, e.action);
}

inline QString dayText(const RiskDay &day)
{
    return day.day.toString(Qt::ISODate);
}

} // namespace ow::riskcheck
