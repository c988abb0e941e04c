#pragma once

#include "core/domain/api/WorkOrderBodies.h"

#include <QAbstractTableModel>

namespace ow {

// A work order's timeline (时间线), oldest first: when, what happened, by whom, and the note (an
// answer's text, a booking's code and slot).
class WorkOrderTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { At, Step, By, Note, ColumnCount };

    explicit WorkOrderTimelineModel(QObject *parent = nullptr);

    void setEvents(const QList<WorkOrderEvent> &events);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WorkOrderEvent> m_events;
};

} // namespace ow
