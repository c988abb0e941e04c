#include "ui/desk/hotline/WorkOrderTimelineModel.h"

namespace ow {

WorkOrderTimelineModel::WorkOrderTimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkOrderTimelineModel::setEvents(const QList<WorkOrderEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

void WorkOrderTimelineModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WorkOrderTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int WorkOrderTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkOrderTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkOrderEvent &e = m_events.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Note)
        return e.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case At:
        return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Step:
        return workOrderEventText(e.kind);
    case By:
        return e.actorName;
    case Note:
        return e.note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorkOrderTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case At:
        return tr("Time");
    case Step:
        return tr("Step");
    case By:
        return tr("By");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ow
