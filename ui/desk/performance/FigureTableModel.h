#pragma once

#include "core/domain/api/ReportBodies.h"
#include "core/domain/reports/QueueRanking.h"
#include "core/domain/reports/TicketFigure.h"

#include <QAbstractTableModel>

namespace ow {

// The rows of one level of the performance drill-down — halls, windows or tellers — with their
// figures and their rank by the figure chosen (QueueRanking). Each count column says which
// tickets a double-click lists (figureOf). SortRole gives the raw value to sort by (unranked and
// measures of nothing last).
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Rows { Halls, Windows, Tellers };
    enum Column {
        Rank,
        Name,
        Issued,
        Served,
        NoShow,
        WaitMean,
        WaitP90,
        WithinPromise,
        HandlingMean,
        Ratings,
        Satisfaction,
        BadReviews,
        RectificationsOpen,
        Complaints, // 12333 complaints linked to the tickets
        OpenTime,   // the window time (QueueFigures::openSeconds …)
        PausedTime,
        IdleTime,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit FigureTableModel(QObject *parent = nullptr);

    void setRows(const QList<QueueReportRow> &rows, Rows kind);
    void setRankBy(QueueRanking::By by);
    QueueRanking::By rankBy() const { return m_rankBy; }
    Rows kind() const { return m_kind; }
    const QueueReportRow &rowAt(int row) const { return m_rows.at(row); }
    int rankOf(int row) const { return m_ranks.value(row); }
    // The tickets a double-click on `column` lists: its count's (Issued for the others).
    static TicketFigure figureOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString nameOf(const QueueReportRow &row) const;
    void rerank();

    QList<QueueReportRow> m_rows;
    QList<int> m_ranks;
    Rows m_kind = Rows::Halls;
    QueueRanking::By m_rankBy = QueueRanking::By::Satisfaction;
};

} // namespace ow
