#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QAbstractTableModel>

namespace ow {

// The kiosks and hall displays: code, kind, hall, login name and state.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Kind, HallColumn, Username, State, ColumnCount };
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit DeviceTableModel(QObject *parent = nullptr);

    void setDevices(const QList<Device> &devices);
    void setHalls(const QList<AdminHall> &halls);
    const Device *device(int row) const;
    int rowOf(const QString &code) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Device> m_devices;
    QList<AdminHall> m_halls;
};

} // namespace ow
