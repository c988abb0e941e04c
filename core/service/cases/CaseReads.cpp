// CaseService beyond a case's steps: a desk's worklist, a person's history and who looked them
// up, the reviewers a case may go to, the changes since a client's cursor, the case numbers a
// window leases for working offline, and the public status a citizen reads with a case number.
// The intake and every step of a case are in CaseService.cpp.
#include "core/service/cases/CaseService.h"

#include "core/domain/cases/PersonalDataAccess.h"
#include "core/domain/cases/ReviewerAssignment.h"
#include "core/domain/org/SupervisionScope.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/Masking.h"
#include "core/domain/util/ResidentId.h"
#include "core/service/audit/AuditTrail.h"
#include "core/service/cases/CaseNumbers.h"
#include "core/service/cases/PersonalDataReads.h"
#include "core/service/org/CalendarService.h"
#include "core/service/store/OrgRepository.h"
#include "core/sql/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ow {

Result<QList<CaseView>> CaseService::worklist(const Account &actor)
{
    const auto desk = caseDeskOf(actor.role);
    if (!desk)
        return noDesk();
    QString where;
    QVariantList values;
    switch (*desk) {
    case CaseDesk::Reviewer:
        where = QStringLiteral("h.assignee_id = ? AND h.state IN ('in_review', 'first_approved')");
        values = {actor.id};
        break;
    case CaseDesk::Supervisor:
        // Escalated, waiting for a reviewer, or open and due within the warning time.
        where = QStringLiteral("h.office_hall_id = ? AND (h.state IN ('escalated', 'accepted') OR (h.state IN "
                               "('in_review', 'first_approved', 'supplement') AND h.due_day <> '' AND h.due_day <= ?))");
        values = {actor.hallId, m_calendar.calendar().addWorkingDays(today(actor.hallCode), kWarningDays).toString(Qt::ISODate)};
        break;
    case CaseDesk::FrontOffice:
        // To hand out, and online pre-submissions for this hall to check.
        where = QStringLiteral("(h.pickup_hall_id = ? AND h.state IN ('approved', 'rejected')) OR "
                               "(h.state = 'pre_submitted' AND c.hall_id = ?)");
        values = {actor.hallId, actor.hallId};
        break;
    case CaseDesk::Online:
        return QList<CaseView>{};
    }
    auto q = m_db.exec(QStringLiteral("SELECT c.case_number FROM case_heads h JOIN cases c ON c.id = h.case_id WHERE ") + where
                           + QStringLiteral(" ORDER BY h.due_day, c.id"),
                       values);
    if (!q)
        return q.error();
    QStringList numbers;
    while (q.value().next())
        numbers << q.value().value(0).toString();
    QList<CaseView> out;
    for (const QString &n : std::as_const(numbers)) {
        auto c = load(n);
        if (!c)
            return c.error();
        out.append(c.value());
    }
    return out;
}

// A resident ID number that came in a URL path: one that cannot be right is a request not
// understood (BadRequest) rather than a form to correct, with the problem named.
Result<ResidentId> CaseService::personFromPath(const QString &idNumber, const Account &actor) const
{
    const QDate day = today(actor.hallCode);
    const auto id = ResidentId::parse(idNumber, day);
    if (!id)
        return Error{ErrorCode::BadRequest, QStringLiteral("invalid resident ID number"),
                     {{QLatin1String("fields"), QJsonObject{{QLatin1String("id_number"), ResidentId::problemText(ResidentId::check(idNumber, day))}}}}};
    return *id;
}

Result<ApplicantHistory> CaseService::applicantHistory(const QString &idNumber, const Account &actor)
{
    const auto id = personFromPath(idNumber, actor);
    if (!id)
        return id.error();
    // Newest first: the name and phone of the latest case (the phone of the latest that has one).
    auto q = m_db.exec(QStringLiteral("SELECT c.case_number, c.service_code, h.state, c.applicant_name, c.applicant_phone "
                                      "FROM cases c LEFT JOIN case_heads h ON h.case_id = c.id WHERE c.applicant_id = ? "
                                      "ORDER BY c.id DESC"),
                       {id.value().text()});
    if (!q)
        return q.error();
    ApplicantHistory out;
    out.idNumber = id.value().text();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        if (out.cases == 0)
            out.name = r.value(3).toString();
        if (out.phone.isEmpty())
            out.phone = r.value(4).toString();
        if (out.cases < kRecentCases) {
            out.recent.append({r.value(0).toString(), r.value(1).toString(),
                               caseStateFromString(r.value(2).toString()).value_or(CaseState::Accepted)});
        }
        ++out.cases;
    }
    if (auto st = AuditTrail(m_db).insert(QStringLiteral("citizen_lookups"),
                                          QStringLiteral("INSERT INTO citizen_lookups (account_id, id_number, found, at) VALUES (?, ?, ?, ?)"),
                                          {actor.id, id.value().text(), out.cases > 0 ? 1 : 0, m_clock.now().toMSecsSinceEpoch()});
        !st)
        return st.error(); // no lookup without its record
    if (out.cases == 0)
        return notFoundError(QStringLiteral("no cases for this person"));
    return out;
}

