#include "ui/desk/performance/DrillDownPanel.h"

#include "ui/desk/performance/FigureTableModel.h"
#include "ui/desk/performance/PerformanceText.h"
#include "ui/desk/performance/TicketTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

QSortFilterProxyModel *orderOf(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    return proxy;
}

} // namespace

DrillDownPanel::DrillDownPanel(PerformanceDrillDown &drill, QWidget *parent)
    : QWidget(parent)
    , m_drill(drill)
    , m_back(new QPushButton(this))
    , m_path(new QLabel(this))
    , m_rankLabel(new QLabel(this))
    , m_rankBy(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_figures(new FigureTableModel(this))
    , m_tickets(new TicketTableModel(this))
    , m_figureOrder(orderOf(m_figures, FigureTableModel::SortRole, this))
    , m_ticketOrder(orderOf(m_tickets, TicketTableModel::SortRole, this))
{
    setObjectName(QStringLiteral("drillDownPanel"));
    m_back->setObjectName(QStringLiteral("drillBack"));
    m_path->setObjectName(QStringLiteral("drillPath"));
    m_rankBy->setObjectName(QStringLiteral("rankBy"));
    m_table->setObjectName(QStringLiteral("drillTable"));
    m_count->setObjectName(QStringLiteral("drillCount"));
    m_hint->setObjectName(QStringLiteral("drillHint"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    QFont f = m_path->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_path->setFont(f);
    m_path->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(QStringLiteral("color: #616161;"));
    m_count->setStyleSheet(QStringLiteral("color: #616161;"));
    m_rankLabel->setBuddy(m_rankBy);
    for (const auto by : {QueueRanking::By::Satisfaction, QueueRanking::By::WithinPromise, QueueRanking::By::WaitMean, QueueRanking::By::Served})
        m_rankBy->addItem(QString(), static_cast<int>(by));

    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(56);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_path, 1);
    top->addWidget(m_rankLabel);
    top->addWidget(m_rankBy);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(&m_drill, &PerformanceDrillDown::changed, this, &DrillDownPanel::redraw);
    connect(&m_drill, &PerformanceDrillDown::failed, m_count, &QLabel::setText);
    connect(m_back, &QPushButton::clicked, &m_drill, &PerformanceDrillDown::back);
    connect(m_rankBy, &QComboBox::currentIndexChanged, this, [this] {
        m_figures->setRankBy(static_cast<QueueRanking::By>(m_rankBy->currentData().toInt()));
        m_table->sortByColumn(FigureTableModel::Rank, Qt::AscendingOrder);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openShown(index.row(), index.column()); });
    retranslate();
    redraw();
}

bool DrillDownPanel::openShown(int viewRow, int column)
{
    if (m_drill.level() == PerformanceDrillDown::Level::Tickets || viewRow < 0 || viewRow >= m_figureOrder->rowCount())
        return false;
    const QModelIndex source = m_figureOrder->mapToSource(m_figureOrder->index(viewRow, column));
    return m_drill.open(source.row(), FigureTableModel::figureOf(column));
}

void DrillDownPanel::redraw()
{
    using Level = PerformanceDrillDown::Level;
    const Level level = m_drill.level();
    const bool tickets = level == Level::Tickets;
    if (tickets) {
        const QString hall = m_drill.steps().isEmpty() ? QString() : m_drill.steps().last().hall;
        QTimeZone zone = QTimeZone::systemTimeZone();
        for (const Hall &h : std::as_const(m_halls)) {
            if (h.code == hall)
                zone = timeZoneOf(h);
        }
        m_tickets->setTickets(m_drill.tickets().tickets, zone);
        if (m_table->model() != m_ticketOrder)
            m_table->setModel(m_ticketOrder);
        m_table->sortByColumn(TicketTableModel::Issued, Qt::DescendingOrder);
    } else {
        m_figures->setRows(m_drill.rows(), level == Level::Halls     ? FigureTableModel::Rows::Halls
                                           : level == Level::Windows ? FigureTableModel::Rows::Windows
                                                                     : FigureTableModel::Rows::Tellers);
        if (m_table->model() != m_figureOrder)
            m_table->setModel(m_figureOrder);
        m_table->sortByColumn(FigureTableModel::Rank, Qt::AscendingOrder);
    }
    m_table->resizeColumnsToContents();
    // The name (or the matters, for tickets) takes the room left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(tickets ? int(TicketTableModel::Matters) : int(FigureTableModel::Name), QHeaderView::Stretch);
    m_rankLabel->setVisible(!tickets);
    m_rankBy->setVisible(!tickets);
    m_back->setEnabled(m_drill.steps().size() > 1);
    m_path->setText(pathText());
    const int count = tickets ? m_drill.tickets().count : static_cast<int>(m_drill.rows().size());
    if (tickets && count > m_drill.tickets().tickets.size())
        m_count->setText(tr("%1 tickets, the latest %2 shown").arg(count).arg(m_drill.tickets().tickets.size()));
    else if (tickets)
        m_count->setText(tr("%n ticket(s)", nullptr, count));
    else
        m_count->setText(tr("%n row(s)", nullptr, count));
    m_hint->setText(tickets ? tr("The tickets behind the figure; personal data masked.")
                    : level == Level::Tellers
                        ? tr("Double-click a figure to see the tickets behind it.")
                        : tr("Double-click a row to go one level down."));
}

QString DrillDownPanel::pathText() const
{
    using Level = PerformanceDrillDown::Level;
    QStringList parts;
    for (const PerformanceDrillDown::Step &s : m_drill.steps()) {
        switch (s.level) {
        case Level::Halls:
            parts << tr("Halls of %1").arg(PerformanceText::name(s.name).isEmpty() ? s.hall : PerformanceText::name(s.name));
            break;
        case Level::Windows:
            parts << (PerformanceText::name(s.name).isEmpty() ? s.hall : PerformanceText::name(s.name));
            break;
        case Level::Tellers:
            parts << PerformanceText::window(QString::number(s.window), s.name);
            break;
        case Level::Tickets:
            if (s.window == 0)
                parts << PerformanceText::window({}, {});
            else
                parts << PerformanceText::teller(s.teller, s.name);
            parts.last() += tr(" · %1").arg(PerformanceText::figure(s.figure));
            break;
        }
    }
    return parts.join(QStringLiteral("  ›  "));
}

void DrillDownPanel::retranslate()
{
    m_back->setText(tr("Back"));
    m_rankLabel->setText(tr("Rank by:"));
    for (int i = 0; i < m_rankBy->count(); ++i)
        m_rankBy->setItemText(i, PerformanceText::rankBy(static_cast<QueueRanking::By>(m_rankBy->itemData(i).toInt())));
}

void DrillDownPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        redraw();
    }
    QWidget::changeEvent(event);
}

} // namespace ow
