#include "ui/desk/planning/StaffingPlanModel.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace ow {

StaffingPlanModel::StaffingPlanModel(QObject *parent) : QAbstractTableModel(parent) {}

void StaffingPlanModel::setPlan(const HallStaffingPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_starts.clear();
    m_most = 0;
    for (const StaffingDay &d : plan.days) {
        for (const HalfHourAdvice &a : d.slots) {
            if (!m_starts.contains(a.start))
                m_starts << a.start;
            m_most = std::max(m_most, a.windows);
        }
    }
    std::sort(m_starts.begin(), m_starts.end());
    endResetModel();
}

const HalfHourAdvice *StaffingPlanModel::slot(int day, const QTime &start) const
{
    if (day < 0 || day >= m_plan.days.size())
        return nullptr;
    for (const HalfHourAdvice &a : m_plan.days.at(day).slots) {
        if (a.start == start)
            return &a;
    }
    return nullptr;
}

int StaffingPlanModel::windowsAt(int day, const QTime &start) const
{
    const HalfHourAdvice *a = slot(day, start);
    return a ? a->windows : 0;
}

int StaffingPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_starts.size());
}

int StaffingPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.days.size());
}

QVariant StaffingPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_starts.size())
        return {};
    const HalfHourAdvice *a = slot(index.column(), m_starts.at(index.row()));
    switch (role) {
    case WindowsRole:
        return a ? a->windows : 0;
    case Qt::DisplayRole:
        return a && a->windows > 0 ? QVariant(a->windows) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (!a || a->windows <= 0 || m_most <= 0)
            return {};
        // From a pale to a deep blue with the share of the plan's busiest half-hour.
        const double share = double(a->windows) / m_most;
        return QColor::fromHsvF(0.58, 0.12 + 0.55 * share, 1.0 - 0.25 * share);
    }
    case Qt::ToolTipRole:
        if (!a)
            return tr("No visitors expected");
        return tr("%1 visitors expected, %n window(s) needed; chance of waiting past %2 minutes: %3%", nullptr, a->windows)
            .arg(QLocale().toString(a->arrivals, 'f', 1))
            .arg(m_plan.promiseMinutes)
            .arg(QLocale().toString(a->waitBeyondPromise * 100, 'f', 1));
    default:
        return {};
    }
}

QVariant StaffingPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_starts.size())
            return {};
        return m_starts.at(section).toString(QStringLiteral("HH:mm"));
    }
    if (section < 0 || section >= m_plan.days.size())
        return {};
    const StaffingDay &d = m_plan.days.at(section);
    if (role == Qt::ToolTipRole) {
        return tr("Peak %n window(s), %1 staff-hours", nullptr, d.peakWindows).arg(QLocale().toString(d.staffHours, 'f', 1));
    }
    const QString day = QLocale().toString(d.date, QStringLiteral("MM-dd ddd"));
    return d.basis == ForecastBasis::Closed ? tr("%1 (closed)").arg(day) : day;
}

void StaffingPlanModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
}

} // namespace ow