Result<QList<CitizenLookup>> CaseService::lookupsOf(const QString &idNumber, const Account &actor)
{
    const auto id = personFromPath(idNumber, actor);
    if (!id)
        return id.error();
    auto q = m_db.exec(QStringLiteral("SELECT a.username, a.name_zh, h.code, l.found, l.at FROM citizen_lookups l "
                                      "JOIN accounts a ON a.id = l.account_id JOIN halls h ON h.id = a.hall_id "
                                      "WHERE l.id_number = ? ORDER BY l.id DESC LIMIT 200"),
                       {id.value().text()});
    if (!q)
        return q.error();
    QList<CitizenLookup> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toInt() == 1,
                    QDateTime::fromMSecsSinceEpoch(r.value(4).toLongLong(), QTimeZone::utc())});
    }
    return out;
}

Result<QList<CaseReviewer>> CaseService::reviewersFor(const QString &number)
{
    auto loaded = load(number);
    if (!loaded)
        return loaded.error();
    const CaseView &c = loaded.value();
    auto q = m_db.exec(QStringLiteral("SELECT a.id, a.username, a.name_zh, a.categories, (SELECT COUNT(*) FROM case_heads h "
                                      "WHERE h.assignee_id = a.id AND h.state IN ('in_review', 'first_approved', 'supplement')) "
                                      "FROM accounts a JOIN halls o ON o.id = a.hall_id WHERE a.role = 'reviewer' AND a.active = 1 "
                                      "AND o.code = ? ORDER BY a.username"),
                       {c.officeHallCode});
    if (!q)
        return q.error();
    QList<CaseReviewer> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const qint64 id = r.value(0).toLongLong();
        const QStringList skills = r.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        const bool eligible = id != c.facts.receiverId && !c.facts.approvers.contains(id)
                              && (skills.isEmpty() || skills.contains(c.category));
        out.append({id, r.value(1).toString(), r.value(2).toString(), r.value(4).toInt(), id == c.facts.assigneeId, eligible});
    }
    return out;
}

Result<CaseChanges> CaseService::changesSince(const Account &actor, qint64 cursor, int limit)
{
    if (!caseDeskOf(actor.role))
        return noDesk();
    limit = std::clamp(limit, 1, 1000);
    auto q = m_db.exec(QStringLiteral("SELECT e.id, c.case_number FROM case_events e JOIN cases c ON c.id = e.case_id "
                                      "WHERE e.id > ? AND (c.hall_id = ? OR c.office_hall_id = ? OR c.pickup_hall_id = ?) "
                                      "ORDER BY e.id LIMIT ?"),
                       {cursor, actor.hallId, actor.hallId, actor.hallId, limit + 1});
    if (!q)
        return q.error();
    QStringList cases;
    QSet<QString> seen;
    qint64 last = cursor;
    int rows = 0;
    bool more = false;
    while (q.value().next()) {
        if (++rows > limit) {
            more = true;
            break;
        }
        last = q.value().value(0).toLongLong();
        const QString number = q.value().value(1).toString();
        if (!seen.contains(number)) {
            seen.insert(number);
            cases.append(number);
        }
    }
    return CaseChanges{last, cases, more};
}

Result<PublicCaseStatus> CaseService::publicStatus(const QString &number, const QString &idLast4)
{
    const Error notFound = notFoundError(QStringLiteral("no such case"));
    auto c = load(number);
    if (!c)
        return c.error().code == ErrorCode::NotFound ? notFound : c.error();
    if (idLast4.size() != 4 || !c.value().applicantId.endsWith(idLast4.toUpper()))
        return notFound; // the same answer as an unknown number: nothing is revealed
    const CaseView &v = c.value();
    PublicCaseStatus s{v.number, v.serviceCode, v.facts.state, v.acceptedDay, v.dueDate, v.pickupHallCode, std::nullopt};
    if (v.facts.state == CaseState::Supplement) {
        // What the reviewer asked for, as the citizen needs to know it.
        for (auto it = v.timeline.crbegin(); it != v.timeline.crend(); ++it) {
            if (it->action == CaseAction::ReturnForSupplement) {
                s.missing = it->note;
                break;
            }
        }
    }
    return s;
}

Result<QList<CaseNumberBlock>> CaseService::leaseNumbers(const Account &actor, int window, int count)
{
    if (!actor.hallId)
        return forbiddenError(QStringLiteral("no hall"));
    return CaseNumbers(m_db).lease(actor.hallId, actor.hallCode, today(actor.hallCode), window, actor.id, m_clock.now().toMSecsSinceEpoch(), count);
}

} // namespace ow
