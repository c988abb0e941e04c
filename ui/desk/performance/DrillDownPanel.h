#pragma once

#include "core/client/PerformanceDrillDown.h"
#include "core/domain/org/Org.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ow {

class FigureTableModel;
class TicketTableModel;

// The ranked table of the performance tab with its drill-down (PerformanceDrillDown): halls →
// a hall's windows → the tellers at a window → the tickets behind the figure double-clicked. A
// double-click goes one level down, drillBack one level up; drillPath says where one is. The
// halls, windows and tellers are ranked by the figure chosen in rankBy.
class DrillDownPanel : public QWidget
{
    Q_OBJECT
public:
    DrillDownPanel(PerformanceDrillDown &drill, QWidget *parent = nullptr);

    // The halls the desk knows (for the tickets' time zone).
    void setHalls(const QList<Hall> &halls) { m_halls = halls; }
    QTableView *table() const { return m_table; }
    FigureTableModel *figures() const { return m_figures; }
    TicketTableModel *tickets() const { return m_tickets; }
    // Opens the row shown at `viewRow` (as sorted on screen), as a double-click on `column` would.
    bool openShown(int viewRow, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void retranslate();
    QString pathText() const;

    PerformanceDrillDown &m_drill;
    QList<Hall> m_halls;
    QPushButton *m_back;
    QLabel *m_path;
    QLabel *m_rankLabel;
    QComboBox *m_rankBy;
    QLabel *m_hint;
    QTableView *m_table;
    QLabel *m_count;
    FigureTableModel *m_figures;
    TicketTableModel *m_tickets;
    QSortFilterProxyModel *m_figureOrder;
    QSortFilterProxyModel *m_ticketOrder;
};

} // namespace ow
