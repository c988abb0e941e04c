#include "core/service/cases/CaseService.h"

#include "core/domain/cases/PersonalDataAccess.h"
#include "core/domain/org/SupervisionScope.h"
#include "core/service/cases/PersonalDataReads.h"

#include "core/domain/cases/IntakeCheck.h"
#include "core/domain/cases/ReviewerAssignment.h"
#include "core/domain/catalogue/Delegation.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/EnumText.h"
#include "core/domain/util/Masking.h"
#include "core/domain/util/ResidentId.h"
#include "core/service/audit/AuditTrail.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/org/CalendarService.h"
#include "core/service/store/OrgRepository.h"
#include "core/sql/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace ow {

Error CaseService::noDesk()
{
    return forbiddenError(QStringLiteral("no desk for this role"));
}

CaseService::CaseService(Database &db, const Clock &clock, const CatalogueService &catalogue, const CalendarService &calendar,
                         SmsGateway *sms)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_calendar(calendar),
      m_notifications(db, clock, sms ? *sms : m_logSms)
{}


Hall CaseService::hall(const QString &code) const
{
    if (!m_halls.contains(code)) { // halls are added rarely: read them again when one is new
        if (auto halls = OrgRepository(m_db).halls()) {
            for (const Hall &h : halls.value())
                m_halls.insert(h.code, h);
        }
    }
    Hall h = m_halls.value(code);
    h.code = code;
    return h;
}

QDate CaseService::dayAt(const QString &hallCode, const QDateTime &at) const
{
    return serviceDay(hall(hallCode), at);
}

QDate CaseService::today(const QString &hallCode) const
{
    return dayAt(hallCode, m_clock.now());
}

