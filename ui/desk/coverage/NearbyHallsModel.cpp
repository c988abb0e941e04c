#include "ui/desk/coverage/NearbyHallsModel.h"

#include "ui/common/LanguageManager.h"
#include "ui/common/CoverageText.h"

#include <QBrush>
#include <QColor>

namespace ow {

NearbyHallsModel::NearbyHallsModel(QObject *parent) : QAbstractTableModel(parent) {}

void NearbyHallsModel::setHalls(const QList<HallReach> &halls)
{
    beginResetModel();
    m_halls = halls;
    endResetModel();
}

void NearbyHallsModel::retranslate()
{
    if (!m_halls.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int NearbyHallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_halls.size());
}

int NearbyHallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NearbyHallsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HallReach &h = m_halls.at(index.row());
    if (role == CodeRole)
        return h.code;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case HallColumn:
            return h.name.in(LanguageManager::current());
        case LevelColumn:
            return CoverageText::level(h.level);
        case DistanceColumn:
            return CoverageText::distance(h.distanceKm);
        case TimeColumn:
            return h.walk ? tr("%1 on foot").arg(CoverageText::minutes(h.minutes))
                          : tr("%1 by bus or car").arg(CoverageText::minutes(h.minutes));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == HallColumn)
        return h.address;
    if (role == Qt::ForegroundRole && index.column() == TimeColumn && h.minutes <= TravelModel::kPromiseMinutes)
        return QBrush(QColor(0x1b, 0x7f, 0x3b));
    if (role == Qt::TextAlignmentRole && (index.column() == DistanceColumn || index.column() == TimeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant NearbyHallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HallColumn:
        return tr("Hall");
    case LevelColumn:
        return tr("Level");
    case DistanceColumn:
        return tr("Distance");
    case TimeColumn:
        return tr("Travel time");
    }
    return {};
}

} // namespace ow
