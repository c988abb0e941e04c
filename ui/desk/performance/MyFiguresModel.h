#pragma once

#include "core/domain/reports/QueueFigures.h"

#include <QAbstractTableModel>

namespace ow {

// A teller's own figures (我的绩效) side by side: a row per figure, a column for today and one
// for this month.
class MyFiguresModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row {
        Served,
        Called,
        NoShow,
        Transferred,
        WaitMean,
        WithinPromise,
        HandlingMean,
        WithinStandard,
        Ratings,
        Satisfaction,
        BadReviews,
        RectificationsOpen,
        RowCount
    };
    enum Column { Figure, Today, ThisMonth, ColumnCount };

    explicit MyFiguresModel(QObject *parent = nullptr);

    void setFigures(const QueueFigures &today, const QueueFigures &month);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString label(int row) const;
    QString value(const QueueFigures &f, int row) const;

    QueueFigures m_today;
    QueueFigures m_month;
};

} // namespace ow
