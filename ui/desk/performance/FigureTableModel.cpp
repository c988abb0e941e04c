#include "ui/desk/performance/FigureTableModel.h"

#include "ui/desk/performance/PerformanceText.h"

#include <QColor>

#include <limits>

namespace ow {

namespace {

// Below these a share is shown in the warning colour.
constexpr double kGoodSatisfaction = 0.9;
constexpr double kGoodWithinPromise = 0.8;

QVariant orLast(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant(std::numeric_limits<double>::max());
}

} // namespace

FigureTableModel::FigureTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void FigureTableModel::setRows(const QList<QueueReportRow> &rows, Rows kind)
{
    beginResetModel();
    m_rows = rows;
    m_kind = kind;
    rerank();
    endResetModel();
}

void FigureTableModel::setRankBy(QueueRanking::By by)
{
    m_rankBy = by;
    rerank();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Rank), index(rowCount() - 1, Rank));
}

void FigureTableModel::rerank()
{
    QList<QueueFigures> figures;
    for (const QueueReportRow &r : std::as_const(m_rows))
        figures << r.figures;
    m_ranks = QueueRanking::ranks(figures, m_rankBy);
}

TicketFigure FigureTableModel::figureOf(int column)
{
    switch (column) {
    case Served:
        return TicketFigure::Served;
    case NoShow:
        return TicketFigure::NoShow;
    case WithinPromise:
        return TicketFigure::BeyondPromise; // what a supervisor looks for behind a share
    case Ratings:
    case Satisfaction:
        return TicketFigure::Rated;
    case BadReviews:
    case RectificationsOpen:
        return TicketFigure::BadReviews;
    default:
        return TicketFigure::Issued;
    }
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FigureTableModel::nameOf(const QueueReportRow &row) const
{
    switch (m_kind) {
    case Rows::Halls:
        return PerformanceText::name(row.name).isEmpty() ? row.key : PerformanceText::name(row.name);
    case Rows::Windows:
        return PerformanceText::window(row.key, row.name);
    case Rows::Tellers:
        return PerformanceText::teller(row.key, row.name);
    }
    return row.key;
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const QueueReportRow &row = m_rows.at(index.row());
    const QueueFigures &f = row.figures;
    const int rank = m_ranks.value(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank:
            return rank > 0 ? QString::number(rank) : PerformanceText::dash();
        case Name:
            return nameOf(row);
        case Issued:
            return PerformanceText::count(f.issued);
        case Served:
            return PerformanceText::count(f.served);
        case NoShow:
            return PerformanceText::count(f.noShow);
        case WaitMean:
            return PerformanceText::duration(f.waitMean);
        case WaitP90:
            return PerformanceText::duration(f.waitP90);
        case WithinPromise:
            return PerformanceText::percent(f.withinPromiseShare);
        case HandlingMean:
            return PerformanceText::duration(f.handlingMean);
        case Ratings:
            return PerformanceText::count(f.ratings);
        case Satisfaction:
            return PerformanceText::percent(f.satisfaction);
        case BadReviews:
            return PerformanceText::count(f.badReviews);
        case RectificationsOpen:
            return PerformanceText::count(f.rectificationsOpen);
        case Complaints:
            return PerformanceText::count(f.complaints);
        case OpenTime:
            return PerformanceText::span(f.openSeconds);
        case PausedTime:
            return PerformanceText::span(f.pausedSeconds);
        case IdleTime:
            return PerformanceText::span(f.idleSeconds);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Rank:
            return rank > 0 ? rank : std::numeric_limits<int>::max();
        case Name:
            return nameOf(row);
        case Issued:
            return f.issued;
        case Served:
            return f.served;
        case NoShow:
            return f.noShow;
        case WaitMean:
            return orLast(f.waitMean);
        case WaitP90:
            return orLast(f.waitP90);
        case WithinPromise:
            return f.withinPromiseShare.value_or(-1.0);
        case HandlingMean:
            return orLast(f.handlingMean);
        case Ratings:
            return f.ratings;
        case Satisfaction:
            return f.satisfaction.value_or(-1.0);
        case BadReviews:
            return f.badReviews;
        case RectificationsOpen:
            return f.rectificationsOpen;
        case Complaints:
            return f.complaints;
        case OpenTime:
            return f.openSeconds.value_or(-1.0);
        case PausedTime:
            return f.pausedSeconds.value_or(-1.0);
        case IdleTime:
            return f.idleSeconds.value_or(-1.0);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        const bool poor = (index.column() == Satisfaction && f.satisfaction && *f.satisfaction < kGoodSatisfaction)
                          || (index.column() == WithinPromise && f.withinPromiseShare && *f.withinPromiseShare < kGoodWithinPromise)
                          || ((index.column() == BadReviews || index.column() == RectificationsOpen)
                              && (index.column() == BadReviews ? f.badReviews : f.rectificationsOpen) > 0)
                          || (index.column() == Complaints && f.complaints > 0);
        if (poor)
            return QColor(0xc6, 0x28, 0x28);
    }
    if (role == Qt::ToolTipRole && index.column() >= OpenTime)
        return tr("Open: open or paused. Idle: open, not paused, with no ticket at the window. "
                  "A window left open counts until the hall's closing time.");
    if (role == Qt::ToolTipRole && index.column() != Rank && index.column() != Name)
        return tr("Double-click to go one level down");
    return {};
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Name:
        switch (m_kind) {
        case Rows::Halls:
            return tr("Hall");
        case Rows::Windows:
            return tr("Window");
        case Rows::Tellers:
            return tr("Teller");
        }
        return {};
    case Issued:
        return tr("Issued");
    case Served:
        return tr("Served");
    case NoShow:
        return tr("No-shows");
    case WaitMean:
        return tr("Mean wait");
    case WaitP90:
        return tr("90% waited at most");
    case WithinPromise:
        return tr("Within the promise");
    case HandlingMean:
        return tr("Mean handling");
    case Ratings:
        return tr("Ratings");
    case Satisfaction:
        return tr("Satisfaction");
    case BadReviews:
        return tr("Bad reviews");
    case RectificationsOpen:
        return tr("Being rectified");
    case Complaints:
        return tr("12333 complaints");
    case OpenTime:
        return tr("Window open");
    case PausedTime:
        return tr("Paused");
    case IdleTime:
        return tr("Idle");
    }
    return {};
}

} // namespace ow
