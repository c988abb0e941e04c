#pragma once

#include "core/domain/api/WorkOrderBodies.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace ow {

class ClientSession;
class WorkOrderForm;
class WorkOrderTableModel;
class WorkOrderTimelineModel;

// 12333 工单: the hotline agent's screen — a call recorded (WorkOrderForm), the work orders with
// filters (hall, kind, status, overdue only; overdue ones in red), the one selected with its
// timeline, and its steps: 转办 to the hall's supervisors, 预约 an appointment, 办结. A supervisor
// sees the same list for their halls and answers (答复) what was routed to them. Everything goes to
// the server at once (WorkOrderApi); what is shown is what the server answered.
class WorkOrdersPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkOrdersPage(ClientSession &session, QWidget *parent = nullptr);

    WorkOrderTableModel &model() { return *m_model; }
    WorkOrderTimelineModel &timeline() { return *m_timeline; }
    WorkOrderForm *form() { return m_form; } // none for supervisors
    const std::optional<WorkOrderDetail> &shown() const { return m_shown; }
    void reload();
    bool select(const QString &number);
    // A work order routed to or answered at a hall this desk sees (the live stream).
    void workOrderChanged(const WorkOrderItem &item);

Q_SIGNALS:
    void loaded();
    void detailed();
    void changed(); // a step was taken (recorded, routed, booked, answered, closed)

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    WorkOrderFilter filter() const;
    void showSelected();
    void display(const std::optional<WorkOrderDetail> &detail);
    void record(const NewWorkOrderRequest &request);
    void stepDone(const Result<WorkOrderDetail> &r);
    void route();
    void answer();
    void book();
    void close();
    void fillHalls();
    void fitColumns();

    ClientSession &m_session;
    bool m_agent = false;
    WorkOrderForm *m_form = nullptr;
    WorkOrderTableModel *m_model;
    WorkOrderTimelineModel *m_timeline;
    QLabel *m_title;
    QComboBox *m_hall, *m_kind, *m_status;
    QCheckBox *m_overdue;
    QPushButton *m_refresh;
    QLabel *m_message;
    QTableView *m_table;
    QLabel *m_heading;
    QLabel *m_facts;
    QPlainTextEdit *m_said;
    QLabel *m_answer;
    QTableView *m_events;
    QPushButton *m_routeButton, *m_bookButton, *m_answerButton, *m_closeButton;
    QString m_selected;
    std::optional<WorkOrderDetail> m_shown;
};

} // namespace ow
