#pragma once

#include "core/domain/api/StaffingBodies.h"

#include <QAbstractTableModel>

namespace ow {

// A hall's staffing plan (排班建议) as a grid: a row per half-hour of the day, a column per day,
// each cell the windows that half-hour needs (deeper blue for more), its tooltip the expected
// arrivals and the chance of waiting past the promise. Half-hours without arrivals on any day are
// left out.
class StaffingPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int WindowsRole = Qt::UserRole + 1;

    explicit StaffingPlanModel(QObject *parent = nullptr);

    void setPlan(const HallStaffingPlan &plan);
    const HallStaffingPlan &plan() const { return m_plan; }
    // The windows `day` needs in the half-hour starting `start` (0: none expected).
    int windowsAt(int day, const QTime &start) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

private:
    const HalfHourAdvice *slot(int day, const QTime &start) const;

    HallStaffingPlan m_plan;
    QList<QTime> m_starts;
    int m_most = 0;
};

} // namespace ow
