#include "ui/desk/hotline/WorkOrderTableModel.h"

#include "core/domain/catalogue/Catalogue.h"
#include "ui/common/LanguageManager.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace ow {

namespace {
const QColor kOverdue(0xb3, 0x26, 0x1e);
const QColor kDone(0x5f, 0x63, 0x68);
} // namespace

WorkOrderTableModel::WorkOrderTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkOrderTableModel::setWorkOrders(const QList<WorkOrderItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void WorkOrderTableModel::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    everythingChanged();
}

void WorkOrderTableModel::setHalls(const QList<Hall> &halls)
{
    m_halls = halls;
    everythingChanged();
}

const WorkOrderItem *WorkOrderTableModel::at(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int WorkOrderTableModel::rowOf(const QString &number) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).number == number)
            return i;
    }
    return -1;
}

void WorkOrderTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    everythingChanged();
}

void WorkOrderTableModel::everythingChanged()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WorkOrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int WorkOrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkOrderTableModel::statusText(const WorkOrderItem &item)
{
    if (item.overdue)
        return tr("Overdue");
    if (item.answeredLate && (item.status == WorkOrderStatus::Answered || item.status == WorkOrderStatus::Closed))
        return tr("%1 (late)").arg(workOrderStatusText(item.status));
    return workOrderStatusText(item.status);
}

QString WorkOrderTableModel::matterName(const QString &code) const
{
    if (code.isEmpty())
        return {};
    if (m_catalogue) {
        if (const ServiceItem *s = m_catalogue->service(code))
            return s->name.in(LanguageManager::current());
    }
    return code;
}

QString WorkOrderTableModel::hallName(const QString &code) const
{
    for (const Hall &h : m_halls) {
        if (h.code == code)
            return h.name.in(LanguageManager::current());
    }
    return code;
}

QVariant WorkOrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkOrderItem &w = m_items.at(index.row());
    switch (role) {
    case NumberRole:
        return w.number;
    case OverdueRole:
        return w.overdue;
    case Qt::ForegroundRole:
        if (w.overdue)
            return QBrush(kOverdue);
        if (w.status == WorkOrderStatus::Closed)
            return QBrush(kDone);
        return {};
    case Qt::FontRole:
        if (w.overdue && index.column() == Status) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Summary || index.column() == HallColumn || index.column() == Matter)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Number:
            return w.number;
        case Kind:
            return workOrderKindText(w.kind);
        case Status:
            return statusText(w);
        case HallColumn:
            return hallName(w.hall);
        case Matter:
            return matterName(w.service);
        case Phone:
            return w.phone;
        case DueDay:
            return w.dueDay.isValid() ? w.dueDay.toString(Qt::ISODate) : QString();
        case Recorded:
            return w.createdAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
        case Summary:
            return w.summary;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant WorkOrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("Number");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case HallColumn:
        return tr("Hall");
    case Matter:
        return tr("Matter");
    case Phone:
        return tr("Caller");
    case DueDay:
        return tr("Answer by");
    case Recorded:
        return tr("Recorded");
    case Summary:
        return tr("What was said");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ow
