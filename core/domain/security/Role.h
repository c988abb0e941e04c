#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

// Who an account is: people (teller, reviewer, supervisor, admin, the guide at the hall's entrance,
// the 12333 hotline's agents) or hall devices.
enum class Role { Teller, Reviewer, Supervisor, Admin, Kiosk, Display, Guide, HotlineAgent };

enum class Permission {
    CatalogueRead,
    OrgRead,
    QueueOperate,
    QueueSupervise,
    CasesIntake,
    CasesReview,
    CasesSupervise,
    RatingsSubmit,
    AdminManage,
    TicketsIssue, // kiosks, tellers (walk-ins at the window), supervisors
    QueueView,    // live queue of a hall: displays, tellers, supervisors
    AppointmentsBook, // book and cancel appointments: tellers (12333 hotline and online portal accounts), supervisors, hotline agents
    ConsultationsLog, // log questions answered without a ticket (咨询): guides; supervisors read the hall's log
    WorkOrdersRecord, // 12333 work orders: record a call, route, book, close (hotline agents)
    WorkOrdersAnswer, // answer the work orders routed to one's halls (supervisors)
    TrainingRun,      // start and end training sessions, read their reports (supervisors, administrators)
};

// Which halls an account may name in a request: its own, or — for accounts that supervise
// queues — any hall too.
enum class HallScope { Own, OwnOrSupervisor };

QString toString(Role role);
std::optional<Role> roleFromString(QStringView s);
QString toString(Permission p);
QString roleDisplayName(Role role); // translated

// The one place that says which role may do what. Handlers ask it; they never decide.
class Permissions
{
public:
    static bool allows(Role role, Permission permission);
    static QStringList namesFor(Role role);
    // Whether the account may act on the queue of `hallCode`: its own hall; supervisors and
    // admins also the halls below theirs are checked by the caller with the org tree later.
    static bool atHall(const QString &accountHall, Role role, const QString &hallCode);
};

} // namespace ow
