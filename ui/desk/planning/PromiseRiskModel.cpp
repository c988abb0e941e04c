#include "ui/desk/planning/PromiseRiskModel.h"

#include "core/domain/catalogue/Catalogue.h"
#include "ui/common/LanguageManager.h"

#include <QColor>

namespace ow {

PromiseRiskModel::PromiseRiskModel(QObject *parent) : QAbstractTableModel(parent) {}

void PromiseRiskModel::setTickets(const QList<PromiseRiskTicket> &tickets, const QTimeZone &zone, const Catalogue *catalogue)
{
    beginResetModel();
    m_tickets = tickets;
    m_zone = zone;
    m_catalogue = catalogue;
    endResetModel();
}

int PromiseRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int PromiseRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PromiseRiskModel::stateText(const PromiseRiskTicket &t)
{
    if (!t.projectedCallAt.isValid())
        return tr("No open window serves it");
    return t.breaksPromise ? tr("Past the %1-minute promise").arg(t.promiseMinutes)
                           : tr("Close to the %1-minute promise").arg(t.promiseMinutes);
}

QString PromiseRiskModel::matters(const PromiseRiskTicket &t) const
{
    const bool zh = LanguageManager::current().startsWith(QLatin1String("zh"));
    QStringList names;
    for (const QString &code : t.services) {
        const ServiceItem *s = m_catalogue ? m_catalogue->service(code) : nullptr;
        names << (s ? (zh ? s->name.zh : s->name.en) : code);
    }
    return names.join(zh ? QStringLiteral("、") : QStringLiteral(", "));
}

QVariant PromiseRiskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tickets.size())
        return {};
    const PromiseRiskTicket &t = m_tickets.at(index.row());
    if (role == TicketIdRole)
        return t.ticketId;
    if (role == Qt::BackgroundRole) {
        if (!t.breaksPromise)
            return QColor(0xff, 0xe0, 0xb2);
        return QColor(0xff, 0xcd, 0xd2);
    }
    if (role == Qt::ToolTipRole && index.column() == MattersColumn)
        return t.services.join(QStringLiteral(", "));
    if (role != Qt::DisplayRole)
        return {};
    const auto clock = [this](const QDateTime &at) { return at.isValid() ? at.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")) : QStringLiteral("—"); };
    switch (index.column()) {
    case NumberColumn:
        return t.number;
    case MattersColumn:
        return matters(t);
    case IssuedColumn:
        return clock(t.issuedAt);
    case CallColumn:
        return clock(t.projectedCallAt);
    case WaitColumn:
        return t.projectedWaitMinutes() < 0 ? QStringLiteral("—") : tr("%n min", nullptr, t.projectedWaitMinutes());
    case StateColumn:
        return stateText(t);
    default:
        return {};
    }
}

QVariant PromiseRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case MattersColumn:
        return tr("Matters");
    case IssuedColumn:
        return tr("Issued");
    case CallColumn:
        return tr("Projected call");
    case WaitColumn:
        return tr("Projected wait");
    case StateColumn:
        return tr("Promise");
    default:
        return {};
    }
}

void PromiseRiskModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_tickets.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ow
