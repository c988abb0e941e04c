#include "ui/desk/SupervisorQueueScreen.h"

#include "core/client/ClientSession.h"
#include "core/client/HallMonitor.h"
#include "core/client/HallTodayFigures.h"
#include "core/client/SyncAgent.h"
#include "core/domain/util/Clock.h"
#include "core/client/api/QueueApi.h"
#include "core/client/api/RectificationApi.h"
#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/queue/RatingLevel.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/TodayFiguresStrip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

namespace {
QString minutesSeconds(qint64 s)
{
    s = std::max<qint64>(0, s);
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QTableWidget *makeTable(QWidget *parent, const char *name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

SupervisorQueueScreen::SupervisorQueueScreen(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_monitor(new HallMonitor(session, session.isLoggedIn() ? session.account().hallCode : QString(), this))
    , m_today(new HallTodayFigures(session, m_monitor->hall(), this))
    , m_title(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_windows(makeTable(this, "supervisorWindows"))
    , m_longest(makeTable(this, "longestWaits"))
    , m_rectifications(makeTable(this, "rectificationList"))
    , m_windowsTitle(new QLabel(this))
    , m_longestTitle(new QLabel(this))
    , m_rectTitle(new QLabel(this))
    , m_message(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_profile(new QPushButton(this))
    , m_move(new QPushButton(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("supervisorQueueScreen"));
    m_counts->setObjectName(QStringLiteral("waitingByPrefix"));
    m_open->setObjectName(QStringLiteral("supervisorOpenWindow"));
    m_close->setObjectName(QStringLiteral("supervisorCloseWindow"));
    m_message->setObjectName(QStringLiteral("supervisorMessage"));
    m_profile->setObjectName(QStringLiteral("supervisorWindowProfile"));
    m_move->setObjectName(QStringLiteral("supervisorMoveTicket"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    QFont c = m_counts->font();
    c.setPointSizeF(c.pointSizeF() * 1.3);
    m_counts->setFont(c);
    m_windows->setColumnCount(6);
    m_longest->setColumnCount(3);
    m_rectifications->setColumnCount(5);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addWidget(m_close);
    actions->addWidget(m_profile);
    actions->addWidget(m_message, 1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_windowsTitle);
    left->addWidget(m_windows, 3);
    left->addLayout(actions);
    left->addWidget(m_rectTitle);
    left->addWidget(m_rectifications, 2);
    auto *right = new QVBoxLayout;
    right->addWidget(m_counts);
    right->addWidget(m_longestTitle);
    right->addWidget(m_longest);
    right->addWidget(m_move);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(new TodayFiguresStrip(*m_today, this));
    layout->addLayout(columns);

    connect(m_monitor, &HallMonitor::changed, this, &SupervisorQueueScreen::redraw);
    connect(&session, &ClientSession::hallsChanged, this, &SupervisorQueueScreen::redraw); // a window added or retired
    connect(m_monitor, &HallMonitor::event, this, [this](const HallEvent &e) {
        m_today->refresh(); // any queue event may change today's figures
        if (e.rating)
            loadRectifications();
    });
    connect(m_monitor, &HallMonitor::liveChanged, this, [this](bool live) {
        if (live)
            m_today->refresh(); // what happened while the events were away
    });
    connect(m_monitor, &HallMonitor::failed, m_message, &QLabel::setText);
    connect(m_open, &QPushButton::clicked, this, [this]() { setSelectedWindow(WindowState::Open); });
    connect(m_close, &QPushButton::clicked, this, [this]() { setSelectedWindow(WindowState::Closed); });
    connect(m_profile, &QPushButton::clicked, this, &SupervisorQueueScreen::editSelectedProfile);
    connect(m_move, &QPushButton::clicked, this, &SupervisorQueueScreen::moveSelectedTicket);
    connect(m_ticker, &QTimer::timeout, this, &SupervisorQueueScreen::redraw);
    connect(m_ticker, &QTimer::timeout, m_today, &HallTodayFigures::refreshIfNewDay);
    m_ticker->start(1000);
    retranslate();
    m_monitor->refresh();
    m_today->refresh();
    loadRectifications();
}

int SupervisorQueueScreen::selectedWindow()
{
    const int row = m_windows->currentRow();
    if (row < 0 || !m_windows->item(row, 0)) {
        m_message->setText(tr("Select a window first."));
        return 0;
    }
    return m_windows->item(row, 0)->data(Qt::UserRole).toInt();
}

// The window's current profile comes from the hall list, then the dialog opens with it.
void SupervisorQueueScreen::editSelectedProfile()
{
    const int number = selectedWindow();
    if (!number)
        return;
    QPointer<SupervisorQueueScreen> self(this);
    const QString hall = m_monitor->hall();
    QueueApi(m_session.api()).windowProfile(hall, number, [self, number](Result<WindowProfileBody> r) {
        if (self)
            self->showProfileDialog(number, r ? r.value() : WindowProfileBody{});
    });
}

void SupervisorQueueScreen::showProfileDialog(int window, const WindowProfileBody &current)
{
    const Catalogue *catalogue = m_session.catalogue();
    if (!catalogue)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("windowProfileDialog"));
    dialog.setWindowTitle(tr("What window %1 serves").arg(window));
    auto *layout = new QVBoxLayout(&dialog);
    auto *kind = new QComboBox(&dialog);
    kind->setObjectName(QStringLiteral("profileKind"));
    kind->addItem(tr("Comprehensive: every matter"), QVariant::fromValue(static_cast<int>(WindowKind::Comprehensive)));
    kind->addItem(tr("Dedicated: only the ticked categories"), QVariant::fromValue(static_cast<int>(WindowKind::Dedicated)));
    kind->setCurrentIndex(current.kind == WindowKind::Dedicated ? 1 : 0);
    layout->addWidget(kind);
    auto *hint = new QLabel(tr("A higher weight makes the window prefer that queue (2 against 1, say)."), &dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *grid = new QGridLayout;
    const QStringList &served = current.categories;
    const QString lang = LanguageManager::current();
    QList<QPair<QCheckBox *, QSpinBox *>> rows;
    int row = 0;
    for (const Category &c : catalogue->categories()) {
        auto *box = new QCheckBox(QStringLiteral("%1  %2").arg(c.prefix, c.name.in(lang)), &dialog);
        box->setObjectName(QStringLiteral("profileCategory_") + c.code);
        box->setProperty("code", c.code);
        box->setChecked(served.contains(c.code));
        auto *weight = new QSpinBox(&dialog);
        weight->setObjectName(QStringLiteral("profileWeight_") + c.code);
        weight->setRange(1, 10);
        weight->setValue(current.weights.value(c.code, 1));
        grid->addWidget(box, row, 0);
        grid->addWidget(weight, row, 1);
        rows.append({box, weight});
        ++row;
    }
    layout->addLayout(grid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    WindowProfileBody chosen;
    chosen.kind = static_cast<WindowKind>(kind->currentData().toInt());
    for (const auto &[box, weight] : rows) {
        const QString code = box->property("code").toString();
        if (box->isChecked())
            chosen.categories.append(code);
        if (weight->value() != 1)
            chosen.weights.insert(code, weight->value());
    }
    submit(QueueApi::setWindowProfileWrite(m_monitor->hall(), window, chosen), tr("Window %1 now serves what was chosen.").arg(window));
}

void SupervisorQueueScreen::moveSelectedTicket()
{
    const int row = m_longest->currentRow();
    if (row < 0 || !m_longest->item(row, 0)) {
        m_message->setText(tr("Select a waiting ticket first."));
        return;
    }
    const qint64 id = m_longest->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString number = m_longest->item(row, 0)->text();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("moveTicketDialog"));
    dialog.setWindowTitle(tr("Move %1").arg(number));
    auto *form = new QFormLayout(&dialog);
    auto *window = new QSpinBox(&dialog);
    window->setObjectName(QStringLiteral("moveWindow"));
    window->setRange(0, 99);
    window->setSpecialValueText(tr("Any window able to serve it"));
    auto *position = new QComboBox(&dialog);
    position->setObjectName(QStringLiteral("movePosition"));
    position->addItem(tr("To the front of the line"), true);
    position->addItem(tr("To the back of the line"), false);
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(QStringLiteral("moveNote"));
    form->addRow(tr("Window:"), window);
    form->addRow(tr("Place:"), position);
    form->addRow(tr("Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TransferBody move;
    move.toWindow = window->value();
    move.toFront = position->currentData().toBool();
    move.reason = note->text().trimmed();
    submit(QueueApi::moveWrite(id, move), tr("%1 was moved.").arg(number));
}

void SupervisorQueueScreen::setSelectedWindow(WindowState state)
{
    const int number = selectedWindow();
    if (!number)
        return;
    submit(QueueApi::setWindowStateWrite(m_monitor->hall(), number, WindowStateChange{state, {}, std::nullopt}), QString());
}

// A supervisor's change goes through the outbox like a teller's: kept if the network drops.
void SupervisorQueueScreen::submit(const QueueWrite &write, const QString &done)
{
    SyncAgent *sync = m_session.sync();
    if (!sync)
        return;
    QPointer<SupervisorQueueScreen> self(this);
    (void)QueueApi::submit(*sync, write, [self, done](int status, const QString &refusal) {
        if (self)
            self->m_message->setText(status < 400 ? done : refusal);
    });
}

void SupervisorQueueScreen::loadRectifications()
{
    if (!m_session.api().hasToken())
        return;
    QPointer<SupervisorQueueScreen> self(this);
    RectificationApi(m_session.api()).list(m_monitor->hall(), RectificationFilter::open(), [self](Result<RectificationList> r) {
        if (!self || !r)
            return;
        const QList<RectificationItem> &items = r.value().rectifications;
        QTableWidget *table = self->m_rectifications;
        table->setRowCount(static_cast<int>(items.size()));
        for (int i = 0; i < items.size(); ++i) {
            const RectificationItem &o = items.at(i);
            table->setItem(i, 0, new QTableWidgetItem(o.dueDay.toString(Qt::ISODate)));
            table->setItem(i, 1, new QTableWidgetItem(o.ticket));
            table->setItem(i, 2, new QTableWidgetItem(ratingLevelText(o.level)));
            table->setItem(i, 3, new QTableWidgetItem(tr("Window %1").arg(o.window)));
            table->setItem(i, 4, new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(o.tellerName, o.tellerStaffNo)));
        }
    });
}

void SupervisorQueueScreen::redraw()
{
    const QDateTime now = m_session.clock().now();
    const QList<HallMonitor::WindowView> windows = m_monitor->everyWindow();
    const int selected = m_windows->currentRow();
    m_windows->setRowCount(static_cast<int>(windows.size()));
    for (int i = 0; i < windows.size(); ++i) {
        const HallMonitor::WindowView &w = windows.at(i);
        const auto ticket = m_monitor->ticketAt(w.number);
        const QString state = w.state == WindowState::Open     ? tr("Open")
                              : w.state == WindowState::Paused ? tr("Paused: %1").arg(w.reason)
                                                               : tr("Closed");
        auto *number = new QTableWidgetItem(QString::number(w.number));
        number->setData(Qt::UserRole, w.number);
        m_windows->setItem(i, 0, number);
        m_windows->setItem(i, 1, new QTableWidgetItem(state));
        m_windows->setItem(i, 2, new QTableWidgetItem(w.tellerName.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(w.tellerName, w.tellerStaffNo)));
        m_windows->setItem(i, 3, new QTableWidgetItem(ticket ? ticket->number : QString()));
        const QDateTime since = ticket ? (ticket->servingSince.isValid() ? ticket->servingSince : ticket->calledAt) : QDateTime();
        m_windows->setItem(i, 4, new QTableWidgetItem(since.isValid() ? minutesSeconds(since.secsTo(now)) : QString()));
        m_windows->setItem(i, 5, new QTableWidgetItem(ticket && ticket->state == TicketState::Serving ? tr("Serving")
                                                      : ticket                                        ? tr("Called")
                                                                                                      : QString()));
    }
    if (selected >= 0 && selected < m_windows->rowCount())
        m_windows->selectRow(selected);

    QStringList counts;
    const QMap<QString, int> &byPrefix = m_monitor->waitingByPrefix();
    for (auto it = byPrefix.begin(); it != byPrefix.end(); ++it)
        counts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    m_counts->setText(tr("Waiting: %n", nullptr, static_cast<int>(m_monitor->waiting().size()))
                      + (counts.isEmpty() ? QString() : QStringLiteral("   ") + counts.join(QStringLiteral("   "))));

    QList<Ticket> longest = m_monitor->waiting();
    std::sort(longest.begin(), longest.end(), [](const Ticket &a, const Ticket &b) { return a.issuedAt < b.issuedAt; });
    m_longest->setRowCount(static_cast<int>(std::min<qsizetype>(longest.size(), 10)));
    const PromiseRisk &promise = m_monitor->promise();
    for (int i = 0; i < m_longest->rowCount(); ++i) {
        const Ticket &t = longest.at(i);
        const qint64 waited = t.issuedAt.secsTo(now);
        auto *numberItem = new QTableWidgetItem(t.number);
        numberItem->setData(Qt::UserRole, t.id);
        m_longest->setItem(i, 0, numberItem);
        m_longest->setItem(i, 1, new QTableWidgetItem(minutesSeconds(waited)));
        // The hall's own promise (its queue rules) says when a wait is at risk, and when broken.
        const PromiseRisk::Level risk = promise.of(waited);
        m_longest->setItem(i, 2, new QTableWidgetItem(risk == PromiseRisk::Level::Broken   ? tr("Past the %1-minute promise").arg(promise.promiseMinutes())
                                                      : risk == PromiseRisk::Level::AtRisk ? tr("About to break the %1-minute promise").arg(promise.promiseMinutes())
                                                                                           : QString()));
        m_longest->item(i, 2)->setData(Qt::UserRole, static_cast<int>(risk));
        const QColor colour = risk == PromiseRisk::Level::Broken   ? QColor(0xff, 0xcd, 0xd2)
                              : risk == PromiseRisk::Level::AtRisk ? QColor(0xff, 0xe0, 0xb2)
                                                                   : QColor();
        if (colour.isValid())
            for (int c = 0; c < 3; ++c)
                m_longest->item(i, c)->setBackground(colour);
    }
}

void SupervisorQueueScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SupervisorQueueScreen::retranslate()
{
    const QString lang = LanguageManager::current();
    m_title->setText(m_session.isLoggedIn() ? tr("Live queue — %1").arg(m_session.account().hallName.in(lang)) : QString());
    m_windowsTitle->setText(tr("Windows"));
    m_longestTitle->setText(tr("Longest waits"));
    m_rectTitle->setText(tr("Open rectifications of bad ratings"));
    m_open->setText(tr("Open selected window"));
    m_close->setText(tr("Close selected window"));
    m_profile->setText(tr("What the window serves…"));
    m_move->setText(tr("Move selected ticket…"));
    m_windows->setHorizontalHeaderLabels({tr("Window"), tr("State"), tr("Teller"), tr("Ticket"), tr("Time"), tr("Stage")});
    m_longest->setHorizontalHeaderLabels({tr("Number"), tr("Waited"), tr("Promise")});
    m_rectifications->setHorizontalHeaderLabels({tr("Due"), tr("Ticket"), tr("Rating"), tr("Window"), tr("Teller")});
    redraw();
}

} // namespace ow
