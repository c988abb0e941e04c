#pragma once

#include "cityday/City.h"

#include "core/domain/util/Error.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ow::bench {

// What a generated year holds.
struct YearSize
{
    int halls = 300;
    int tickets = 600000; // about; each hall-day's count is drawn around its share
    int cases = 400000;   // about; drawn per served matter
    unsigned seed = 14;
};

// What was written, for the benchmark's header.
struct YearSummary
{
    QDate firstDay;
    QDate lastDay; // "today" of the year: its last working day, the day it was generated
    int workingDays = 0;
    qint64 tickets = 0, ticketEvents = 0, matters = 0, ratings = 0, rectifications = 0;
    qint64 cases = 0, caseEvents = 0;
    qint64 noShows = 0, transfers = 0;
};

// A realistic year of a generated city (bench/cityday/City: 300 halls, their windows, tellers,
// kiosks and displays) written straight into the server's schema, row by row as the services
// write them (QueueService/TicketRepository for tickets, their matters, events and counters;
// Rating and RectificationService for ratings and rectifications; CaseService for cases, their
// timelines and heads), so the reports read it as they read real data:
// - every working day of the 365 days up to `lastDay` (and `lastDay` itself), a hall's tickets
//   drawn around its share (in proportion to its windows; Mondays busier, Fridays quieter);
// - arrivals peak in the morning (about 10:00) and the afternoon (about 15:00); each window
//   calls the next waiting ticket when it is free, so waits grow at the peaks;
// - handling time per matter around the catalogue's standard time (WaitEstimator's), one to
//   three matters a ticket; 3% no-shows (some after a recall), 2% transferred to another window;
// - 35% of served tickets rated, about 3% of those badly, each bad rating opening a
//   rectification that is mostly closed within a week (contacts recorded);
// - cases taken in from served matters: on-the-spot matters completed at the window, committed
//   ones accepted, assigned to a reviewer of the competent office, some returned for a
//   supplement, decided mostly within their time limit (a few late), handed out; 2% refused.
// Nothing happens after the moment of generation: a case still being reviewed stays so.
// Ids grow with time across the city, as the server's would (a day's rows are written in the
// order of their instants), so an index is no more clustered than a real year's.
class CityYear
{
public:
    explicit CityYear(YearSize size) : m_size(size) {}

    // Writes the year into a new database at `path` (replaced if it exists). Progress on stderr.
    Result<YearSummary> generate(const QString &path, const QDate &lastDay) const;
    // The summary of a database generate() wrote (kept in server_meta).
    static Result<YearSummary> summaryOf(const QString &path);

    const City &city() const;
    // Accounts the generator adds beside the city's: a supervisor at the city hall (reads every
    // hall) and reviewers at every hall that decides cases.
    static QString citySupervisor() { return QStringLiteral("supervisor-city"); }

private:
    YearSize m_size;
    mutable std::optional<City> m_city;
};

} // namespace ow::bench
