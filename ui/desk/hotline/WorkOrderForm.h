#pragma once

#include "core/domain/api/WorkOrderBodies.h"
#include "core/domain/org/Org.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ow {

class Catalogue;

// The agent's form for a call (记录来电): what kind of call, the caller's number (shown masked as
// it will be stored for display), the hall it concerns, the matter, what was said, and — for a
// complaint about a visit — the ticket and its day. Checked with the server's own rules
// (WorkOrderRules) before it is sent; the server's refusals are shown under the fields as well.
class WorkOrderForm : public QWidget
{
    Q_OBJECT
public:
    explicit WorkOrderForm(QWidget *parent = nullptr);

    void setHalls(const QList<Hall> &halls);
    void setCatalogue(const Catalogue *catalogue);
    NewWorkOrderRequest request() const;
    // The problems named by field (the rules' or the server's), shown at once; empty clears them.
    void showProblems(const QHash<QString, QString> &problems);
    void clear(); // after a work order was recorded
    void retranslate();

Q_SIGNALS:
    void submitted(const NewWorkOrderRequest &request); // only when the rules found nothing wrong

private:
    void updateMasked();
    void submit();

    QLabel *m_title;
    QLabel *m_kindLabel, *m_phoneLabel, *m_hallLabel, *m_matterLabel, *m_textLabel, *m_ticketLabel;
    QComboBox *m_kind;
    QLineEdit *m_phone;
    QLabel *m_masked;
    QComboBox *m_hall;
    QComboBox *m_matter;
    QPlainTextEdit *m_text;
    QLineEdit *m_ticket;
    QDateEdit *m_ticketDay;
    QLabel *m_problems;
    QPushButton *m_record;
    const Catalogue *m_catalogue = nullptr;
};

} // namespace ow
