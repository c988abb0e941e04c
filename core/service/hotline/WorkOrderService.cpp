#include "core/service/hotline/WorkOrderService.h"

#include "core/domain/hotline/WorkOrderRules.h"
#include "core/domain/org/SupervisionScope.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/Masking.h"
#include "core/service/cases/SmsGateway.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/org/CalendarService.h"
#include "core/service/queue/Appointments.h"
#include "core/service/queue/QueueService.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/WorkOrderRepository.h"
#include "core/sql/Database.h"

#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcWorkOrders, "ow.hotline")

namespace ow {

namespace {

// The bureau's signature, which SMS platforms in China put first (【签名】).
const QString kSignature = QStringLiteral("【绵阳人社】");
constexpr int kAnswerInMessage = 300; // characters of the answer a message carries

Error refused(Error e, const char *source)
{
    e.text = {source, {}};
    return e;
}

Error conflict(const char *source, const QString &detail)
{
    return refused(conflictError(detail), source);
}

Error fieldRefusal(const QString &field, const char *source)
{
    return WorkOrderRules::refusal({{field, source}});
}

bool mayRecord(const Account &who)
{
    return Permissions::allows(who.role, Permission::WorkOrdersRecord);
}

} // namespace

WorkOrderService::WorkOrderService(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue,
                                   const CalendarService &calendar, AppointmentService &appointments, SmsGateway *sms, int answerDays)
    : m_db(db)
    , m_clock(clock)
    , m_catalogue(catalogue)
    , m_queue(queue)
    , m_calendar(calendar)
    , m_appointments(appointments)
    , m_sms(sms)
    , m_answerDays(answerDays)
{}

QString WorkOrderService::answerText(const QString &number, const QString &answer)
{
    // Not tr(): the citizen reads Chinese whatever language the server or the agent uses.
    const QString shown = answer.size() > kAnswerInMessage ? answer.left(kAnswerInMessage) + QChar(0x2026) : answer;
    return kSignature + QStringLiteral("您反映的事项（工单号 %1）已有答复：%2").arg(number, shown);
}

Result<QList<Hall>> WorkOrderService::halls() const
{
    return OrgRepository(m_db).halls();
}

Result<std::optional<QSet<QString>>> WorkOrderService::visibleHalls(const Account &who) const
{
    if (mayRecord(who))
        return std::optional<QSet<QString>>();
    auto all = halls();
    if (!all)
        return all.error();
    const SupervisionScope scope(who, all.value());
    QSet<QString> codes;
    for (const Hall &h : all.value()) {
        if (scope.oversees(h.code))
            codes.insert(h.code);
    }
    return std::optional<QSet<QString>>(codes);
}

Result<QDate> WorkOrderService::today(const QString &hallCode)
{
    auto hall = m_queue.hall(hallCode);
    if (!hall)
        return hall.error();
    return serviceDay(*hall.value(), m_clock.now());
}

void WorkOrderService::finish(WorkOrderItem &item, const QDate &today) const
{
    item.overdue = workOrderOverdue(item.dueDay, item.status, today);
    item.phone = mask(PersonalData::Phone, item.phone);
}

Result<std::pair<qint64, QStringList>> WorkOrderService::answeringHall(const QString &hallCode)
{
    auto all = halls();
    if (!all)
        return all.error();
    QHash<QString, const Hall *> byCode;
    for (const Hall &h : all.value())
        byCode.insert(h.code, &h);
    for (const Hall *h = byCode.value(hallCode); h; h = byCode.value(h->parentCode)) {
        auto names = WorkOrderRepository(m_db).supervisorsOf(h->id);
        if (!names)
            return names.error();
        if (!names.value().isEmpty())
            return std::pair{h->id, names.value()};
    }
    return conflict(QT_TRANSLATE_NOOP("ow::Errors", "No supervisor answers for this hall or any hall above it."),
                    QStringLiteral("no supervisor for %1").arg(hallCode));
}

Result<WorkOrderRecord> WorkOrderService::load(const Account &who, const QString &number)
{
    auto found = WorkOrderRepository(m_db).find(number.trimmed().toUpper());
    if (!found)
        return found.error();
    if (!found.value())
        return refused(notFoundError(QStringLiteral("no work order %1").arg(number)),
                       QT_TRANSLATE_NOOP("ow::Errors", "There is no work order with this number."));
    auto visible = visibleHalls(who);
    if (!visible)
        return visible.error();
    if (visible.value() && !visible.value()->contains(found.value()->item.hall))
        return refused(forbiddenError(QStringLiteral("work order of another hall")),
                       QT_TRANSLATE_NOOP("ow::Errors", "This work order is about a hall you do not oversee."));
    return *found.value();
}

Result<WorkOrderDetail> WorkOrderService::detailOf(const WorkOrderRecord &record)
{
    WorkOrderDetail d;
    d.workOrder = record.item;
    d.text = record.text;
    d.answer = record.answer;
    auto day = today(record.item.hall);
    if (!day)
        return day.error();
    finish(d.workOrder, day.value());
    WorkOrderRepository repo(m_db);
    auto events = repo.events(record.item.id);
    if (!events)
        return events.error();
    d.events = events.value();
    auto notices = repo.notifications(record.item.id);
    if (!notices)
        return notices.error();
    for (WorkOrderNotice n : notices.value()) {
        n.phone = mask(PersonalData::Phone, n.phone);
        d.notifications.append(n);
    }
    if (record.item.status != WorkOrderStatus::Open && record.item.routedAt.isValid()) {
        if (auto answering = answeringHall(record.item.hall))
            d.routedTo = answering.value().second;
    }
    return d;
}

void WorkOrderService::tell(const QString &type, const WorkOrderDetail &detail)
{
    // Heard by the live screens only once what they hear of is durable.
    if (m_listener)
        m_db.afterCommit([listener = m_listener, type, item = detail.workOrder] { listener(type, item); });
}

Result<WorkOrderDetail> WorkOrderService::create(const Account &who, const NewWorkOrderRequest &request)
{
    if (const auto problems = WorkOrderRules::checkNew(request); !problems.isEmpty())
        return WorkOrderRules::refusal(problems);
    auto hall = m_queue.hall(request.hall);
    if (!hall)
        return fieldRefusal(QStringLiteral("hall"), QT_TRANSLATE_NOOP("ow::Errors", "There is no such hall."));
    const Hall &h = *hall.value();
    if (!request.service.isEmpty()) {
        const Catalogue *c = m_catalogue.current();
        if (!c || !c->service(request.service))
            return fieldRefusal(QStringLiteral("service"), QT_TRANSLATE_NOOP("ow::Errors", "There is no such matter in the catalogue."));
    }
    const QDateTime now = m_clock.now();
    const QDate day = serviceDay(h, now);
    std::optional<qint64> ticketId;
    if (!request.ticket.isEmpty()) {
        const QDate ticketDay = request.ticketDay.isValid() ? request.ticketDay : day;
        auto ticket = m_queue.ticketByNumber(h.code, ticketDay.toString(Qt::ISODate), request.ticket);
        if (!ticket && ticket.error().code != ErrorCode::NotFound)
            return ticket.error();
        if (!ticket || !ticket.value())
            return fieldRefusal(QStringLiteral("ticket"),
                                QT_TRANSLATE_NOOP("ow::Errors", "This hall issued no ticket with this number on that day."));
        ticketId = ticket.value()->id;
    }
    QString number;
    const Status st = m_db.transaction([&]() -> Status {
        WorkOrderRepository repo(m_db);
        auto next = repo.nextNumber(day);
        if (!next)
            return next.error();
        number = next.value();
        auto id = repo.insert(number, *request.kind, h.id, request.service, request.phone, request.text, ticketId, now, who.id);
        if (!id)
            return id.error();
        return repo.appendEvent(id.value(), h.id, WorkOrderEventKind::Created, now, who.id, {});
    });
    if (!st)
        return st.error();
    return detail(who, number);
}

Result<WorkOrderDetail> WorkOrderService::detail(const Account &who, const QString &number)
{
    auto record = load(who, number);
    if (!record)
        return record.error();
    return detailOf(record.value());
}

Result<WorkOrderList> WorkOrderService::list(const Account &who, const WorkOrderFilter &filter)
{
    auto visible = visibleHalls(who);
    if (!visible)
        return visible.error();
    QList<qint64> ids;
    if (!filter.hall.isEmpty()) {
        auto hall = m_queue.hall(filter.hall);
        if (!hall)
            return fieldRefusal(QStringLiteral("hall"), QT_TRANSLATE_NOOP("ow::Errors", "There is no such hall."));
        if (visible.value() && !visible.value()->contains(filter.hall))
            return refused(forbiddenError(QStringLiteral("hall not overseen")),
                           QT_TRANSLATE_NOOP("ow::Errors", "This work order is about a hall you do not oversee."));
        ids << hall.value()->id;
    } else if (visible.value()) {
        for (const QString &code : *visible.value()) {
            auto hall = m_queue.hall(code);
            if (!hall)
                return hall.error();
            ids << hall.value()->id;
        }
        if (ids.isEmpty())
            return WorkOrderList{};
    }
    // Overdue ones are routed ones past their due day.
    const std::optional<WorkOrderStatus> status = filter.overdue ? std::optional(WorkOrderStatus::Routed) : filter.status;
    if (filter.overdue && filter.status && *filter.status != WorkOrderStatus::Routed)
        return WorkOrderList{};
    auto rows = WorkOrderRepository(m_db).list(ids, filter.kind, status, filter.overdue ? WorkOrderFilter::kMaxLimit : filter.limit);
    if (!rows)
        return rows.error();
    QHash<QString, QDate> days;
    WorkOrderList out;
    for (const WorkOrderRecord &r : rows.value()) {
        if (!days.contains(r.item.hall)) {
            auto day = today(r.item.hall);
            if (!day)
                return day.error();
            days.insert(r.item.hall, day.value());
        }
        WorkOrderItem item = r.item;
        finish(item, days.value(item.hall));
        if (filter.overdue && !item.overdue)
            continue;
        out.workOrders.append(item);
        if (out.workOrders.size() >= filter.limit)
            break;
    }
    return out;
}

Result<WorkOrderDetail> WorkOrderService::route(const Account &who, const QString &number, const WorkOrderNoteRequest &request)
{
    if (const auto problems = WorkOrderRules::checkNote(request); !problems.isEmpty())
        return WorkOrderRules::refusal(problems);
    auto record = load(who, number);
    if (!record)
        return record.error();
    const WorkOrderRecord &r = record.value();
    if (r.item.kind != WorkOrderKind::Complaint && r.item.kind != WorkOrderKind::Suggestion)
        return conflict(QT_TRANSLATE_NOOP("ow::Errors", "Only complaints and suggestions are routed to a hall."),
                        QStringLiteral("%1 is a %2").arg(r.item.number, toString(r.item.kind)));
    if (r.item.status != WorkOrderStatus::Open)
        return conflict(QT_TRANSLATE_NOOP("ow::Errors", "This work order has been routed, answered or closed already."),
                        QStringLiteral("%1 is %2").arg(r.item.number, toString(r.item.status)));
    auto answering = answeringHall(r.item.hall);
    if (!answering)
        return answering.error();
    auto day = today(r.item.hall);
    if (!day)
        return day.error();
    const QDate due = m_calendar.calendar().addWorkingDays(day.value(), m_answerDays);
    const QDateTime now = m_clock.now();
    const Status st = m_db.transaction([&]() -> Status {
        WorkOrderRepository repo(m_db);
        if (auto routed = repo.route(r.item.id, now, due); !routed)
            return routed;
        return repo.appendEvent(r.item.id, r.hallId, WorkOrderEventKind::Routed, now, who.id, request.note,
                                {{QLatin1String("due_day"), due.toString(Qt::ISODate)},
                                 {QLatin1String("answering_hall"), answering.value().first}});
    });
    if (!st)
        return st.error();
    auto out = detail(who, r.item.number);
    if (out)
        tell(QStringLiteral("work_order.routed"), out.value());
    return out;
}

Result<WorkOrderDetail> WorkOrderService::answer(const Account &who, const QString &number, const AnswerWorkOrderRequest &request)
{
    if (const auto problems = WorkOrderRules::checkAnswer(request); !problems.isEmpty())
        return WorkOrderRules::refusal(problems);
    auto record = load(who, number);
    if (!record)
        return record.error();
    const WorkOrderRecord &r = record.value();
    const bool supervisor = Permissions::allows(who.role, Permission::WorkOrdersAnswer);
    if (r.item.status == WorkOrderStatus::Answered || r.item.status == WorkOrderStatus::Closed)
        return conflict(QT_TRANSLATE_NOOP("ow::Errors", "This work order has been answered or closed already."),
                        QStringLiteral("%1 is %2").arg(r.item.number, toString(r.item.status)));
    if (r.item.status == WorkOrderStatus::Routed && !supervisor)
        return refused(forbiddenError(QStringLiteral("routed work orders are answered by the hall")),
                       QT_TRANSLATE_NOOP("ow::Errors", "A routed work order is answered by the hall's supervisor."));
    if (r.item.status == WorkOrderStatus::Open && !mayRecord(who))
        return conflict(QT_TRANSLATE_NOOP("ow::Errors", "This work order has not been routed to your hall."),
                        QStringLiteral("%1 is open").arg(r.item.number));
    auto day = today(r.item.hall);
    if (!day)
        return day.error();
    const QDateTime now = m_clock.now();
    // A work order about a training hall is a trainer's exercise: its caller is nobody to text.
    auto training = OrgRepository(m_db).isTraining(r.item.hall);
    if (!training)
        return training.error();
    const bool notify = request.notify && WorkOrderRules::isMobileNumber(r.item.phone) && !training.value();
    const QString text = answerText(r.item.number, request.answer);
    qint64 noticeId = 0;
    const Status st = m_db.transaction([&]() -> Status {
        WorkOrderRepository repo(m_db);
        if (auto answered = repo.answer(r.item.id, r.item.status, request.answer, now, day.value(), who.id); !answered)
            return answered;
        const bool late = r.item.dueDay.isValid() && day.value() > r.item.dueDay;
        if (auto ev = repo.appendEvent(r.item.id, r.hallId, WorkOrderEventKind::Answered, now, who.id, request.answer,
                                       {{QLatin1String("late"), late}, {QLatin1String("notified"), notify}});
            !ev)
            return ev;
        if (!notify || !m_sms)
            return okStatus();
        auto notice = repo.addNotification(r.item.id, r.item.phone, text, now);
        if (!notice)
            return notice.error();
        noticeId = notice.value();
        // Sent once the answer is durable: nobody hears of an answer that was rolled back.
        m_db.afterCommit([this, noticeId, phone = r.item.phone, text] {
            if (auto sent = m_sms->send(phone, text); !sent) {
                qCWarning(lcWorkOrders, "message %lld to %s not sent: %s", static_cast<long long>(noticeId),
                          qUtf8Printable(mask(PersonalData::Phone, phone)), qUtf8Printable(sent.error().detail));
                return;
            }
            if (auto marked = WorkOrderRepository(m_db).markSent(noticeId, m_clock.now()); !marked)
                qCWarning(lcWorkOrders, "message %lld sent but not marked: %s", static_cast<long long>(noticeId),
                          qUtf8Printable(marked.error().detail));
        });
        return okStatus();
    });
    if (!st)
        return st.error().code == ErrorCode::Conflict
                   ? conflict(QT_TRANSLATE_NOOP("ow::Errors", "This work order has been answered or closed already."), st.error().detail)
                   : st.error();
    auto out = detail(who, r.item.number);
    if (out)
        tell(QStringLiteral("work_order.answered"), out.value());
    return out;
}

Result<WorkOrderDetail> WorkOrderService::close(const Account &who, const QString &number, const WorkOrderNoteRequest &request)
{
    if (const auto problems = WorkOrderRules::checkNote(request); !problems.isEmpty())
        return WorkOrderRules::refusal(problems);
    auto record = load(who, number);
    if (!record)
        return record.error();
    const WorkOrderRecord &r = record.value();
    if (r.item.status == WorkOrderStatus::Closed)
        return conflict(QT_TRANSLATE_NOOP("ow::Errors", "This work order is closed already."), r.item.number);
    if (r.item.status == WorkOrderStatus::Routed)
        return conflict(QT_TRANSLATE_NOOP("ow::Errors", "A routed work order is closed only once the hall has answered it."),
                        r.item.number);
    const QDateTime now = m_clock.now();
    const Status st = m_db.transaction([&]() -> Status {
        WorkOrderRepository repo(m_db);
        if (auto closed = repo.close(r.item.id, r.item.status, now); !closed)
            return closed;
        return repo.appendEvent(r.item.id, r.hallId, WorkOrderEventKind::Closed, now, who.id, request.note);
    });
    if (!st)
        return st.error();
    return detail(who, r.item.number);
}

Result<WorkOrderDetail> WorkOrderService::book(const Account &who, const QString &number, const WorkOrderBookingRequest &request)
{
    auto record = load(who, number);
    if (!record)
        return record.error();
    const WorkOrderRecord &r = record.value();
    if (r.item.status == WorkOrderStatus::Closed)
        return conflict(QT_TRANSLATE_NOOP("ow::Errors", "This work order is closed already."), r.item.number);
    if (!r.item.appointment.isEmpty())
        return conflict(QT_TRANSLATE_NOOP("ow::Errors", "An appointment has been booked from this work order already."),
                        r.item.number);
    BookingRequest booking;
    booking.hallCode = r.item.hall;
    booking.serviceCode = request.service.isEmpty() ? r.item.service : request.service;
    if (booking.serviceCode.isEmpty())
        return fieldRefusal(QStringLiteral("service"), QT_TRANSLATE_NOOP("ow::Errors", "Choose the matter to book."));
    booking.slotAt = request.slotAt;
    booking.channel = Channel::Hotline;
    booking.residentId = request.residentId;
    booking.phone = r.item.phone;
    const QDateTime now = m_clock.now();
    const Status st = m_db.transaction([&]() -> Status {
        auto booked = m_appointments.book(booking, who.id);
        if (!booked)
            return booked.error();
        WorkOrderRepository repo(m_db);
        if (auto set = repo.setAppointment(r.item.id, booked.value().id); !set)
            return set;
        return repo.appendEvent(r.item.id, r.hallId, WorkOrderEventKind::Booked, now, who.id,
                                QStringLiteral("%1 %2").arg(booked.value().code, booked.value().slotAt.toString(Qt::ISODate)),
                                {{QLatin1String("appointment"), booked.value().code}});
    });
    if (!st)
        return st.error();
    return detail(who, r.item.number);
}

Result<WorkOrderReport> WorkOrderService::report(const Account &who, const QString &hallCode, const QDate &from, const QDate &to)
{
    constexpr int kMaxDays = 366;
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) >= kMaxDays)
        return fieldRefusal(QStringLiteral("from"), QT_TRANSLATE_NOOP("ow::Errors", "Give a range of at most 366 days, the first day not after the last."));
    auto visible = visibleHalls(who);
    if (!visible)
        return visible.error();
    QList<qint64> ids;
    if (!hallCode.isEmpty()) {
        auto hall = m_queue.hall(hallCode);
        if (!hall)
            return fieldRefusal(QStringLiteral("hall"), QT_TRANSLATE_NOOP("ow::Errors", "There is no such hall."));
        if (visible.value() && !visible.value()->contains(hallCode))
            return refused(forbiddenError(QStringLiteral("hall not overseen")),
                           QT_TRANSLATE_NOOP("ow::Errors", "This work order is about a hall you do not oversee."));
        ids << hall.value()->id;
    } else if (visible.value()) {
        for (const QString &code : *visible.value()) {
            if (auto hall = m_queue.hall(code))
                ids << hall.value()->id;
        }
        if (ids.isEmpty())
            return refused(forbiddenError(QStringLiteral("no hall overseen")),
                           QT_TRANSLATE_NOOP("ow::Errors", "This work order is about a hall you do not oversee."));
    }
    // Days in the city's time zone (the hotline serves the city).
    const QTimeZone city(QByteArrayLiteral("Asia/Shanghai"));
    const qint64 fromMs = QDateTime(from, QTime(0, 0), city).toMSecsSinceEpoch();
    const qint64 untilMs = QDateTime(to.addDays(1), QTime(0, 0), city).toMSecsSinceEpoch();
    auto rows = WorkOrderRepository(m_db).recorded(ids, fromMs, untilMs);
    if (!rows)
        return rows.error();
    struct Tally
    {
        WorkOrderFigures figures;
        double hoursSum = 0;
    };
    const WorkOrderKind kinds[] = {WorkOrderKind::Consultation, WorkOrderKind::Booking, WorkOrderKind::Complaint,
                                   WorkOrderKind::Suggestion, WorkOrderKind::Praise};
    QHash<QString, Tally> tallies;
    Tally total;
    total.figures.kind = QStringLiteral("total");
    QHash<QString, QDate> days;
    for (const WorkOrderRecord &r : rows.value()) {
        if (!days.contains(r.item.hall)) {
            auto day = today(r.item.hall);
            if (!day)
                return day.error();
            days.insert(r.item.hall, day.value());
        }
        Tally &t = tallies[toString(r.item.kind)];
        for (Tally *x : {&t, &total}) {
            WorkOrderFigures &f = x->figures;
            ++f.count;
            if (r.item.routedAt.isValid())
                ++f.routed;
            if (r.item.answeredAt.isValid()) {
                ++f.answered;
                const double hours = double(r.item.createdAt.secsTo(r.item.answeredAt)) / 3600.0;
                x->hoursSum += hours;
                f.answerHoursMax = std::max(f.answerHoursMax.value_or(0.0), hours);
            }
            if (r.item.answeredLate)
                ++f.answeredLate;
            if (workOrderOverdue(r.item.dueDay, r.item.status, days.value(r.item.hall)))
                ++f.overdue;
        }
    }
    auto round1 = [](double v) { return std::round(v * 10.0) / 10.0; };
    auto complete = [&](Tally &t) {
        if (t.figures.answered > 0) {
            t.figures.answerHoursMean = round1(t.hoursSum / t.figures.answered);
            t.figures.answerHoursMax = round1(*t.figures.answerHoursMax);
        }
    };
    WorkOrderReport out;
    out.hall = hallCode;
    out.from = from;
    out.to = to;
    for (WorkOrderKind k : kinds) {
        Tally t = tallies.value(toString(k));
        t.figures.kind = toString(k);
        complete(t);
        out.rows.append(t.figures);
    }
    complete(total);
    out.total = total.figures;
    return out;
}

} // namespace ow
