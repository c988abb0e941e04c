#include "ui/desk/performance/TicketTableModel.h"

#include "ui/desk/performance/PerformanceText.h"

#include <QColor>
#include <QLocale>

namespace ow {

TicketTableModel::TicketTableModel(QObject *parent) : QAbstractTableModel(parent), m_zone(QTimeZone::utc()) {}

void TicketTableModel::setTickets(const QList<ReportTicket> &tickets, const QTimeZone &zone)
{
    beginResetModel();
    m_tickets = tickets;
    m_zone = zone;
    endResetModel();
}

int TicketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tickets.size());
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketTableModel::outcome(const ReportTicket &t)
{
    QStringList out;
    if (t.served)
        out << tr("Served");
    else if (t.noShow)
        out << tr("No-show");
    else if (t.firstCalledAt.isValid())
        out << tr("Called, not finished");
    else
        out << tr("Never called");
    if (t.transferred)
        out << tr("transferred");
    if (t.parked)
        out << tr("parked");
    return out.join(tr(", "));
}

QString TicketTableModel::ratings(const ReportTicket &t)
{
    QStringList out;
    for (const ReportTicketRating &r : t.ratings)
        out << PerformanceText::level(r.level);
    return out.isEmpty() ? PerformanceText::dash() : out.join(tr(", "));
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tickets.size() || index.column() >= ColumnCount)
        return {};
    const ReportTicket &t = m_tickets.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return t.number;
        case Issued:
            return QLocale().toString(t.issuedAt.toTimeZone(m_zone), QStringLiteral("yyyy-MM-dd HH:mm"));
        case Window:
            return t.window > 0 ? PerformanceText::window(QString::number(t.window), {}) : PerformanceText::dash();
        case Teller:
            return t.teller.isEmpty() ? PerformanceText::dash() : PerformanceText::teller(t.teller, t.tellerName);
        case Matters: {
            QStringList names;
            for (const ReportTicketMatter &m : t.matters)
                names << (PerformanceText::name(m.name).isEmpty() ? m.code : PerformanceText::name(m.name));
            return names.join(tr(", "));
        }
        case Wait:
            return PerformanceText::duration(t.waitSeconds ? std::optional<double>(double(*t.waitSeconds)) : std::nullopt);
        case Handling:
            return PerformanceText::duration(t.handlingSeconds ? std::optional<double>(double(*t.handlingSeconds)) : std::nullopt);
        case Outcome:
            return outcome(t);
        case Rating:
            return ratings(t);
        case ResidentId:
            return t.residentId.isEmpty() ? PerformanceText::dash() : t.residentId;
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Issued:
            return t.issuedAt.toMSecsSinceEpoch();
        case Window:
            return t.window;
        case Wait:
            return t.waitSeconds ? *t.waitSeconds : std::numeric_limits<qint64>::max();
        case Handling:
            return t.handlingSeconds ? *t.handlingSeconds : std::numeric_limits<qint64>::max();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole) {
        const bool bad = std::any_of(t.ratings.begin(), t.ratings.end(), [](const ReportTicketRating &r) {
            return r.level == RatingLevel::Dissatisfied || r.level == RatingLevel::VeryDissatisfied;
        });
        if ((index.column() == Wait && t.withinPromise == std::optional<bool>(false)) || (index.column() == Rating && bad))
            return QColor(0xc6, 0x28, 0x28);
    }
    if (role == Qt::ToolTipRole && index.column() == Wait && t.withinPromise == std::optional<bool>(false))
        return tr("Called later than the hall's promise");
    return {};
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case Number:
        return tr("Ticket");
    case Issued:
        return tr("Issued at");
    case Window:
        return tr("Window");
    case Teller:
        return tr("Teller");
    case Matters:
        return tr("Matters");
    case Wait:
        return tr("Wait");
    case Handling:
        return tr("Handling");
    case Outcome:
        return tr("Outcome");
    case Rating:
        return tr("Rating");
    case ResidentId:
        return tr("Resident ID");
    }
    return {};
}

} // namespace ow
