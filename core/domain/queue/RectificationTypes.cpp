#include "core/domain/queue/RectificationTypes.h"

#include "core/domain/util/EnumText.h"

#include <QCoreApplication>

namespace ow {

namespace {
constexpr EnumText<ContactChannel, 4> kChannels{{{{ContactChannel::Phone, "phone"},
                                                  {ContactChannel::Sms, "sms"},
                                                  {ContactChannel::Visit, "visit"},
                                                  {ContactChannel::Other, "other"}}}};
constexpr EnumText<CitizenAnswer, 3> kAnswers{{{{CitizenAnswer::Satisfied, "satisfied"},
                                                {CitizenAnswer::NotSatisfied, "not_satisfied"},
                                                {CitizenAnswer::NotReached, "not_reached"}}}};
constexpr EnumText<RectificationState, 3> kStates{{{{RectificationState::Open, "open"},
                                                    {RectificationState::Overdue, "overdue"},
                                                    {RectificationState::Closed, "closed"}}}};
constexpr const char *kContext = "ow::Rectification";
} // namespace

QString toString(ContactChannel v) { return kChannels.toString(v); }
QString toString(CitizenAnswer v) { return kAnswers.toString(v); }
QString toString(RectificationState v) { return kStates.toString(v); }
std::optional<ContactChannel> contactChannelFromString(QStringView s) { return kChannels.fromString(s); }
std::optional<CitizenAnswer> citizenAnswerFromString(QStringView s) { return kAnswers.fromString(s); }
std::optional<RectificationState> rectificationStateFromString(QStringView s) { return kStates.fromString(s); }

QString contactChannelText(ContactChannel v)
{
    switch (v) {
    case ContactChannel::Phone:
        return QCoreApplication::translate(kContext, "Telephone");
    case ContactChannel::Sms:
        return QCoreApplication::translate(kContext, "Text message");
    case ContactChannel::Visit:
        return QCoreApplication::translate(kContext, "In person");
    case ContactChannel::Other:
        return QCoreApplication::translate(kContext, "Other");
    }
    return {};
}

QString citizenAnswerText(CitizenAnswer v)
{
    switch (v) {
    case CitizenAnswer::Satisfied:
        return QCoreApplication::translate(kContext, "Satisfied");
    case CitizenAnswer::NotSatisfied:
        return QCoreApplication::translate(kContext, "Not satisfied");
    case CitizenAnswer::NotReached:
        return QCoreApplication::translate(kContext, "Not reached");
    }
    return {};
}

QString rectificationStateText(RectificationState v)
{
    switch (v) {
    case RectificationState::Open:
        return QCoreApplication::translate(kContext, "Open");
    case RectificationState::Overdue:
        return QCoreApplication::translate(kContext, "Overdue");
    case RectificationState::Closed:
        return QCoreApplication::translate(kContext, "Closed");
    }
    return {};
}

RectificationState rectificationState(const QDate &dueDay, bool closed, const QDate &today)
{
    if (closed)
        return RectificationState::Closed;
    return today > dueDay ? RectificationState::Overdue : RectificationState::Open;
}

bool closedLate(const QDate &dueDay, const QDate &closedDay)
{
    return closedDay.isValid() && dueDay.isValid() && closedDay > dueDay;
}

} // namespace ow
