#pragma once

#include "core/domain/util/Error.h"

#include <QDateTime>

namespace ow {

class Catalogue;
class Database;
class WorkCalendar;

// Weeks of past work for the demo city's city hall and its Fucheng district hall, so that the
// arrival forecast and the staffing plan (15分钟承诺) have something to show in the demo: on each
// working day of the calendar (holidays and 调休 as the city has them) tickets arrive with a
// morning peak 9–11 and an after-lunch peak 14–15, busier on Mondays, each called within minutes
// and served for about seven (a log-normal spread), finished. Numbers, matters and times are made
// up, from a fixed seed: the same every time. Only a hall with no tickets before today gets them;
// nothing else is touched (no events, no ratings: the day's figures and the audit trail stay as
// they are). For `onewindow-server --seed-demo --demo-history`, never for a real bureau.
class DemoHistory
{
public:
    static constexpr int kWeeks = 8;
    // The tickets written (0 when every hall already had history).
    static Result<int> seed(Database &db, const Catalogue &catalogue, const WorkCalendar &calendar, const QDateTime &now,
                            int weeks = kWeeks);
};

} // namespace ow
