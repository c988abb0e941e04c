#include "ui/admin/PriorityGroupModel.h"

#include <QBrush>
#include <QColor>

namespace ow {

PriorityGroupModel::PriorityGroupModel(QObject *parent) : QAbstractTableModel(parent) {}

void PriorityGroupModel::setGroups(const QList<PriorityGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    m_problems.clear();
    endResetModel();
}

int PriorityGroupModel::addGroup()
{
    const int row = static_cast<int>(m_groups.size());
    beginInsertRows({}, row, row);
    m_groups.append(PriorityGroup{});
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void PriorityGroupModel::removeGroup(int row)
{
    if (row < 0 || row >= m_groups.size())
        return;
    beginRemoveRows({}, row, row);
    m_groups.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

bool PriorityGroupModel::moveGroup(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_groups.size() || to < 0 || to >= m_groups.size() || delta == 0)
        return false;
    // beginMoveRows names the row the moved one goes before.
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    m_groups.move(row, to);
    endMoveRows();
    Q_EMIT edited();
    return true;
}

QString PriorityGroupModel::fieldOf(int row, int column)
{
    static const char *const kKeys[] = {"code", "name_zh", "name_en"};
    return QStringLiteral("priority_groups[%1].%2").arg(row).arg(QLatin1String(kKeys[column]));
}

void PriorityGroupModel::setProblems(const QHash<QString, QString> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole, Qt::ToolTipRole});
}

QString PriorityGroupModel::problem(int row, int column) const
{
    return m_problems.value(fieldOf(row, column));
}

void PriorityGroupModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int PriorityGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int PriorityGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriorityGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PriorityGroup &g = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Code:
            return g.code;
        case NameZh:
            return g.name.zh;
        case NameEn:
            return g.name.en;
        default:
            return {};
        }
    case Qt::BackgroundRole:
        return problem(index.row(), index.column()).isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xfd, 0xec, 0xea)));
    case Qt::ToolTipRole: {
        const QString why = problem(index.row(), index.column());
        return why.isEmpty() ? QVariant() : QVariant(why);
    }
    default:
        return {};
    }
}

bool PriorityGroupModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    PriorityGroup &g = m_groups[index.row()];
    const QString text = value.toString();
    QString *target = nullptr;
    QString wanted = text;
    switch (index.column()) {
    case Code:
        target = &g.code;
        wanted = text.trimmed().toLower(); // codes are lower case: typed capitals are lowered
        break;
    case NameZh:
        target = &g.name.zh;
        break;
    case NameEn:
        target = &g.name.en;
        break;
    default:
        return false;
    }
    if (*target == wanted)
        return true;
    *target = wanted;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags PriorityGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) // the table itself (views and the model tester ask)
        return QAbstractTableModel::flags(index);
    if (!checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant PriorityGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Code:
        return tr("Code");
    case NameZh:
        return tr("Name (Chinese)");
    case NameEn:
        return tr("Name (English)");
    default:
        return {};
    }
}

} // namespace ow
