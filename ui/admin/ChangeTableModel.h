#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QAbstractTableModel>

namespace ow {

// The record of administrative changes, newest first: when, who, which hall, what (entity and
// key), the action and the fields it changed.
class ChangeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { At, Actor, HallColumn, Entity, Key, Action, Fields, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ChangeTableModel(QObject *parent = nullptr);

    void setChanges(const QList<AdminChange> &changes);
    void setHalls(const QList<AdminHall> &halls);
    const AdminChange *change(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AdminChange> m_changes;
    QList<AdminHall> m_halls;
};

} // namespace ow
