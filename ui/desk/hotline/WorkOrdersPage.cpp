#include "ui/desk/hotline/WorkOrdersPage.h"

#include "core/client/AdminClient.h" // errorText, AdminApi::fieldProblems: how any refusal reads
#include "core/client/ClientSession.h"
#include "core/client/api/AdminApi.h"
#include "core/client/api/WorkOrderApi.h"
#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/util/Clock.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/hotline/WorkOrderDialogs.h"
#include "ui/desk/hotline/WorkOrderForm.h"
#include "ui/desk/hotline/WorkOrderTableModel.h"
#include "ui/desk/hotline/WorkOrderTimelineModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {
const std::optional<WorkOrderKind> kKinds[] = {std::nullopt, WorkOrderKind::Consultation, WorkOrderKind::Booking, WorkOrderKind::Complaint,
                                               WorkOrderKind::Suggestion, WorkOrderKind::Praise};
const std::optional<WorkOrderStatus> kStatuses[] = {std::nullopt, WorkOrderStatus::Open, WorkOrderStatus::Routed, WorkOrderStatus::Answered,
                                                    WorkOrderStatus::Closed};
} // namespace

WorkOrdersPage::WorkOrdersPage(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_agent(session.isLoggedIn() && Permissions::allows(session.account().role, Permission::WorkOrdersRecord))
    , m_model(new WorkOrderTableModel(this))
    , m_timeline(new WorkOrderTimelineModel(this))
    , m_title(new QLabel(this))
    , m_hall(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_overdue(new QCheckBox(this))
    , m_refresh(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_said(new QPlainTextEdit(this))
    , m_answer(new QLabel(this))
    , m_events(new QTableView(this))
    , m_routeButton(new QPushButton(this))
    , m_bookButton(new QPushButton(this))
    , m_answerButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("workOrdersPage"));
    m_hall->setObjectName(QStringLiteral("workOrderHallFilter"));
    m_kind->setObjectName(QStringLiteral("workOrderKindFilter"));
    m_status->setObjectName(QStringLiteral("workOrderStatusFilter"));
    m_overdue->setObjectName(QStringLiteral("workOrderOverdueOnly"));
    m_refresh->setObjectName(QStringLiteral("workOrdersRefresh"));
    m_message->setObjectName(QStringLiteral("workOrdersMessage"));
    m_table->setObjectName(QStringLiteral("workOrderTable"));
    m_heading->setObjectName(QStringLiteral("workOrderHeading"));
    m_facts->setObjectName(QStringLiteral("workOrderFacts"));
    m_events->setObjectName(QStringLiteral("workOrderTimeline"));
    m_routeButton->setObjectName(QStringLiteral("routeWorkOrderButton"));
    m_bookButton->setObjectName(QStringLiteral("bookWorkOrderButton"));
    m_answerButton->setObjectName(QStringLiteral("answerWorkOrderButton"));
    m_closeButton->setObjectName(QStringLiteral("closeWorkOrderButton"));

    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    QFont h = m_heading->font();
    h.setPointSizeF(h.pointSizeF() * 1.15);
    h.setBold(true);
    m_heading->setFont(h);
    m_heading->setWordWrap(true);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_said->setReadOnly(true);
    m_said->setMaximumHeight(90);
    for (int i = 0; i < static_cast<int>(std::size(kKinds)); ++i)
        m_kind->addItem(QString());
    for (int i = 0; i < static_cast<int>(std::size(kStatuses)); ++i)
        m_status->addItem(QString());
    m_hall->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QTableView *t : {m_table, m_events}) {
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        t->setWordWrap(false);
    }
    m_table->setModel(m_model);
    m_events->setModel(m_timeline);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_model->setCatalogue(session.catalogue());
    m_model->setHalls(session.halls());

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_hall);
    filters->addWidget(m_kind);
    filters->addWidget(m_status);
    filters->addWidget(m_overdue);
    filters->addWidget(m_refresh);
    filters->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    if (m_agent) {
        m_form = new WorkOrderForm(this);
        m_form->setHalls(session.halls());
        m_form->setCatalogue(session.catalogue());
        leftLayout->addWidget(m_form);
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        leftLayout->addWidget(line);
        connect(m_form, &WorkOrderForm::submitted, this, &WorkOrdersPage::record);
    }
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_table, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_routeButton, m_bookButton, m_answerButton, m_closeButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_facts);
    rightLayout->addWidget(m_said);
    rightLayout->addWidget(m_answer);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_events, 1);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);

    connect(m_hall, &QComboBox::currentIndexChanged, this, &WorkOrdersPage::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorkOrdersPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &WorkOrdersPage::reload);
    connect(m_overdue, &QCheckBox::toggled, this, &WorkOrdersPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &WorkOrdersPage::reload);
    connect(m_routeButton, &QPushButton::clicked, this, &WorkOrdersPage::route);
    connect(m_bookButton, &QPushButton::clicked, this, &WorkOrdersPage::book);
    connect(m_answerButton, &QPushButton::clicked, this, &WorkOrdersPage::answer);
    connect(m_closeButton, &QPushButton::clicked, this, &WorkOrdersPage::close);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const WorkOrderItem *item = m_model->at(current.row());
        m_selected = item ? item->number : QString();
        showSelected();
    });
    // Names arrive after the login: the list and the open work order are shown again with them.
    connect(&session, &ClientSession::catalogueChanged, this, [this] {
        m_model->setCatalogue(m_session.catalogue());
        if (m_form)
            m_form->setCatalogue(m_session.catalogue());
        fitColumns();
        display(m_shown);
    });
    connect(&session, &ClientSession::hallsChanged, this, [this] {
        m_model->setHalls(m_session.halls());
        if (m_form)
            m_form->setHalls(m_session.halls());
        fillHalls();
        fitColumns();
        display(m_shown);
    });
    fillHalls();
    retranslate();
    display(std::nullopt);
    reload();
}

