#pragma once

#include "core/domain/api/ReportTicketBodies.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace ow {

// The tickets behind a figure, at the bottom of the performance drill-down: number, day and time
// of issue, window and teller, matters, wait (marked when beyond the promise), handling time,
// what became of it, its ratings and the masked resident ID. SortRole gives raw values.
class TicketTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Issued, Window, Teller, Matters, Wait, Handling, Outcome, Rating, ResidentId, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit TicketTableModel(QObject *parent = nullptr);

    // Times are shown at the hall's zone.
    void setTickets(const QList<ReportTicket> &tickets, const QTimeZone &zone);
    const ReportTicket &ticketAt(int row) const { return m_tickets.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What became of a ticket, in words.
    static QString outcome(const ReportTicket &t);
    // Its ratings, each matter's level ("非常满意", "满意、不满意").
    static QString ratings(const ReportTicket &t);

private:
    QList<ReportTicket> m_tickets;
    QTimeZone m_zone;
};

} // namespace ow
