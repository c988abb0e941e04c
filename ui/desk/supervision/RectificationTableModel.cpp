#include "ui/desk/supervision/RectificationTableModel.h"

#include "core/domain/catalogue/Catalogue.h"
#include "ui/common/LanguageManager.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ow {

namespace {
const QColor kOverdue(0xb3, 0x26, 0x1e);
const QColor kClosed(0x5f, 0x63, 0x68);
} // namespace

RectificationTableModel::RectificationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RectificationTableModel::setRectifications(const QList<RectificationItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void RectificationTableModel::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    everythingChanged();
}

void RectificationTableModel::setHalls(const QList<Hall> &halls)
{
    m_halls = halls;
    everythingChanged();
}

const RectificationItem *RectificationTableModel::at(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int RectificationTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

void RectificationTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    everythingChanged();
}

void RectificationTableModel::everythingChanged()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RectificationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int RectificationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RectificationTableModel::stateText(const RectificationItem &item)
{
    if (item.state == RectificationState::Closed && item.closedLate)
        return tr("Closed late");
    return rectificationStateText(item.state);
}

QString RectificationTableModel::matterName(const QString &code) const
{
    if (m_catalogue) {
        if (const ServiceItem *s = m_catalogue->service(code))
            return s->name.in(LanguageManager::current());
    }
    return code;
}

QString RectificationTableModel::hallName(const QString &code) const
{
    for (const Hall &h : m_halls) {
        if (h.code == code)
            return h.name.in(LanguageManager::current());
    }
    return code;
}

QVariant RectificationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RectificationItem &r = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case StateRole:
        return toString(r.state);
    case Qt::ForegroundRole:
        if (r.state == RectificationState::Overdue)
            return QBrush(kOverdue);
        if (r.state == RectificationState::Closed)
            return QBrush(kClosed);
        return {};
    case Qt::FontRole:
        if (r.state == RectificationState::Overdue && index.column() == State) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Matter)
            return r.service;
        if (index.column() == State && r.closedAt.isValid())
            return tr("Closed %1").arg(r.closedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case State:
        return stateText(r);
    case DueDay:
        return r.dueDay.toString(Qt::ISODate);
    case HallColumn:
        return hallName(r.hall);
    case TicketColumn:
        return r.ticket;
    case Level:
        return ratingLevelText(r.level);
    case Matter:
        return matterName(r.service);
    case WindowColumn:
        return tr("Window %1").arg(r.window);
    case Teller:
        return r.tellerStaffNo.isEmpty() ? r.tellerName : QStringLiteral("%1 (%2)").arg(r.tellerName, r.tellerStaffNo);
    case Contacts:
        return r.followUps;
    default:
        return {};
    }
}

QVariant RectificationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case DueDay:
        return tr("Due");
    case HallColumn:
        return tr("Hall");
    case TicketColumn:
        return tr("Ticket");
    case Level:
        return tr("Rating");
    case Matter:
        return tr("Matter");
    case WindowColumn:
        return tr("Window");
    case Teller:
        return tr("Teller");
    case Contacts:
        return tr("Contacts");
    default:
        return {};
    }
}

} // namespace ow
