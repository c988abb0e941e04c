#pragma once

#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/org/Org.h"
#include "core/domain/reports/ReportRequest.h"
#include "core/domain/reports/TicketRecord.h"
#include "core/domain/security/Account.h"
#include "core/service/reports/ReportReader.h"

#include <QHash>
#include <QSet>

namespace ow {

class Database;
class QueueService;

// What the queue report (ReportService) and its drill-down to the tickets (ReportTickets) share,
// so that a ticket listed behind a figure is exactly one the figure counted: which halls a
// request covers, which row a ticket, a rating, a transfer or a parking falls in, and the names
// of the staff in teller rows.
namespace reportgrouping {

// Which row something falls in: a hall (for hall, office, window, teller and reviewer rows), a
// window number (window rows sort by it) and the key.
struct RowKey
{
    QString hall;
    int number = 0;
    QString key;

    bool operator<(const RowKey &o) const
    {
        if (hall != o.hall)
            return hall < o.hall;
        if (number != o.number)
            return number < o.number;
        return key < o.key;
    }
    bool operator==(const RowKey &) const = default;
};

// The halls a report covers, with every hall by id (a case's other hall may be outside them).
struct HallSet
{
    QList<Hall> all;
    QList<Hall> selected;
    QHash<qint64, qsizetype> byId; // index into `all`
    QList<qint64> selectedIds;
    QStringList selectedCodes;

    const Hall *hall(qint64 id) const
    {
        const auto it = byId.constFind(id);
        return it == byId.constEnd() ? nullptr : &all.at(*it);
    }
    // The request's hall and the halls below it, as `who` may read them (ReportScope).
    static Result<HallSet> of(Database &db, const ReportRequest &req, const Account &who);
    // The hall of `who` alone, whatever their role (their own figures).
    static Result<HallSet> own(Database &db, const Account &who);
    // The first hall alone (a window filter names a window of one hall).
    void keepFirstOnly();

private:
    void index();
};

// Names of staff by id, read once for the report's teller or reviewer rows.
class Staff
{
public:
    Status load(const ReportReader &reader, const QSet<qint64> &ids);
    QString username(qint64 id) const { return id ? m_names.value(id).username : QString(); }
    LocalizedName nameOf(const QString &username) const;
    LocalizedName nameOf(qint64 id) const;

private:
    QHash<qint64, StaffName> m_names;
};

// The staff the tickets and ratings name (the teller each ended with, who transferred or parked).
QSet<qint64> staffOf(const QList<TicketRecord> &tickets, const QList<RatingRow> &ratings);

// "00"…"23": the hour of an instant at the hall.
QString hourAt(const Hall &hall, const QDateTime &at);
RowKey windowKey(const Hall &h, int window);

// A row's name: the hall's, the window's label, the person's, the matter's or the category's.
LocalizedName nameOf(ReportGroup group, const RowKey &k, const HallSet &halls, const Catalogue *catalogue, const Staff &staff);

// A ticket's groups, each with the matters of the ticket that belong to it.
QList<QPair<RowKey, QStringList>> ticketGroups(ReportGroup group, const TicketRecord &t, const Hall &h, const Staff &staff);

RowKey ratingGroup(ReportGroup group, const RatingRow &r, const Hall &h, const Staff &staff);

// Where the transfers or parkings of a ticket count: by window and by teller for whoever did
// them (once per ticket and group), else in the ticket's own groups once.
QList<RowKey> actGroups(ReportGroup group, const QList<WindowAct> &acts, const QList<RowKey> &own, const Hall &h,
                        const Staff &staff);

// A teller's time at a window on a day, at a hall (WindowTime).
struct HallWindowTime
{
    qint64 hallId = 0;
    WindowTimeShare share;
};

// The windows' time of the selected halls on the days from..to, up to `now`: per window, per
// day, per teller (WindowTime::ofDay), each day carrying on from the day before. Only window
// `window` of the first hall when it is given (a window filter).
QList<HallWindowTime> windowTimes(const HallSet &halls, const WindowHistory &history, const QList<TicketRecord> &tickets,
                                  const QDate &from, const QDate &to, const QDateTime &now, int window);
// Which row a window's time falls in: its hall's, window's, teller's, day's; none by matter,
// category or hour (a window's time is no matter's).
std::optional<RowKey> windowTimeGroup(ReportGroup group, const HallWindowTime &t, const Hall &h, const Staff &staff);
bool hasWindowTime(ReportGroup group);

// Each selected hall's promise in seconds, by hall id (its queue rules in force).
Result<QHash<qint64, qint64>> promisesOf(QueueService &queue, const HallSet &halls);

// A window filter (`req.window`): only the tickets that ended at that window of the first hall,
// and the ratings given there.
void keepWindow(int window, const HallSet &halls, QList<TicketRecord> &tickets, QList<RatingRow> &ratings);

} // namespace reportgrouping
} // namespace ow
