#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ow {

// 差评整改: how the supervisor reached the citizen, what the citizen answered, and where a
// rectification stands. Wire and SQL names come from toString/fromString.
enum class ContactChannel { Phone, Sms, Visit, Other };            // phone, sms, visit, other
enum class CitizenAnswer { Satisfied, NotSatisfied, NotReached };  // satisfied, not_satisfied, not_reached
enum class RectificationState { Open, Overdue, Closed };           // open, overdue, closed

QString toString(ContactChannel v);
QString toString(CitizenAnswer v);
QString toString(RectificationState v);
std::optional<ContactChannel> contactChannelFromString(QStringView s);
std::optional<CitizenAnswer> citizenAnswerFromString(QStringView s);
std::optional<RectificationState> rectificationStateFromString(QStringView s);
// Translated, for screens: 电话 …, 满意 …, 整改中 ….
QString contactChannelText(ContactChannel v);
QString citizenAnswerText(CitizenAnswer v);
QString rectificationStateText(RectificationState v);

// Where a rectification stands on `today` (the hall's own day): closed once closed; overdue
// while open after its due day — the due day itself still counts as in time. The due day was
// counted in working days on the holiday calendar when the rating opened it.
RectificationState rectificationState(const QDate &dueDay, bool closed, const QDate &today);
// Closed after its due day (`closedDay`: the hall's day of the closing).
bool closedLate(const QDate &dueDay, const QDate &closedDay);

} // namespace ow
