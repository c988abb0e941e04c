#pragma once

#include <QDialog>

class QTableWidget;
class QPushButton;

namespace ow {

class SyncAgent;

// The changes the server refused or found in conflict, with its reasons; a person decides for each:
// send it again as a new change, or drop it. Nothing is dropped without that decision.
class OutboxProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxProblemsDialog(SyncAgent &agent, QWidget *parent = nullptr);

private:
    void reload();
    qint64 selectedSeq() const;

    SyncAgent &m_agent;
    QTableWidget *m_table;
    QPushButton *m_resend;
    QPushButton *m_discard;
};

} // namespace ow
