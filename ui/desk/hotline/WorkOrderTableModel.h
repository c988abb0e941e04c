#pragma once

#include "core/domain/api/WorkOrderBodies.h"
#include "core/domain/org/Org.h"

#include <QAbstractTableModel>

namespace ow {

class Catalogue;

// The work orders of the hotline screen (工单), one row each: number, kind, status (overdue ones
// in red and said so), hall, matter, the caller's masked number, due day, when recorded, and the
// first line of what was said.
class WorkOrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Kind, Status, HallColumn, Matter, Phone, DueDay, Recorded, Summary, ColumnCount };
    static constexpr int NumberRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2; // bool

    explicit WorkOrderTableModel(QObject *parent = nullptr);

    void setWorkOrders(const QList<WorkOrderItem> &items);
    void setCatalogue(const Catalogue *catalogue);
    void setHalls(const QList<Hall> &halls);
    const WorkOrderItem *at(int row) const;
    int rowOf(const QString &number) const; // -1 when not listed
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const WorkOrderItem &item); // 已转办, 已超期, 已答复（超期）…

private:
    QString matterName(const QString &code) const;
    QString hallName(const QString &code) const;
    void everythingChanged();

    QList<WorkOrderItem> m_items;
    const Catalogue *m_catalogue = nullptr;
    QList<Hall> m_halls;
};

} // namespace ow
