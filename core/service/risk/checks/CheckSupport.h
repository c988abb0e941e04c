#pragma once

// What the risk checks share: how they name a subject and a piece of evidence.
#include "core/domain/util/Masking.h"
#include "core/service/risk/RiskCheck.h"

#include <QTimeZone>
#include "core/service/risk/RiskFacts.h"

namespace ow::riskcheck {

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

inline RiskEvidence ticketEvidence(const RiskTicket &t, const RiskTicketEvent &e, const QString &what)
{
    QString note = QStringLiteral("%1 %2").arg(t.number, what);
    if (e.window)
        note += QStringLiteral(" @%1").arg(e.window);
    return {RiskEvidenceKind::TicketEvent, e.id, e.at, note};
}

inline RiskEvidence caseEvidence(const RiskCaseEvent &e)
{
    return {RiskEvidenceKind::CaseEvent, e.id, e.at, QStringLiteral("%1 %2 %3").arg(e.caseNumber, e.service, e.action)};
}

inline QString dayText(const RiskDay &day)
{
    return day.day.toString(Qt::ISODate);
}

} // namespace ow::riskcheck