void WorkOrdersPage::fitColumns()
{
    m_table->resizeColumnsToContents();
    // Hall and matter names are long: wide enough to read, the rest in the tooltip.
    for (const auto &[column, width] : {std::pair{int(WorkOrderTableModel::HallColumn), 180}, std::pair{int(WorkOrderTableModel::Matter), 140}})
        m_table->setColumnWidth(column, width);
}

void WorkOrdersPage::fillHalls()
{
    const QString current = m_hall->currentData().toString();
    const QSignalBlocker quiet(m_hall);
    m_hall->clear();
    m_hall->addItem(tr("All halls"), QString());
    for (const Hall &h : m_session.halls()) {
        if (!h.archived)
            m_hall->addItem(h.name.in(LanguageManager::current()), h.code);
    }
    m_hall->setCurrentIndex(std::max(0, m_hall->findData(current)));
}

WorkOrderFilter WorkOrdersPage::filter() const
{
    WorkOrderFilter f;
    f.hall = m_hall->currentData().toString();
    f.kind = kKinds[std::max(0, m_kind->currentIndex())];
    f.status = kStatuses[std::max(0, m_status->currentIndex())];
    f.overdue = m_overdue->isChecked();
    return f;
}

void WorkOrdersPage::reload()
{
    if (!m_session.isLoggedIn() || !m_session.api().hasToken())
        return;
    const WorkOrderFilter wanted = filter();
    QPointer<WorkOrdersPage> self(this);
    WorkOrderApi(m_session.api()).list(wanted, [self, wanted](Result<WorkOrderList> r) {
        if (!self || !(self->filter() == wanted))
            return; // a newer question is on its way
        if (!r) {
            self->m_message->setText(errorText(r.error()));
            return;
        }
        const QString keep = self->m_selected;
        self->m_model->setWorkOrders(r.value().workOrders);
        self->fitColumns();
        int overdue = 0;
        for (const WorkOrderItem &i : r.value().workOrders)
            overdue += i.overdue ? 1 : 0;
        self->m_message->setText(overdue > 0 ? tr("Listed: %1, overdue: %2").arg(r.value().workOrders.size()).arg(overdue)
                                             : tr("Listed: %1").arg(r.value().workOrders.size()));
        // What was selected stays so; with nothing shown yet, the newest is opened.
        if (!self->select(keep) && !self->m_shown) {
            if (self->m_model->rowCount() > 0)
                self->select(self->m_model->at(0)->number);
            else
                self->display(std::nullopt);
        }
        Q_EMIT self->loaded();
    });
}

