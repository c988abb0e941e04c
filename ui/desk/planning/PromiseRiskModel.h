#pragma once

#include "core/domain/api/AdviceBodies.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace ow {

class Catalogue;

// The waiting tickets projected past the hall's promise or close to it (超时预警), as the
// supervisor's plan screen lists them: number, matters, issued, projected call and wait, and
// what that means — times on the hall's clock.
class PromiseRiskModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, MattersColumn, IssuedColumn, CallColumn, WaitColumn, StateColumn, ColumnCount };
    static constexpr int TicketIdRole = Qt::UserRole + 1;

    explicit PromiseRiskModel(QObject *parent = nullptr);

    void setTickets(const QList<PromiseRiskTicket> &tickets, const QTimeZone &zone, const Catalogue *catalogue);
    const QList<PromiseRiskTicket> &tickets() const { return m_tickets; }
    // "Past the 15-minute promise", "Close to the 15-minute promise", "No open window serves it".
    static QString stateText(const PromiseRiskTicket &t);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

private:
    QString matters(const PromiseRiskTicket &t) const;

    QList<PromiseRiskTicket> m_tickets;
    QTimeZone m_zone;
    const Catalogue *m_catalogue = nullptr;
};

} // namespace ow
