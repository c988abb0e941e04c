#include "ui/admin/ChangeFieldsModel.h"

#include "ui/admin/AdminText.h"

namespace ow {

ChangeFieldsModel::ChangeFieldsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChangeFieldsModel::setChange(const AdminChange *change)
{
    beginResetModel();
    m_fields = change ? change->differences() : QList<AdminChangeField>();
    endResetModel();
}

void ChangeFieldsModel::setCatalogue(const Catalogue *catalogue)
{
    beginResetModel();
    m_catalogue = catalogue;
    endResetModel();
}

void ChangeFieldsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_fields.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ChangeFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

int ChangeFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminChangeField &f = m_fields.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Field:
        return AdminText::field(f.field);
    case Before:
        return AdminText::fieldValue(f.field, f.beforeValue, m_catalogue);
    case After:
        return AdminText::fieldValue(f.field, f.afterValue, m_catalogue);
    default:
        return {};
    }
}

QVariant ChangeFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

} // namespace ow