Status CaseService::append(qint64 caseId, CaseAction action, CaseState state, const Account &actor, qint64 assignee,
                           const QString &note, int window, const QJsonObject &detail, const QDateTime &at)
{
    if (auto st = m_db.run(QStringLiteral("INSERT INTO case_heads (case_id, office_hall_id, pickup_hall_id, state, assignee_id) "
                                          "SELECT id, office_hall_id, pickup_hall_id, ?, ? FROM cases WHERE id = ? "
                                          "ON CONFLICT (case_id) DO UPDATE SET state = excluded.state, "
                                          "assignee_id = COALESCE(excluded.assignee_id, case_heads.assignee_id)"),
                           {toString(state), assignee ? QVariant(assignee) : QVariant(QMetaType(QMetaType::LongLong)), caseId});
        !st)
        return st;
    auto inserted = AuditTrail(m_db).insert(
        QStringLiteral("case_events"),
        QStringLiteral("INSERT INTO case_events (case_id, action, state, actor_id, hall_id, window_number, at, assignee_id, "
                                   "note, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {caseId, toString(action), toString(state), actor.id ? QVariant(actor.id) : QVariant(QMetaType(QMetaType::LongLong)),
                     actor.hallId ? QVariant(actor.hallId) : QVariant(QMetaType(QMetaType::LongLong)), window,
                     (at.isValid() ? at : m_clock.now()).toMSecsSinceEpoch(), assignee ? QVariant(assignee) : QVariant(QMetaType(QMetaType::LongLong)),
                     note.trimmed(),
                     detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    if (!inserted)
        return inserted.error();
    return okStatus();
}

// An application checked against the catalogue, ready to be stored.
struct CaseService::Checked
{
    const ServiceItem *service = nullptr;
    Hall hall;
    Hall pickup;
    Hall office;
    MaterialStatuses materials;  // every material of the service, unlisted ones missing
    QList<MissingMaterial> missing; // required materials not received: what the one-time notice lists
};

Result<CaseService::Checked> CaseService::check(const IntakeRequest &req, bool accepting) const
{
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    Checked c;
    c.service = catalogue->service(req.serviceCode);
    if (!c.service)
        return invalidFieldError(QStringLiteral("service"), QStringLiteral("unknown service %1").arg(req.serviceCode));
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    const auto hallOf = [&halls](const QString &code) -> std::optional<Hall> {
        for (const Hall &h : halls.value()) {
            if (h.code == code)
                return h;
        }
        return std::nullopt;
    };
    const auto hall = hallOf(req.hallCode);
    if (!hall)
        return notFoundError(QStringLiteral("unknown hall %1").arg(req.hallCode));
    const auto pickup = hallOf(req.pickupHallCode.isEmpty() ? req.hallCode : req.pickupHallCode);
    if (!pickup)
        return invalidFieldError(QStringLiteral("pickup_hall"), QStringLiteral("unknown hall %1").arg(req.pickupHallCode));
    c.hall = *hall;
    c.pickup = *pickup;
    c.office = *hallOf(ReviewerAssignment::competentOffice(hall->code, c.service->competentLevel, halls.value()));

    // Everything wrong with the application at once, field by field: the window's own check.
    const QHash<QString, QString> problems = IntakeCheck::problems(req, c.service, serviceDay(c.hall, m_clock.now()));
    for (const Material &m : c.service->materials)
        c.materials.insert(m.code, req.materials.value(m.code, MaterialStatus::Missing));
    for (const Material &m : IntakeCheck::missingRequired(req, *c.service))
        c.missing.append({m.code, m.name.zh, m.name.en});
    const auto notDelegated = accepting ? Delegation::refusalText(*c.service, c.hall.level) : std::nullopt;
    if (!problems.isEmpty() || notDelegated) {
        // Not delegated here is what the teller must hear first: it is the message.
        Error e = notDelegated ? Delegation::refusalError(*notDelegated) : invalidFieldsError({});
        QJsonObject fields = e.extra.value(QLatin1String("fields")).toObject();
        for (auto it = problems.begin(); it != problems.end(); ++it)
            fields.insert(it.key(), it.value());
        e.extra.insert(QLatin1String("fields"), fields);
        return e;
    }
    return c;
}

Result<qint64> CaseService::store(const IntakeRequest &req, const Checked &c, const QString &channel, QString *number)
{
    QDate day = serviceDay(c.hall, m_clock.now());
    const CaseNumbers numbers(m_db);
    if (!req.number.isEmpty()) { // accepted offline with a number of the window's leased block
        auto claimed = numbers.claim(req.number, c.hall.id, c.hall.code, req.window);
        if (!claimed)
            return claimed.error();
        if (!req.acceptedAt.isValid() || serviceDay(c.hall, req.acceptedAt) != claimed.value() || req.acceptedAt > m_clock.now().addSecs(300))
            return invalidFieldError(QStringLiteral("accepted_at"), QStringLiteral("the time the window accepted it, on the number's day"));
        day = claimed.value();
        *number = req.number;
    } else {
        auto n = numbers.next(c.hall.id, c.hall.code, day);
        if (!n)
            return n.error();
        *number = n.value();
    }
    auto q = m_db.exec(QStringLiteral("INSERT INTO cases (case_number, service_code, category, kind, risk, hall_id, office_hall_id, "
                                      "pickup_hall_id, window_number, ticket_id, channel, applicant_id, applicant_name, applicant_phone, "
                                      "form, materials, time_limit_days, accepted_day, created_at, catalogue_version) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {*number, c.service->code, c.service->category, toString(c.service->kind), toString(c.service->risk), c.hall.id,
                        c.office.id, c.pickup.id, req.window, req.ticketId ? QVariant(req.ticketId) : QVariant(QMetaType(QMetaType::LongLong)),
                        channel, ResidentId::parse(req.applicantId, day)->text(), req.applicantName.trimmed(), req.applicantPhone.trimmed(),
                        QString::fromUtf8(QJsonDocument(toJson(req.form)).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(QJsonDocument(toJson(c.materials)).toJson(QJsonDocument::Compact)), c.service->timeLimitDays,
                        day.toString(Qt::ISODate), m_clock.now().toMSecsSinceEpoch(), m_catalogue.current()->version()});
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Status CaseService::startReview(const QString &number)
{
    auto accepted = load(number);
    if (!accepted)
        return accepted.error();
    if (auto s = keepDueDay(accepted.value()); !s)
        return s;
    return assignAutomatically(accepted.value(), 0);
}

Result<CaseView> CaseService::intake(const IntakeRequest &req, const Account &actor)
{
    if (req.decision != CaseAction::Accept && req.decision != CaseAction::CompleteOnSpot && req.decision != CaseAction::Refuse)
        return invalidFieldError(QStringLiteral("decision"), QStringLiteral("accept, complete_on_spot or refuse"));
    auto checked = check(req, req.decision != CaseAction::Refuse);
    if (!checked)
        return checked.error();
    const Checked &c = checked.value();
    if (req.decision != CaseAction::Refuse && !c.missing.isEmpty()) {
        // The one-time notice (一次性告知书) is printed from this list.
        Error e = invalidFieldError(QStringLiteral("materials"), QStringLiteral("required materials are missing"));
        e.detail = QStringLiteral("required materials are missing");
        QJsonArray missing;
        for (const MissingMaterial &m : c.missing)
            missing.append(m.toJson());
        e.extra.insert(QLatin1String("missing"), missing);
        return e;
    }
    CaseFacts draft;
    draft.kind = c.service->kind;
    draft.risk = c.service->risk;
    auto state = CaseRules::next(draft, req.decision, {actor.id, CaseDesk::FrontOffice});
    if (!state)
        return state.error();
    QString number;
    const Status st = m_db.transaction([&]() -> Status {
        auto id = store(req, c, QStringLiteral("window"), &number);
        if (!id)
            return id.error();
        if (auto s = append(id.value(), req.decision, state.value(), actor, 0, req.reason, req.window, {},
                            req.number.isEmpty() ? QDateTime() : req.acceptedAt);
            !s)
            return s;
        return state.value() == CaseState::Accepted ? startReview(number) : okStatus();
    });
    if (!st)
        return st.error();
    return load(number);
}

Result<CaseView> CaseService::preSubmit(const IntakeRequest &req, const Account &portal)
{
    auto checked = check(req, true);
    if (!checked)
        return checked.error();
    CaseFacts draft;
    draft.kind = checked.value().service->kind;
    auto state = CaseRules::next(draft, CaseAction::SubmitOnline, {portal.id, CaseDesk::Online});
    if (!state)
        return state.error();
    QString number;
    const Status st = m_db.transaction([&]() -> Status {
        auto id = store(req, checked.value(), QStringLiteral("online"), &number);
        if (!id)
            return id.error();
        return append(id.value(), CaseAction::SubmitOnline, state.value(), portal, 0, QString());
    });
    if (!st)
        return st.error();
    return load(number);
}

Status CaseService::assignAutomatically(CaseView &c, qint64 excluded)
{
    // The office's reviewers and what each already holds: open cases, and how many are urgent
    // (due within the warning time).
    auto q = m_db.exec(QStringLiteral("SELECT a.id, a.categories, a.matters FROM accounts a JOIN halls h ON h.id = a.hall_id "
                                      "WHERE a.role = 'reviewer' AND a.active = 1 AND h.code = ?"),
                       {c.officeHallCode});
    if (!q)
        return q.error();
    QList<ReviewerLoad> reviewers;
    while (q.value().next()) {
        const QString cats = q.value().value(1).toString();
        reviewers.append({q.value().value(0).toLongLong(), c.officeHallCode,
                          cats.isEmpty() ? QStringList() : cats.split(QLatin1Char(','), Qt::SkipEmptyParts), 0, 0,
                          q.value().value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)});
    }
    const QString urgentBy = m_calendar.calendar().addWorkingDays(today(c.officeHallCode), kWarningDays).toString(Qt::ISODate);
    auto held = m_db.exec(QStringLiteral("SELECT h.assignee_id, COUNT(*), SUM(CASE WHEN h.due_day <> '' AND h.due_day <= ? THEN 1 ELSE 0 END) "
                                         "FROM case_heads h JOIN halls o ON o.id = h.office_hall_id WHERE o.code = ? "
                                         "AND h.state IN ('in_review', 'first_approved', 'supplement') GROUP BY h.assignee_id"),
                          {urgentBy, c.officeHallCode});
    if (!held)
        return held.error();
    while (held.value().next()) {
        for (ReviewerLoad &r : reviewers) {
            if (r.id == held.value().value(0).toLongLong()) {
                r.openCases = held.value().value(1).toInt();
                r.urgentCases = held.value().value(2).toInt();
            }
        }
    }
    const bool urgent = c.dueDate.isValid() && c.timeLimit != TimeLimitState::OnTime;
    QList<qint64> exclude{c.facts.receiverId};
    if (excluded)
        exclude << excluded;
    exclude << c.facts.approvers;
    const auto chosen = ReviewerAssignment::choose({c.category, c.officeHallCode, urgent, exclude, c.serviceCode}, reviewers);
    if (!chosen)
        return okStatus(); // nobody can take it now: it waits, on the supervisor's list
    const CaseState next = c.facts.state == CaseState::FirstApproved ? CaseState::FirstApproved : CaseState::InReview;
    return append(c.id, CaseAction::Assign, next, Account{}, *chosen, QString());
}

Status CaseService::recomputeDueDays()
{
    QStringList open;
    auto st = m_db.select(QStringLiteral("SELECT c.case_number FROM case_heads h JOIN cases c ON c.id = h.case_id WHERE h.due_day <> '' "
                                         "AND h.state IN ('accepted', 'in_review', 'supplement', 'first_approved', 'escalated')"),
                          {}, [&open](QSqlQuery &r) {
                              while (r.next())
                                  open << r.value(0).toString();
                          });
    if (!st)
        return st;
    for (const QString &number : std::as_const(open)) {
        auto c = load(number);
        if (!c)
            return c.error();
        if (auto kept = keepDueDay(c.value()); !kept)
            return kept;
    }
    return okStatus();
}

Status CaseService::keepDueDay(const CaseView &c)
{
    return m_db.run(QStringLiteral("UPDATE case_heads SET due_day = ? WHERE case_id = ?"),
                    {c.dueDate.isValid() ? c.dueDate.toString(Qt::ISODate) : QString(), c.id});
}

Result<CaseView> CaseService::load(const QString &number)
{
    auto q = m_db.exec(QStringLiteral("SELECT c.id, c.case_number, c.service_code, c.kind, c.risk, h.code, o.code, p.code, c.applicant_id, "
                                      "c.applicant_name, c.applicant_phone, c.form, c.materials, c.accepted_day, c.time_limit_days, c.category, p.name_zh, "
                                      "c.catalogue_version "
                                      "FROM cases c JOIN halls h ON h.id = c.hall_id JOIN halls o ON o.id = c.office_hall_id "
                                      "LEFT JOIN halls p ON p.id = c.pickup_hall_id WHERE c.case_number = ?"),
                       {number});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFoundError(QStringLiteral("no case %1").arg(number));
    const QSqlQuery &r = q.value();
    CaseView c;
    c.id = r.value(0).toLongLong();
    c.number = r.value(1).toString();
    c.serviceCode = r.value(2).toString();
    c.facts.kind = serviceKindFromString(r.value(3).toString()).value_or(ServiceKind::Committed);
    c.facts.risk = riskLevelFromString(r.value(4).toString()).value_or(RiskLevel::Low);
    c.hallCode = r.value(5).toString();
    c.officeHallCode = r.value(6).toString();
    c.pickupHallCode = r.value(7).toString();
    c.applicantId = r.value(8).toString();
    c.applicantName = r.value(9).toString();
    c.applicantPhone = r.value(10).toString();
    if (auto form = caseFormFromJson(QJsonDocument::fromJson(r.value(11).toString().toUtf8()).object()))
        c.form = form.value();
    const QJsonObject materials = QJsonDocument::fromJson(r.value(12).toString().toUtf8()).object();
    for (auto it = materials.begin(); it != materials.end(); ++it)
        c.materials.insert(it.key(), materialStatusFromString(it.value().toString()).value_or(MaterialStatus::Missing));
    c.notifications = QList<CaseNotification>{}; // read by loadWithNotifications; the case's own file shows them
    c.acceptedDay = QDate::fromString(r.value(13).toString(), Qt::ISODate);
    c.timeLimitDays = r.value(14).toInt();
    c.category = r.value(15).toString();
    c.pickupHallName = r.value(16).toString();
    c.catalogueVersion = r.value(17).toString();

    auto events = m_db.exec(QStringLiteral("SELECT e.action, e.state, e.actor_id, a.username, h.code, e.window_number, e.at, e.assignee_id, "
                                           "e.note, e.detail, a.name_zh, r.username, r.name_zh, a.name_en, r.name_en FROM case_events e LEFT JOIN accounts a ON a.id = e.actor_id "
                                           "LEFT JOIN accounts r ON r.id = e.assignee_id "
                                           "LEFT JOIN halls h ON h.id = e.hall_id WHERE e.case_id = ? ORDER BY e.id"),
                            {c.id});
    if (!events)
        return events.error();
    QList<ClockPause> pauses;
    QDate decided;
    while (events.value().next()) {
        const QSqlQuery &e = events.value();
        const auto action = caseActionFromString(e.value(0).toString());
        const auto state = caseStateFromString(e.value(1).toString());
        if (!action || !state)
            return Error{ErrorCode::Internal, QStringLiteral("case %1 has an unreadable event").arg(number), {}};
        const qint64 actor = e.value(2).toLongLong();
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.value(6).toLongLong(), QTimeZone::utc());
        c.facts.state = *state;
        switch (*action) {
        case CaseAction::Accept:
        case CaseAction::Verify:
        case CaseAction::CompleteOnSpot:
        case CaseAction::Refuse:
            c.facts.receiverId = actor;
            c.acceptedDay = dayAt(c.hallCode, at); // an online pre-submission's clock starts at the window
            break;
        case CaseAction::Assign:
            c.facts.assigneeId = e.value(7).toLongLong();
            break;
        case CaseAction::Approve:
            c.facts.approvers.append(actor);
            break;
        case CaseAction::ReturnForSupplement:
            c.facts.approvers.clear(); // what comes back is reviewed afresh
            pauses.append({dayAt(c.hallCode, at), QDate()});
            break;
        case CaseAction::ReceiveSupplement:
            if (!pauses.isEmpty())
                pauses.last().to = dayAt(c.hallCode, at);
            break;
        default:
            break;
        }
        if ((*state == CaseState::Approved || *state == CaseState::Rejected) && !decided.isValid())
            decided = dayAt(c.officeHallCode, at);
        CaseEvent event;
        event.action = *action;
        event.state = *state;
        if (!e.value(3).isNull())
            event.actor = e.value(3).toString();
        event.hallCode = e.value(4).toString();
        event.at = at;
        event.window = std::max(0, e.value(5).toInt());
        if (!e.value(10).isNull()) {
            event.actorName = e.value(10).toString();
            event.actorNameEn = e.value(13).toString();
        }
        if (!e.value(7).isNull()) {
            event.assigneeId = e.value(7).toLongLong();
            event.assigneeUsername = e.value(11).toString();
            event.assigneeName = e.value(12).toString();
            event.assigneeNameEn = e.value(14).toString();
        }
        event.note = e.value(8).toString();
        // What else the step records: a hand-out's delivery.
        const QJsonObject detail = QJsonDocument::fromJson(e.value(9).toString().toUtf8()).object();
        event.delivery = deliveryFromString(detail.value(QLatin1String("delivery")).toString());
        c.timeline.append(event);
    }
    const bool counts = c.timeLimitDays > 0 && c.facts.state != CaseState::Refused && c.facts.state != CaseState::CompletedOnSpot;
    if (counts) {
        const QDate today = this->today(c.officeHallCode);
        c.dueDate = m_calendar.calendar().dueDate(c.acceptedDay, c.timeLimitDays, pauses, today);
        if (decided.isValid())
            c.timeLimit = decided > c.dueDate ? TimeLimitState::Overdue : TimeLimitState::OnTime;
        else
            c.timeLimit = m_calendar.calendar().timeLimitState(c.dueDate, today, kWarningDays);
    }
    return c;
}

Result<CaseView> CaseService::loadWithNotifications(const QString &number)
{
    auto c = load(number);
    if (!c)
        return c;
    auto sent = m_notifications.ofCase(c.value().id);
    if (!sent)
        return sent.error();
    c.value().notifications = sent.value();
    return c;
}

Result<CaseView> CaseService::find(const QString &number)
{
    return loadWithNotifications(number);
}

Result<CaseView> CaseService::read(const QString &number, const Account &reader, const std::optional<QString> &purpose)
{
    if (purpose) { // a bad purpose is refused before the case is even looked for
        if (auto st = PersonalDataAccess::checkPurpose(*purpose); !st)
            return st.error();
    }
    auto c = loadWithNotifications(number);
    if (!c)
        return c.error();
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    const auto access = PersonalDataAccess::decide(reader, c.value(), SupervisionScope(reader, halls.value()), purpose);
    if (!access)
        return access.error();
    if (auto st = PersonalDataReads(m_db, m_clock)
                      .record(reader, QStringLiteral("case"), c.value().number, access.value(), purpose.value_or(QString()));
        !st)
        return st.error(); // no read without its record
    if (access.value() == PersonalDataAccessLevel::Masked)
        return c.value().masked();
    return c;
}

Result<Delivery> CaseService::checkHandOut(const CaseView &c, const CaseStep &step, const Account &actor) const
{
    const Delivery delivery = step.delivery.value_or(Delivery::Collected);
    if (delivery == Delivery::Mailed) {
        if (step.note.trimmed().isEmpty())
            return invalidFieldError(QStringLiteral("note"), QStringLiteral("a mailed result needs the address or the tracking number"));
        return delivery;
    }
    // The result lies at the pickup hall: only its windows can give it to the citizen.
    const QString pickup = c.pickupHallCode.isEmpty() ? c.hallCode : c.pickupHallCode;
    if (actor.hallCode != pickup) {
        const QString why = QStringLiteral("the result is collected at its pickup hall %1 %2, not at %3")
                                .arg(pickup, c.pickupHallName, actor.hallCode);
        Error e = conflictError(why);
        e.extra.insert(QLatin1String("pickup_hall"), pickup);
        return e;
    }
    return delivery;
}

Status CaseService::notifyApplicant(const CaseView &c, CaseAction action, CaseState next, const CaseStep &step)
{
    // A training hall's applicants are generated: nobody is sent a message.
    auto training = OrgRepository(m_db).isTraining(c.hallCode);
    if (!training)
        return training.error();
    if (training.value())
        return okStatus();
    if (next == CaseState::Approved || next == CaseState::Rejected) {
        const QString hall = c.pickupHallName.isEmpty() ? c.pickupHallCode : c.pickupHallName;
        return m_notifications.notify(c.id, NotificationKind::ResultReady, c.applicantPhone,
                                      CaseNotifications::resultReadyText(c.number, hall));
    }
    if (action == CaseAction::ReturnForSupplement)
        return m_notifications.notify(c.id, NotificationKind::Supplement, c.applicantPhone,
                                      CaseNotifications::supplementText(c.number, step.note));
    if (action == CaseAction::HandOut && step.delivery == Delivery::Mailed)
        return m_notifications.notify(c.id, NotificationKind::Mailed, c.applicantPhone, CaseNotifications::mailedText(c.number));
    return okStatus();
}

Result<CaseView> CaseService::act(const QString &number, CaseAction action, const Account &actor, const QString &note, qint64 assigneeId)
{
    return act(number, CaseStep{action, note, assigneeId, std::nullopt}, actor);
}

Result<CaseView> CaseService::act(const QString &number, const CaseStep &step, const Account &actor)
{
    const CaseAction action = step.action;
    const QString &note = step.note;
    const qint64 assigneeId = step.assigneeId;
    const auto desk = caseDeskOf(actor.role);
    if (!desk)
        return noDesk();
    if (step.delivery && action != CaseAction::HandOut)
        return invalidFieldError(QStringLiteral("delivery"), QStringLiteral("only with hand_out"));
    auto loaded = load(number);
    if (!loaded)
        return loaded.error();
    CaseView c = loaded.value();
    auto next = CaseRules::next(c.facts, action, {actor.id, *desk});
    if (!next)
        return next.error();
    const bool needsNote = action == CaseAction::Reject || action == CaseAction::ReturnForSupplement || action == CaseAction::Escalate;
    if (needsNote && note.trimmed().isEmpty())
        return invalidFieldError(QStringLiteral("note"), QStringLiteral("a reason is required"));
    QJsonObject detail; // what the step records beside the common columns
    if (action == CaseAction::HandOut) {
        auto delivery = checkHandOut(c, step, actor);
        if (!delivery)
            return delivery.error();
        detail.insert(QLatin1String("delivery"), toString(delivery.value()));
    }
    const Status st = m_db.transaction([&]() -> Status {
        if (action == CaseAction::Assign && assigneeId != 0) {
            auto who = m_db.exec(QStringLiteral("SELECT 1 FROM accounts a JOIN halls h ON h.id = a.hall_id WHERE a.id = ? "
                                                "AND a.role = 'reviewer' AND a.active = 1 AND h.code = ?"),
                                 {assigneeId, c.officeHallCode});
            if (!who)
                return who.error();
            if (!who.value().next())
                return invalidFieldError(QStringLiteral("assignee"), QStringLiteral("not a reviewer of the competent office %1").arg(c.officeHallCode));
            if (assigneeId == c.facts.receiverId || c.facts.approvers.contains(assigneeId))
                return forbiddenError(QStringLiteral("the receiver or an approver may not review this case"));
            return append(c.id, action, next.value(), actor, assigneeId, note);
        }
        if (action == CaseAction::Assign) {
            c.facts.state = next.value();
            return assignAutomatically(c, 0);
        }
        if (auto s = append(c.id, action, next.value(), actor, 0, note, 0, detail); !s)
            return s;
        if (auto s = notifyApplicant(c, action, next.value(), step); !s)
            return s;
        if (action == CaseAction::Verify) // checked at the window: the clock starts, a reviewer takes it
            return startReview(number);
        if (action == CaseAction::ReceiveSupplement) { // the clock stood still: the due day moved
            auto after = load(number);
            if (!after)
                return after.error();
            if (auto s = keepDueDay(after.value()); !s)
                return s;
        }
        if (next.value() == CaseState::FirstApproved) {
            // 双人复核: the second approval goes to another reviewer at once.
            auto after = load(number);
            if (!after)
                return after.error();
            return assignAutomatically(after.value(), actor.id);
        }
        return okStatus();
    });
    if (!st)
        return st.error();
    return loadWithNotifications(number);
}

} // namespace ow
