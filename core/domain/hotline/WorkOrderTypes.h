#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ow {

// 12333 工单: what a call was about, where its work order stands, and what happened to it. Wire
// and SQL names come from toString/fromString.
enum class WorkOrderKind { Consultation, Booking, Complaint, Suggestion, Praise }; // consultation, booking, complaint, suggestion, praise
enum class WorkOrderStatus { Open, Routed, Answered, Closed };                    // open, routed, answered, closed
enum class WorkOrderEventKind { Created, Routed, Booked, Answered, Closed };       // created, routed, booked, answered, closed

QString toString(WorkOrderKind v);
QString toString(WorkOrderStatus v);
QString toString(WorkOrderEventKind v);
std::optional<WorkOrderKind> workOrderKindFromString(QStringView s);
std::optional<WorkOrderStatus> workOrderStatusFromString(QStringView s);
std::optional<WorkOrderEventKind> workOrderEventKindFromString(QStringView s);
// Translated, for screens: 咨询 …, 已转办 …, 转办 ….
QString workOrderKindText(WorkOrderKind v);
QString workOrderStatusText(WorkOrderStatus v);
QString workOrderEventText(WorkOrderEventKind v);

// A routed work order is overdue on `today` (the hall's own day) when it is still unanswered after
// its due day — the due day itself still counts as in time. The due day was counted in working
// days on the holiday calendar when it was routed.
bool workOrderOverdue(const QDate &dueDay, WorkOrderStatus status, const QDate &today);

} // namespace ow
