#include "ui/desk/OutboxProblemsDialog.h"

#include "core/client/SyncAgent.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow {

OutboxProblemsDialog::OutboxProblemsDialog(SyncAgent &agent, QWidget *parent)
    : QDialog(parent), m_agent(agent), m_table(new QTableWidget(this)), m_resend(new QPushButton(this)), m_discard(new QPushButton(this))
{
    setObjectName(QStringLiteral("outboxProblemsDialog"));
    setWindowTitle(tr("Changes the server did not accept"));
    resize(900, 420);
    m_table->setObjectName(QStringLiteral("outboxProblems"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Change"), tr("Answer"), tr("Reason")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_resend->setObjectName(QStringLiteral("outboxResend"));
    m_resend->setText(tr("Send again"));
    m_discard->setObjectName(QStringLiteral("outboxDiscard"));
    m_discard->setText(tr("Drop this change"));
    auto *hint = new QLabel(tr("Each change here was refused by the server or met a newer state. Send it again once "
                               "the cause is fixed, or drop it."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_resend, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (const qint64 seq = selectedSeq())
            (void)m_agent.resend(seq);
        reload();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (const qint64 seq = selectedSeq())
            (void)m_agent.discard(seq);
        reload();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

qint64 OutboxProblemsDialog::selectedSeq() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void OutboxProblemsDialog::reload()
{
    const QList<OutboxOp> problems = m_agent.problems();
    m_table->setRowCount(static_cast<int>(problems.size()));
    int row = 0;
    for (const OutboxOp &op : problems) {
        auto *when = new QTableWidgetItem(QLocale().toString(op.deviceTime.toLocalTime(), QLocale::ShortFormat));
        when->setData(Qt::UserRole, op.seq);
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, new QTableWidgetItem(op.method + QLatin1Char(' ') + op.path));
        m_table->setItem(row, 2, new QTableWidgetItem(op.state == OutboxOp::State::Conflict ? tr("Conflict (%1)").arg(op.status)
                                                                                             : tr("Refused (%1)").arg(op.status)));
        m_table->setItem(row, 3, new QTableWidgetItem(op.reason()));
        ++row;
    }
    m_resend->setEnabled(!problems.isEmpty());
    m_discard->setEnabled(!problems.isEmpty());
}

} // namespace ow
