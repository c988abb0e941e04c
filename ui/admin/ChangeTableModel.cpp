#include "ui/admin/ChangeTableModel.h"

#include "ui/admin/AdminText.h"

#include <QLocale>

namespace ow {

ChangeTableModel::ChangeTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChangeTableModel::setChanges(const QList<AdminChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

void ChangeTableModel::setHalls(const QList<AdminHall> &halls)
{
    m_halls = halls;
    if (!m_changes.isEmpty())
        Q_EMIT dataChanged(index(0, HallColumn), index(rowCount() - 1, HallColumn), {Qt::DisplayRole});
}

const AdminChange *ChangeTableModel::change(int row) const
{
    return row >= 0 && row < m_changes.size() ? &m_changes.at(row) : nullptr;
}

void ChangeTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_changes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ChangeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int ChangeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminChange &c = m_changes.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case At:
        return QLocale().toString(c.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor:
        return c.actor.isEmpty() ? tr("(server console)") : c.actor;
    case HallColumn:
        return c.hall.isEmpty() ? tr("City-wide") : AdminText::hallName(c.hall, m_halls);
    case Entity:
        return AdminText::entity(c.entity);
    case Key:
        return c.key;
    case Action:
        return AdminText::action(c.action);
    case Fields: {
        QStringList names;
        for (const AdminChangeField &f : c.differences())
            names << AdminText::field(f.field);
        return names.join(AdminText::tr(", "));
    }
    default:
        return {};
    }
}

QVariant ChangeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case At:
        return tr("Time");
    case Actor:
        return tr("Administrator");
    case HallColumn:
        return tr("Hall");
    case Entity:
        return tr("Object");
    case Key:
        return tr("Which");
    case Action:
        return tr("Action");
    case Fields:
        return tr("Fields changed");
    default:
        return {};
    }
}

} // namespace ow
