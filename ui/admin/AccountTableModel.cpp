#include "ui/admin/AccountTableModel.h"

#include "ui/admin/AdminText.h"

#include <QBrush>
#include <QColor>

namespace ow {

AccountTableModel::AccountTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AccountTableModel::setAccounts(const QList<AdminAccount> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

void AccountTableModel::setHalls(const QList<AdminHall> &halls)
{
    m_halls = halls;
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0, HallColumn), index(rowCount() - 1, HallColumn), {Qt::DisplayRole});
}

const AdminAccount *AccountTableModel::account(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int AccountTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id)
            return i;
    }
    return -1;
}

void AccountTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminAccount &a = m_accounts.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == Qt::ForegroundRole) {
        if (!a.active)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == State && (a.locked || a.mustChangePassword))
            return QBrush(QColor(0x8a, 0x4b, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return QStringLiteral("%1 / %2").arg(a.nameZh, a.nameEn);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Username:
        return a.username;
    case Name:
        return AdminText::name(a.name());
    case RoleColumn:
        return roleDisplayName(a.role);
    case HallColumn:
        return AdminText::hallName(a.hall, m_halls);
    case StaffNo:
        return a.staffNo;
    case State:
        return AdminText::accountState(a);
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("User name");
    case Name:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case HallColumn:
        return tr("Hall");
    case StaffNo:
        return tr("Staff number");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace ow
