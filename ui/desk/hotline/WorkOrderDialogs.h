#pragma once

#include "core/domain/api/WorkOrderBodies.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ow {

class Catalogue;

// The supervisor's answer to a work order (答复): the text for the caller, and whether it goes to
// them by text message. OK stays disabled while the rules find the answer wanting.
class WorkOrderAnswerDialog : public QDialog
{
    Q_OBJECT
public:
    WorkOrderAnswerDialog(const WorkOrderDetail &detail, QWidget *parent = nullptr);
    AnswerWorkOrderRequest request() const;

private:
    void check();

    QPlainTextEdit *m_answer;
    QCheckBox *m_notify;
    QLabel *m_problem;
    QPushButton *m_ok;
};

// An appointment booked from a work order (预约): the slot (quarter hours, from the next one) and
// the matter (the work order's by default).
class WorkOrderBookingDialog : public QDialog
{
    Q_OBJECT
public:
    WorkOrderBookingDialog(const WorkOrderDetail &detail, const Catalogue *catalogue, const QDateTime &now, QWidget *parent = nullptr);
    WorkOrderBookingRequest request() const;

private:
    QDateTimeEdit *m_slot;
    QComboBox *m_matter;
};

} // namespace ow
