#include "ui/desk/performance/MyFiguresModel.h"

#include "ui/desk/performance/PerformanceText.h"

namespace ow {

MyFiguresModel::MyFiguresModel(QObject *parent) : QAbstractTableModel(parent) {}

void MyFiguresModel::setFigures(const QueueFigures &today, const QueueFigures &month)
{
    m_today = today;
    m_month = month;
    Q_EMIT dataChanged(index(0, Today), index(RowCount - 1, ThisMonth));
}

int MyFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int MyFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MyFiguresModel::label(int row) const
{
    switch (row) {
    case Served:
        return tr("Served");
    case Called:
        return tr("Called");
    case NoShow:
        return tr("No-shows");
    case Transferred:
        return tr("Transferred");
    case WaitMean:
        return tr("Mean wait of my citizens");
    case WithinPromise:
        return tr("Called within the promise");
    case HandlingMean:
        return tr("Mean handling time");
    case WithinStandard:
        return tr("Handled within the standard time");
    case Ratings:
        return tr("Ratings");
    case Satisfaction:
        return tr("Satisfaction");
    case BadReviews:
        return tr("Bad reviews");
    case RectificationsOpen:
        return tr("Being rectified");
    }
    return {};
}

QString MyFiguresModel::value(const QueueFigures &f, int row) const
{
    switch (row) {
    case Served:
        return PerformanceText::count(f.served);
    case Called:
        return PerformanceText::count(f.called);
    case NoShow:
        return PerformanceText::count(f.noShow);
    case Transferred:
        return PerformanceText::count(f.transferred);
    case WaitMean:
        return PerformanceText::duration(f.waitMean);
    case WithinPromise:
        return PerformanceText::percent(f.withinPromiseShare);
    case HandlingMean:
        return PerformanceText::duration(f.handlingMean);
    case WithinStandard:
        return PerformanceText::percent(f.withinStandardShare);
    case Ratings:
        return PerformanceText::count(f.ratings);
    case Satisfaction:
        return PerformanceText::percent(f.satisfaction);
    case BadReviews:
        return PerformanceText::count(f.badReviews);
    case RectificationsOpen:
        return PerformanceText::count(f.rectificationsOpen);
    }
    return {};
}

QVariant MyFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= RowCount || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Figure:
            return label(index.row());
        case Today:
            return value(m_today, index.row());
        case ThisMonth:
            return value(m_month, index.row());
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Figure ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MyFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Figure:
        return tr("Figure");
    case Today:
        return tr("Today");
    case ThisMonth:
        return tr("This month");
    }
    return {};
}

} // namespace ow
