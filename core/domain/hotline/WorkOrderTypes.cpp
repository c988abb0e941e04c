#include "core/domain/hotline/WorkOrderTypes.h"

#include "core/domain/util/EnumText.h"

#include <QCoreApplication>

namespace ow {

namespace {
constexpr EnumText<WorkOrderKind, 5> kKinds{{{{WorkOrderKind::Consultation, "consultation"},
                                              {WorkOrderKind::Booking, "booking"},
                                              {WorkOrderKind::Complaint, "complaint"},
                                              {WorkOrderKind::Suggestion, "suggestion"},
                                              {WorkOrderKind::Praise, "praise"}}}};
constexpr EnumText<WorkOrderStatus, 4> kStatuses{{{{WorkOrderStatus::Open, "open"},
                                                   {WorkOrderStatus::Routed, "routed"},
                                                   {WorkOrderStatus::Answered, "answered"},
                                                   {WorkOrderStatus::Closed, "closed"}}}};
constexpr EnumText<WorkOrderEventKind, 5> kEvents{{{{WorkOrderEventKind::Created, "created"},
                                                    {WorkOrderEventKind::Routed, "routed"},
                                                    {WorkOrderEventKind::Booked, "booked"},
                                                    {WorkOrderEventKind::Answered, "answered"},
                                                    {WorkOrderEventKind::Closed, "closed"}}}};
constexpr const char *kContext = "ow::WorkOrder";
} // namespace

QString toString(WorkOrderKind v) { return kKinds.toString(v); }
QString toString(WorkOrderStatus v) { return kStatuses.toString(v); }
QString toString(WorkOrderEventKind v) { return kEvents.toString(v); }
std::optional<WorkOrderKind> workOrderKindFromString(QStringView s) { return kKinds.fromString(s); }
std::optional<WorkOrderStatus> workOrderStatusFromString(QStringView s) { return kStatuses.fromString(s); }
std::optional<WorkOrderEventKind> workOrderEventKindFromString(QStringView s) { return kEvents.fromString(s); }

QString workOrderKindText(WorkOrderKind v)
{
    switch (v) {
    case WorkOrderKind::Consultation:
        return QCoreApplication::translate(kContext, "Consultation");
    case WorkOrderKind::Booking:
        return QCoreApplication::translate(kContext, "Booking");
    case WorkOrderKind::Complaint:
        return QCoreApplication::translate(kContext, "Complaint");
    case WorkOrderKind::Suggestion:
        return QCoreApplication::translate(kContext, "Suggestion");
    case WorkOrderKind::Praise:
        return QCoreApplication::translate(kContext, "Praise");
    }
    return {};
}

QString workOrderStatusText(WorkOrderStatus v)
{
    switch (v) {
    case WorkOrderStatus::Open:
        return QCoreApplication::translate(kContext, "Open");
    case WorkOrderStatus::Routed:
        return QCoreApplication::translate(kContext, "Routed to the hall");
    case WorkOrderStatus::Answered:
        return QCoreApplication::translate(kContext, "Answered");
    case WorkOrderStatus::Closed:
        return QCoreApplication::translate(kContext, "Closed");
    }
    return {};
}

QString workOrderEventText(WorkOrderEventKind v)
{
    switch (v) {
    case WorkOrderEventKind::Created:
        return QCoreApplication::translate(kContext, "Call recorded");
    case WorkOrderEventKind::Routed:
        return QCoreApplication::translate(kContext, "Routed to the hall's supervisors");
    case WorkOrderEventKind::Booked:
        return QCoreApplication::translate(kContext, "Appointment booked");
    case WorkOrderEventKind::Answered:
        return QCoreApplication::translate(kContext, "Answered");
    case WorkOrderEventKind::Closed:
        return QCoreApplication::translate(kContext, "Closed");
    }
    return {};
}

bool workOrderOverdue(const QDate &dueDay, WorkOrderStatus status, const QDate &today)
{
    return status == WorkOrderStatus::Routed && dueDay.isValid() && today.isValid() && today > dueDay;
}

} // namespace ow
