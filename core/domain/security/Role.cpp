#include "core/domain/security/Role.h"

#include "core/domain/util/EnumText.h"

#include <QCoreApplication>

namespace ow {

namespace {
constexpr EnumText<Role, 8> kRoles{{{
    {Role::Teller, "teller"},
    {Role::Reviewer, "reviewer"},
    {Role::Supervisor, "supervisor"},
    {Role::Admin, "admin"},
    {Role::Kiosk, "kiosk"},
    {Role::Display, "display"},
    {Role::Guide, "guide"},
    {Role::HotlineAgent, "hotline_agent"},
}}};
constexpr EnumText<Permission, 16> kPermissions{{{
    {Permission::CatalogueRead, "catalogue.read"},
    {Permission::OrgRead, "org.read"},
    {Permission::QueueOperate, "queue.operate"},
    {Permission::QueueSupervise, "queue.supervise"},
    {Permission::CasesIntake, "cases.intake"},
    {Permission::CasesReview, "cases.review"},
    {Permission::CasesSupervise, "cases.supervise"},
    {Permission::RatingsSubmit, "ratings.submit"},
    {Permission::AdminManage, "admin.manage"},
    {Permission::TicketsIssue, "tickets.issue"},
    {Permission::QueueView, "queue.view"},
    {Permission::AppointmentsBook, "appointments.book"},
    {Permission::ConsultationsLog, "consultations.log"},
    {Permission::WorkOrdersRecord, "workorders.record"},
    {Permission::WorkOrdersAnswer, "workorders.answer"},
    {Permission::TrainingRun, "training.run"},
}}};
constexpr Permission kAll[] = {Permission::CatalogueRead, Permission::OrgRead, Permission::QueueOperate,
                               Permission::QueueSupervise, Permission::CasesIntake, Permission::CasesReview,
                               Permission::CasesSupervise, Permission::RatingsSubmit, Permission::AdminManage,
                               Permission::TicketsIssue, Permission::QueueView, Permission::AppointmentsBook,
                               Permission::ConsultationsLog, Permission::WorkOrdersRecord, Permission::WorkOrdersAnswer,
                               Permission::TrainingRun};
} // namespace

QString toString(Role role) { return kRoles.toString(role); }
std::optional<Role> roleFromString(QStringView s) { return kRoles.fromString(s); }
QString toString(Permission p) { return kPermissions.toString(p); }

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Teller:
        return QCoreApplication::translate("ow::Role", "Teller");
    case Role::Reviewer:
        return QCoreApplication::translate("ow::Role", "Back-office reviewer");
    case Role::Supervisor:
        return QCoreApplication::translate("ow::Role", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("ow::Role", "Administrator");
    case Role::Kiosk:
        return QCoreApplication::translate("ow::Role", "Kiosk");
    case Role::Display:
        return QCoreApplication::translate("ow::Role", "Hall display");
    case Role::Guide:
        return QCoreApplication::translate("ow::Role", "Guide desk");
    case Role::HotlineAgent:
        return QCoreApplication::translate("ow::Role", "12333 hotline agent");
    }
    return {};
}

bool Permissions::allows(Role role, Permission p)
{
    switch (role) {
    case Role::Teller:
        return p == Permission::CatalogueRead || p == Permission::OrgRead || p == Permission::QueueOperate
               || p == Permission::CasesIntake || p == Permission::RatingsSubmit || p == Permission::TicketsIssue
               || p == Permission::QueueView || p == Permission::AppointmentsBook;
    case Role::Reviewer:
        return p == Permission::CatalogueRead || p == Permission::OrgRead || p == Permission::CasesReview;
    case Role::Supervisor:
        // Supervisors watch and steer; they do not accept or approve cases themselves.
        return p == Permission::CatalogueRead || p == Permission::OrgRead || p == Permission::QueueSupervise
               || p == Permission::CasesSupervise || p == Permission::TicketsIssue || p == Permission::QueueView
               || p == Permission::AppointmentsBook || p == Permission::ConsultationsLog || p == Permission::WorkOrdersAnswer
               || p == Permission::TrainingRun;
    case Role::Admin:
        return p == Permission::CatalogueRead || p == Permission::OrgRead || p == Permission::AdminManage || p == Permission::TrainingRun;
    case Role::Kiosk:
        return p == Permission::CatalogueRead || p == Permission::TicketsIssue;
    case Role::Display:
        return p == Permission::QueueView;
    case Role::Guide:
        // The guide at the entrance looks matters up, issues tickets with a pre-check and logs
        // consultations; they never call tickets or work cases.
        return p == Permission::CatalogueRead || p == Permission::OrgRead || p == Permission::TicketsIssue
               || p == Permission::ConsultationsLog;
    case Role::HotlineAgent:
        // The agent records calls and books for callers; answering a complaint is the hall's.
        return p == Permission::CatalogueRead || p == Permission::OrgRead || p == Permission::AppointmentsBook
               || p == Permission::WorkOrdersRecord;
    }
    return false;
}

bool Permissions::atHall(const QString &accountHall, Role role, const QString &hallCode)
{
    return accountHall == hallCode || role == Role::Admin;
}

QStringList Permissions::namesFor(Role role)
{
    QStringList names;
    for (Permission p : kAll) {
        if (allows(role, p))
            names << toString(p);
    }
    return names;
}

} // namespace ow
