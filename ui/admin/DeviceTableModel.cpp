#include "ui/admin/DeviceTableModel.h"

#include "ui/admin/AdminText.h"

#include <QBrush>
#include <QColor>

namespace ow {

DeviceTableModel::DeviceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DeviceTableModel::setDevices(const QList<Device> &devices)
{
    beginResetModel();
    m_devices = devices;
    endResetModel();
}

void DeviceTableModel::setHalls(const QList<AdminHall> &halls)
{
    m_halls = halls;
    if (!m_devices.isEmpty())
        Q_EMIT dataChanged(index(0, HallColumn), index(rowCount() - 1, HallColumn), {Qt::DisplayRole});
}

const Device *DeviceTableModel::device(int row) const
{
    return row >= 0 && row < m_devices.size() ? &m_devices.at(row) : nullptr;
}

int DeviceTableModel::rowOf(const QString &code) const
{
    for (int i = 0; i < m_devices.size(); ++i) {
        if (m_devices.at(i).code == code)
            return i;
    }
    return -1;
}

void DeviceTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_devices.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device &d = m_devices.at(index.row());
    if (role == CodeRole)
        return d.code;
    if (role == Qt::ForegroundRole)
        return d.active ? QVariant() : QVariant(QBrush(QColor(0x80, 0x80, 0x80)));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return d.code;
    case Kind:
        return AdminText::deviceKind(d.kind);
    case HallColumn:
        return AdminText::hallName(d.hall, m_halls);
    case Username:
        return d.username;
    case State:
        return AdminText::deviceState(d);
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Device code");
    case Kind:
        return tr("Kind");
    case HallColumn:
        return tr("Hall");
    case Username:
        return tr("Login name");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace ow
