#include "ui/desk/TellerQueuePanel.h"

#include "core/client/ClientSession.h"
#include "core/client/OfflineCounter.h"
#include "core/client/TellerDesk.h"
#include "core/domain/queue/PriorityGroups.h"
#include "core/domain/util/Clock.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/CitizenScreen.h"
#include "ui/desk/guide/PrecheckText.h"
#include "ui/desk/training/TrainingCitizenCard.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

namespace {
QString elapsed(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

TellerQueuePanel::TellerQueuePanel(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_desk(new TellerDesk(session, this))
    , m_windowBox(new QComboBox(this))
    , m_windowLabel(new QLabel(this))
    , m_windowState(new QLabel(this))
    , m_number(new QLabel(this))
    , m_ticketInfo(new QLabel(this))
    , m_timer(new QLabel(this))
    , m_matters(new QListWidget(this))
    , m_precheck(new QLabel(this))
    , m_trainingCard(new TrainingCitizenCard(session, this))
    , m_waiting(new QTableWidget(this))
    , m_waitingTitle(new QLabel(this))
    , m_message(new QLabel(this))
    , m_ticker(new QTimer(this))
    , m_citizen(new CitizenScreen(session, *m_desk, this))
{
    setObjectName(QStringLiteral("tellerQueuePanel"));
    m_windowBox->setObjectName(QStringLiteral("windowSelector"));
    m_windowState->setObjectName(QStringLiteral("windowState"));
    m_number->setObjectName(QStringLiteral("currentTicketNumber"));
    m_timer->setObjectName(QStringLiteral("serviceTimer"));
    m_matters->setObjectName(QStringLiteral("currentMatters"));
    m_precheck->setObjectName(QStringLiteral("precheckSummary"));
    m_precheck->setWordWrap(true);
    m_precheck->setStyleSheet(QStringLiteral("QLabel { background:#fff8e1; color:#5d4300; padding:6px; border-radius:4px; }"));
    m_precheck->hide();
    m_waiting->setObjectName(QStringLiteral("waitingList"));
    m_message->setObjectName(QStringLiteral("queueMessage"));

    QFont big = m_number->font();
    big.setPointSize(48);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setStyleSheet(QStringLiteral("color:#0b4f8a;"));
    QFont timerFont = m_timer->font();
    timerFont.setPointSize(20);
    m_timer->setFont(timerFont);
    m_timer->setAlignment(Qt::AlignCenter);
    m_ticketInfo->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_waiting->setColumnCount(4);
    m_waiting->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_waiting->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_waiting->verticalHeader()->hide();
    m_waiting->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    fillWindows();

    auto *top = new QHBoxLayout;
    top->addWidget(m_windowLabel);
    top->addWidget(m_windowBox);
    top->addWidget(m_windowState, 1);

    auto *current = new QGroupBox(this);
    current->setObjectName(QStringLiteral("currentTicketBox"));
    auto *currentLayout = new QVBoxLayout(current);
    currentLayout->addWidget(m_number);
    currentLayout->addWidget(m_ticketInfo);
    currentLayout->addWidget(m_timer);
    currentLayout->addWidget(m_matters);
    currentLayout->addWidget(m_precheck);
    currentLayout->addWidget(m_trainingCard);

    auto *buttons = new QGridLayout;
    const std::array<QPushButton *, 11> created{
        addAction("callNextButton", Qt::Key_F1, &TellerQueuePanel::callNextClicked),
        addAction("recallButton", Qt::Key_F2, &TellerQueuePanel::recallClicked),
        addAction("serveButton", Qt::Key_F3, &TellerQueuePanel::serveClicked),
        addAction("finishButton", Qt::Key_F4, &TellerQueuePanel::onFinish),
        addAction("noShowButton", Qt::Key_F5, &TellerQueuePanel::noShowClicked),
        addAction("pauseButton", Qt::Key_F6, &TellerQueuePanel::onPause),
        addAction("openWindowButton", Qt::Key_F7, &TellerQueuePanel::openClicked),
        addAction("closeWindowButton", Qt::Key_F8, &TellerQueuePanel::closeClicked),
        addAction("callChosenButton", Qt::Key_F9, &TellerQueuePanel::onCallChosen),
        addAction("transferButton", Qt::Key_F10, &TellerQueuePanel::onTransfer),
        addAction("parkButton", Qt::Key_F11, &TellerQueuePanel::onPark),
    };
    for (size_t i = 0; i < created.size(); ++i) {
        created[i]->setMinimumHeight(48);
        buttons->addWidget(created[i], static_cast<int>(i / 4), static_cast<int>(i % 4));
    }

    auto *left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(current, 1);
    left->addLayout(buttons);
    left->addWidget(m_message);
    auto *right = new QVBoxLayout;
    right->addWidget(m_waitingTitle);
    right->addWidget(m_waiting);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_windowBox, &QComboBox::currentIndexChanged, this,
            [this](int) { m_desk->setWindow(m_windowBox->currentData().toInt()); });
    connect(m_desk, &TellerDesk::changed, this, &TellerQueuePanel::redraw);
    connect(m_desk, &TellerDesk::message, m_message, &QLabel::setText);
    connect(m_ticker, &QTimer::timeout, this, &TellerQueuePanel::tick);
    m_ticker->start(1000);
    connect(&m_session, &ClientSession::hallsChanged, this, &TellerQueuePanel::fillWindows);
    m_desk->setWindow(m_windowBox->currentData().toInt());
    retranslate();
    // The citizen-facing screen opens with the panel, on the second screen when there is one.
    QTimer::singleShot(0, m_citizen, &CitizenScreen::placeOnSecondScreen);
}

void TellerQueuePanel::fillWindows()
{
    QList<int> numbers;
    if (m_session.isLoggedIn()) {
        for (const Hall &h : m_session.halls()) {
            if (h.code != m_session.account().hallCode)
                continue;
            for (const Window &w : h.windows) {
                if (!w.retired)
                    numbers << w.number;
            }
        }
    }
    if (numbers.isEmpty()) {
        for (int n = 1; n <= 8; ++n)
            numbers << n;
    }
    QList<int> shown;
    for (int i = 0; i < m_windowBox->count(); ++i)
        shown << m_windowBox->itemData(i).toInt();
    if (shown == numbers)
        return;
    const int current = m_windowBox->currentData().toInt();
    {
        const QSignalBlocker blocker(m_windowBox);
        m_windowBox->clear();
        for (int n : numbers)
            m_windowBox->addItem(QString::number(n), n);
        m_windowBox->setCurrentIndex(std::max(0, static_cast<int>(numbers.indexOf(current))));
    }
    if (current != 0 && m_windowBox->currentData().toInt() != current)
        m_desk->setWindow(m_windowBox->currentData().toInt());
}

QPushButton *TellerQueuePanel::addAction(const char *objectName, Qt::Key key, void (TellerQueuePanel::*slot)())
{
    auto *button = new QPushButton(this);
    button->setObjectName(QString::fromLatin1(objectName));
    connect(button, &QPushButton::clicked, this, slot);
    auto *shortcut = new QShortcut(QKeySequence(key), this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    m_buttons.append({button, key});
    return button;
}

void TellerQueuePanel::callNextClicked()
{
    m_message->clear();
    if (m_desk->isOffline() && !m_desk->current())
        onWalkIn();
    else
        m_desk->callNext();
}

// Offline: the citizen at the window gets a ticket from the window's reserved numbers.
void TellerQueuePanel::onWalkIn()
{
    const Catalogue *catalogue = m_session.catalogue();
    if (!catalogue)
        return;
    QStringList labels;
    QStringList codes;
    for (const ServiceItem &s : catalogue->services()) {
        labels << QStringLiteral("%1 · %2").arg(s.name.in(LanguageManager::current()), s.code);
        codes << s.code;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Walk-in ticket (offline)"), tr("The citizen's matter:"), labels, 0, true, &ok);
    const qsizetype index = labels.indexOf(chosen);
    if (ok && index >= 0)
        m_desk->issueWalkIn({codes.at(index)});
}
void TellerQueuePanel::recallClicked() { m_message->clear(); m_desk->recall(); }
void TellerQueuePanel::serveClicked() { m_message->clear(); m_desk->serve(); }
void TellerQueuePanel::noShowClicked() { m_message->clear(); m_desk->noShow(); }
void TellerQueuePanel::openClicked() { m_message->clear(); m_desk->open(); }
void TellerQueuePanel::closeClicked() { m_message->clear(); m_desk->close(); }

void TellerQueuePanel::onPause()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Pause the window"), tr("Reason (shown to the supervisor):"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok && !reason.trimmed().isEmpty())
        m_desk->pause(reason.trimmed());
}

void TellerQueuePanel::onFinish()
{
    const auto &t = m_desk->current();
    if (!t) {
        m_message->setText(TellerDesk::tr("There is no ticket at this window."));
        return;
    }
    // One visit may bring several matters: each gets its own outcome.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("finishDialog"));
    dialog.setWindowTitle(tr("Finish %1").arg(t->number));
    auto *form = new QFormLayout(&dialog);
    QList<QPair<QString, QPair<QComboBox *, QLineEdit *>>> rows;
    for (const TicketMatter &m : t->matters) {
        auto *outcome = new QComboBox(&dialog);
        outcome->addItem(tr("Done at the window"), static_cast<int>(MatterOutcome::Done));
        outcome->addItem(tr("Accepted as a case"), static_cast<int>(MatterOutcome::AcceptedAsCase));
        outcome->addItem(tr("Refused"), static_cast<int>(MatterOutcome::Refused));
        auto *reason = new QLineEdit(&dialog);
        reason->setPlaceholderText(tr("Reason, if refused"));
        auto *row = new QHBoxLayout;
        row->addWidget(outcome);
        row->addWidget(reason, 1);
        form->addRow(serviceName(m.serviceCode), row);
        rows.append({m.serviceCode, {outcome, reason}});
    }
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<QPair<QString, QPair<MatterOutcome, QString>>> outcomes;
    for (const auto &[code, widgets] : rows)
        outcomes.append({code, {static_cast<MatterOutcome>(widgets.first->currentData().toInt()), widgets.second->text()}});
    m_desk->finish(outcomes);
}

// Out of order: the ticket chosen in the waiting list, with a reason for the record.
void TellerQueuePanel::onCallChosen()
{
    const int row = m_waiting->currentRow();
    if (row < 0 || row >= m_desk->waiting().size()) {
        m_message->setText(tr("Choose a ticket in the waiting list first."));
        return;
    }
    m_message->clear();
    if (!m_desk->mayCall())
        return; // said before the teller types a reason for nothing
    const Ticket chosen = m_desk->waiting().at(row);
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Call %1 out of order").arg(chosen.number),
                                                 tr("Reason (kept in the ticket's record):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        m_message->setText(tr("Calling out of order needs a reason."));
        return;
    }
    m_message->clear();
    m_desk->callTicket(chosen.id, reason.trimmed());
}

void TellerQueuePanel::onTransfer()
{
    const auto &t = m_desk->current();
    if (!t) {
        m_message->setText(TellerDesk::tr("There is no ticket at this window."));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("transferDialog"));
    dialog.setWindowTitle(tr("Transfer %1").arg(t->number));
    auto *form = new QFormLayout(&dialog);
    auto *matter = new QComboBox(&dialog);
    matter->setObjectName(QStringLiteral("transferMatter"));
    matter->addItem(tr("The same matters"), QString());
    if (const Catalogue *c = m_session.catalogue()) {
        for (const ServiceItem &s : c->services())
            matter->addItem(QStringLiteral("%1  %2").arg(s.code, serviceName(s.code)), s.code);
    }
    auto *window = new QSpinBox(&dialog);
    window->setObjectName(QStringLiteral("transferWindow"));
    window->setRange(0, 99);
    window->setSpecialValueText(tr("Any window able to serve it"));
    auto *position = new QComboBox(&dialog);
    position->setObjectName(QStringLiteral("transferPosition"));
    position->addItem(tr("To the front of the line"), true);
    position->addItem(tr("To the back of the line"), false);
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("transferReason"));
    form->addRow(tr("Matter:"), matter);
    form->addRow(tr("Window:"), window);
    form->addRow(tr("Place:"), position);
    form->addRow(tr("Note:"), reason);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString code = matter->currentData().toString();
    m_message->clear();
    m_desk->transfer(code.isEmpty() ? QStringList() : QStringList{code}, window->value(), position->currentData().toBool(),
                     reason->text().trimmed());
}

void TellerQueuePanel::onPark()
{
    const auto &t = m_desk->current();
    if (!t) {
        m_message->setText(TellerDesk::tr("There is no ticket at this window."));
        return;
    }
    bool ok = false;
    const int minutes = QInputDialog::getInt(this, tr("%1 steps away").arg(t->number),
                                             tr("Back in the line after (minutes):"), 15, 1, 120, 5, &ok);
    if (!ok)
        return;
    m_message->clear();
    m_desk->park(minutes, QString());
}

QString TellerQueuePanel::serviceName(const QString &code) const
{
    const Catalogue *c = m_session.catalogue();
    const ServiceItem *s = c ? c->service(code) : nullptr;
    return s ? s->name.in(LanguageManager::current()) : code;
}

void TellerQueuePanel::redraw()
{
    switch (m_desk->windowState()) {
    case WindowState::Open:
        m_windowState->setText(QStringLiteral("<span style='color:#1e7d32'>●</span> ") + tr("Open"));
        break;
    case WindowState::Paused:
        m_windowState->setText(QStringLiteral("<span style='color:#8a6d00'>●</span> ") + tr("Paused"));
        break;
    case WindowState::Closed:
        m_windowState->setText(QStringLiteral("<span style='color:#777'>●</span> ") + tr("Closed"));
        break;
    }
    if (m_desk->isOffline()) {
        m_windowState->setText(QStringLiteral("<span style='color:#c62828'>●</span> ")
                               + tr("Offline: walk-in tickets from this window's %n reserved number(s)", nullptr,
                                    m_desk->offline().availableTotal()));
    }
    m_buttons.first().first->setText(QStringLiteral("%1  [%2]").arg(m_desk->isOffline() ? tr("Walk-in ticket") : tr("Call next"),
                                                                    QKeySequence(m_buttons.first().second).toString(QKeySequence::NativeText)));
    const auto &t = m_desk->current();
    m_matters->clear();
    if (t) {
        m_number->setText(t->number);
        m_ticketInfo->setText(t->state == TicketState::Serving ? tr("Serving") : tr("Called, recalled %n time(s)", nullptr, t->recalls));
        for (const TicketMatter &m : t->matters)
            m_matters->addItem(serviceName(m.serviceCode));
        m_precheck->setText(PrecheckText::ofTicket(*t, m_session.catalogue(), LanguageManager::current()));
    } else {
        m_precheck->clear();
        m_number->setText(QStringLiteral("—"));
        m_ticketInfo->setText(m_desk->isOffline() ? tr("Offline. Press F1 to give the citizen at the window a ticket.")
                                                  : tr("No ticket at the window. Press F1 to call the next one."));
    }
    m_precheck->setVisible(!m_precheck->text().isEmpty());
    m_trainingCard->showTicket(t ? t->id : 0);
    const QDateTime now = m_session.clock().now();
    const PromiseRisk &promise = m_desk->monitor().promise();
    m_waiting->setRowCount(static_cast<int>(m_desk->waiting().size()));
    int row = 0;
    for (const Ticket &w : m_desk->waiting()) {
        QStringList names;
        for (const TicketMatter &m : w.matters)
            names << serviceName(m.serviceCode);
        const qint64 waited = w.issuedAt.secsTo(now);
        m_waiting->setItem(row, 0, new QTableWidgetItem(w.number));
        m_waiting->setItem(row, 1, new QTableWidgetItem(names.join(QStringLiteral("、"))));
        m_waiting->setItem(row, 2, new QTableWidgetItem(elapsed(std::max<qint64>(0, waited))));
        m_waiting->setItem(row, 3, new QTableWidgetItem(w.priorityGroup.isEmpty() ? QString() : priorityGroupText(w.priorityGroup)));
        // Close to or past the hall's promise (its queue rules).
        const PromiseRisk::Level risk = promise.of(waited);
        if (risk != PromiseRisk::Level::None) {
            const QColor colour = risk == PromiseRisk::Level::Broken ? QColor(0xff, 0xcd, 0xd2) : QColor(0xff, 0xe0, 0xb2);
            for (int c = 0; c < 4; ++c)
                m_waiting->item(row, c)->setBackground(colour);
        }
        m_waiting->item(row, 0)->setData(Qt::UserRole, static_cast<int>(risk));
        ++row;
    }
    m_waitingTitle->setText(tr("Waiting in the hall: %n", nullptr, static_cast<int>(m_desk->waiting().size())));
    tick();
}

void TellerQueuePanel::tick()
{
    const auto &t = m_desk->current();
    if (!t) {
        m_timer->clear();
        return;
    }
    const QDateTime since = t->servingSince.isValid() ? t->servingSince : t->calledAt;
    m_timer->setText(since.isValid() ? elapsed(std::max<qint64>(0, since.secsTo(m_session.clock().now()))) : QString());
}

void TellerQueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TellerQueuePanel::retranslate()
{
    m_windowLabel->setText(tr("Window:"));
    const QStringList labels{tr("Call next"), tr("Recall"), tr("Start serving"), tr("Finish"),
                             tr("No-show"),   tr("Pause"),  tr("Open window"),   tr("Close window"),
                             tr("Call selected"), tr("Transfer"), tr("Step away")};
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        const auto &[button, key] = m_buttons[i];
        button->setText(QStringLiteral("%1  [%2]").arg(labels.value(i), QKeySequence(key).toString(QKeySequence::NativeText)));
    }
    m_waiting->setHorizontalHeaderLabels({tr("Number"), tr("Matters"), tr("Waited"), tr("Group")});
    redraw();
}

} // namespace ow
