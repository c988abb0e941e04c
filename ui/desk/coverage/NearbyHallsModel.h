#pragma once

#include "core/domain/coverage/Coverage.h"

#include <QAbstractTableModel>

namespace ow {

// 就近可办: the halls that may accept a matter, nearest first, one row each — the hall's name
// (in the screen's language), its level, the distance and the travel time (walk or ride, as the
// model says); a time within the 15-minute promise is shown in green.
class NearbyHallsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HallColumn, LevelColumn, DistanceColumn, TimeColumn, ColumnCount };
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit NearbyHallsModel(QObject *parent = nullptr);

    void setHalls(const QList<HallReach> &halls);
    const QList<HallReach> &halls() const { return m_halls; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HallReach> m_halls;
};

} // namespace ow