bool WorkOrdersPage::select(const QString &number)
{
    const int row = number.isEmpty() ? -1 : m_model->rowOf(number);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void WorkOrdersPage::workOrderChanged(const WorkOrderItem &item)
{
    reload();
    if (item.number == m_selected)
        showSelected();
}

void WorkOrdersPage::showSelected()
{
    if (m_selected.isEmpty()) {
        display(std::nullopt);
        return;
    }
    const QString number = m_selected;
    QPointer<WorkOrdersPage> self(this);
    WorkOrderApi(m_session.api()).get(number, [self, number](Result<WorkOrderDetail> r) {
        if (!self || self->m_selected != number)
            return;
        if (!r) {
            self->m_message->setText(errorText(r.error()));
            return;
        }
        self->display(r.value());
        Q_EMIT self->detailed();
    });
}

void WorkOrdersPage::display(const std::optional<WorkOrderDetail> &detail)
{
    m_shown = detail;
    const bool any = detail.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_facts, m_said, m_answer, m_events})
        w->setVisible(any);
    if (!any) {
        m_heading->setText(tr("Choose a work order from the list."));
        m_timeline->setEvents({});
        for (QPushButton *b : {m_routeButton, m_bookButton, m_answerButton, m_closeButton})
            b->setVisible(false);
        return;
    }
    const WorkOrderItem &w = detail->workOrder;
    const QString lang = LanguageManager::current();
    m_heading->setText(QStringLiteral("%1 · %2 · %3").arg(w.number, workOrderKindText(w.kind), WorkOrderTableModel::statusText(w)));
    m_heading->setStyleSheet(w.overdue ? QStringLiteral("color: #b3261e;") : QString());
    QString hallName = w.hall;
    for (const Hall &h : m_session.halls()) {
        if (h.code == w.hall)
            hallName = h.name.in(lang);
    }
    QString matter = w.service;
    if (const Catalogue *c = m_session.catalogue()) {
        if (const ServiceItem *s = c->service(w.service))
            matter = s->name.in(lang);
    }
    QStringList facts;
    facts << tr("Hall: %1").arg(hallName);
    if (!matter.isEmpty())
        facts << tr("Matter: %1").arg(matter);
    facts << tr("Caller: %1").arg(w.phone);
    if (!w.ticket.isEmpty())
        facts << tr("Ticket %1 of %2, window %3, %4").arg(w.ticket, w.ticketDay.toString(Qt::ISODate)).arg(w.window).arg(w.tellerName);
    if (w.dueDay.isValid())
        facts << (w.overdue ? tr("Answer was due by %1 — overdue").arg(w.dueDay.toString(Qt::ISODate))
                            : tr("To be answered by %1").arg(w.dueDay.toString(Qt::ISODate)));
    if (!detail->routedTo.isEmpty())
        facts << tr("Routed to: %1").arg(detail->routedTo.join(QStringLiteral("、")));
    if (!w.appointment.isEmpty())
        facts << tr("Appointment code: %1").arg(w.appointment);
    for (const WorkOrderNotice &n : detail->notifications)
        facts << (n.sent ? tr("Text message sent to %1").arg(n.phone) : tr("Text message to %1 not sent yet").arg(n.phone));
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_said->setPlainText(detail->text);
    m_answer->setText(detail->answer.isEmpty() ? QString() : tr("Answer: %1").arg(detail->answer));
    m_answer->setVisible(!detail->answer.isEmpty());
    m_timeline->setEvents(detail->events);
    m_events->resizeColumnsToContents();
    m_events->horizontalHeader()->setSectionResizeMode(WorkOrderTimelineModel::Note, QHeaderView::Stretch);

    const bool supervisor = m_session.isLoggedIn() && Permissions::allows(m_session.account().role, Permission::WorkOrdersAnswer);
    const bool routable = w.kind == WorkOrderKind::Complaint || w.kind == WorkOrderKind::Suggestion;
    m_routeButton->setVisible(m_agent && routable && w.status == WorkOrderStatus::Open);
    m_bookButton->setVisible(m_agent && w.status != WorkOrderStatus::Closed && w.appointment.isEmpty());
    m_answerButton->setVisible((supervisor && w.status == WorkOrderStatus::Routed) || (m_agent && w.status == WorkOrderStatus::Open));
    m_closeButton->setVisible(m_agent && (w.status == WorkOrderStatus::Open || w.status == WorkOrderStatus::Answered));
}

