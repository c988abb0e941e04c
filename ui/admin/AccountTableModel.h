#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QAbstractTableModel>

namespace ow {

// The accounts of the administration page, one row each: user name, name, role, hall, staff
// number and state. Disabled accounts are greyed.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Username, Name, RoleColumn, HallColumn, StaffNo, State, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit AccountTableModel(QObject *parent = nullptr);

    void setAccounts(const QList<AdminAccount> &accounts);
    void setHalls(const QList<AdminHall> &halls); // for the halls' names
    const AdminAccount *account(int row) const;
    int rowOf(qint64 id) const; // -1 when not listed
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AdminAccount> m_accounts;
    QList<AdminHall> m_halls;
};

} // namespace ow