void WorkOrdersPage::record(const NewWorkOrderRequest &request)
{
    QPointer<WorkOrdersPage> self(this);
    WorkOrderApi(m_session.api()).create(request, [self](Result<WorkOrderDetail> r) {
        if (!self)
            return;
        if (!r) {
            QHash<QString, QString> problems = AdminApi::fieldProblems(r.error());
            if (problems.isEmpty())
                problems.insert(QString(), errorText(r.error()));
            self->m_form->showProblems(problems);
            return;
        }
        self->m_form->clear();
        self->m_message->setText(tr("Work order %1 recorded.").arg(r.value().workOrder.number));
        self->m_selected = r.value().workOrder.number;
        self->display(r.value());
        Q_EMIT self->changed();
        self->reload();
    });
}

void WorkOrdersPage::stepDone(const Result<WorkOrderDetail> &r)
{
    if (!r) {
        m_message->setText(errorText(r.error()));
        return;
    }
    m_selected = r.value().workOrder.number;
    display(r.value());
    Q_EMIT changed();
    reload();
    // Read once more: what follows the step's commit (the caller's text message) is then known.
    showSelected();
}

void WorkOrdersPage::route()
{
    if (!m_shown)
        return;
    QPointer<WorkOrdersPage> self(this);
    WorkOrderApi(m_session.api()).route(m_shown->workOrder.number, {}, [self](Result<WorkOrderDetail> r) {
        if (self)
            self->stepDone(r);
    });
}

void WorkOrdersPage::answer()
{
    if (!m_shown)
        return;
    WorkOrderAnswerDialog dialog(*m_shown, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPointer<WorkOrdersPage> self(this);
    WorkOrderApi(m_session.api()).answer(m_shown->workOrder.number, dialog.request(), [self](Result<WorkOrderDetail> r) {
        if (self)
            self->stepDone(r);
    });
}

void WorkOrdersPage::book()
{
    if (!m_shown)
        return;
    WorkOrderBookingDialog dialog(*m_shown, m_session.catalogue(), m_session.clock().now(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPointer<WorkOrdersPage> self(this);
    WorkOrderApi(m_session.api()).book(m_shown->workOrder.number, dialog.request(), [self](Result<WorkOrderDetail> r) {
        if (self)
            self->stepDone(r);
    });
}

void WorkOrdersPage::close()
{
    if (!m_shown)
        return;
    QPointer<WorkOrdersPage> self(this);
    WorkOrderApi(m_session.api()).close(m_shown->workOrder.number, {}, [self](Result<WorkOrderDetail> r) {
        if (self)
            self->stepDone(r);
    });
}

void WorkOrdersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkOrdersPage::retranslate()
{
    m_title->setText(m_agent ? tr("12333 hotline work orders") : tr("12333 work orders of my halls"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, workOrderKindText(*kKinds[i]));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, workOrderStatusText(*kStatuses[i]));
    if (m_hall->count() > 0)
        m_hall->setItemText(0, tr("All halls"));
    m_overdue->setText(tr("Overdue only"));
    m_refresh->setText(tr("Refresh"));
    m_routeButton->setText(tr("Route to hall"));
    m_bookButton->setText(tr("Book appointment"));
    m_answerButton->setText(tr("Answer"));
    m_closeButton->setText(tr("Close"));
    m_said->setPlaceholderText(tr("What the caller said"));
    if (m_form)
        m_form->retranslate();
    m_model->retranslate();
    m_timeline->retranslate();
    display(m_shown);
}

} // namespace ow
