#include "ui/kiosk/KioskScreen.h"

#include "core/client/ClientSession.h"
#include "core/client/api/QueueApi.h"
#include "core/domain/util/Clock.h"
#include "ui/kiosk/KioskCaseStatusPage.h"
#include "ui/kiosk/KioskCategoriesPage.h"
#include "ui/kiosk/KioskCheckInPage.h"
#include "ui/kiosk/KioskConfirmPage.h"
#include "ui/kiosk/KioskConnectingPage.h"
#include "ui/kiosk/KioskErrorPage.h"
#include "ui/kiosk/KioskIdNumberPage.h"
#include "ui/kiosk/KioskMattersPage.h"
#include "ui/kiosk/KioskPriorityPage.h"
#include "ui/kiosk/KioskSelectedPage.h"
#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"
#include "ui/kiosk/KioskTicketPage.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ow {

KioskScreen::KioskScreen(ClientSession &session, const Clock &clock, TicketPrinter printer, QWidget *parent)
    : QWidget(parent), m_session(session), m_clock(clock)
{
    setObjectName(QStringLiteral("kioskScreen"));
    setAttribute(Qt::WA_StyledBackground);
    setFont(KioskStyle::font());
    setStyleSheet(KioskStyle::styleSheet());

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("kioskHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(40, 16, 40, 16);
    m_hallName = KioskStyle::label(QStringLiteral("hallName"), nullptr, header);
    m_clockLabel = KioskStyle::label(QStringLiteral("headerClock"), nullptr, header);
    m_clockLabel->setWordWrap(false);
    headerLayout->addWidget(m_hallName, 1);
    headerLayout->addWidget(m_clockLabel);

    m_offline = KioskStyle::label(QStringLiteral("offlineBanner"), nullptr, this);
    m_offline->setAlignment(Qt::AlignCenter);
    m_offline->hide();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("kioskPages"));
    // The pages are laid out for the screen they get (≥ 1280×800 landscape). Their wrapped text
    // would otherwise claim its height at the narrowest width and make the window taller than
    // the screen.
    m_pages->setMinimumSize(1, 1);
    buildPages(std::move(printer));

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(48, 4, 48, 24);
    m_back = KioskStyle::button(QStringLiteral("backButton"), "footer", this);
    m_home = KioskStyle::button(QStringLiteral("homeButton"), "footer", this);
    footer->addWidget(m_back);
    footer->addStretch();
    footer->addWidget(m_home);
    connect(m_back, &QPushButton::clicked, this, &KioskScreen::goBack);
    connect(m_home, &QPushButton::clicked, this, &KioskScreen::startOver);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_offline);
    layout->addWidget(m_pages, 1);
    layout->addLayout(footer);
    connectPages();

    m_idle.setSingleShot(true);
    m_idle.setInterval(60000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        const Page page = currentPage();
        if (busy() || page == Page::Connecting || page == Page::Ticket)
            return;
        if (page != Page::Categories || !m_choices.matters.isEmpty())
            startOver();
    });
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &KioskScreen::tickClock);
    m_clockTimer.start();
    qApp->installEventFilter(this);

    connect(&m_session, &ClientSession::catalogueChanged, this, &KioskScreen::sessionReady);
    connect(&m_session, &ClientSession::loginFinished, this, [this](bool ok, const QString &message) {
        m_loginError = ok ? QString() : message;
        sessionReady();
    });
    connect(&m_session, &ClientSession::stateChanged, this, &KioskScreen::updateConnection);

    tickClock();
    sessionReady();
    showPage(m_session.isLoggedIn() && m_session.catalogue() ? Page::Categories : Page::Connecting);
}

KioskScreen::~KioskScreen() = default;

void KioskScreen::buildPages(TicketPrinter printer)
{
    m_connecting = new KioskConnectingPage;
    m_categories = new KioskCategoriesPage(m_session, m_choices);
    m_matters = new KioskMattersPage(m_session, m_choices);
    m_selected = new KioskSelectedPage(m_session, m_choices);
    m_priority = new KioskPriorityPage;
    m_idNumber = new KioskIdNumberPage(m_choices, m_clock);
    m_confirm = new KioskConfirmPage(m_session, m_choices);
    m_ticket = new KioskTicketPage(m_session, m_clock, std::move(printer));
    m_error = new KioskErrorPage;
    m_checkIn = new KioskCheckInPage(m_session);
    m_caseStatus = new KioskCaseStatusPage(m_session);
    // In the order of Page.
    for (QWidget *page : std::initializer_list<QWidget *>{m_connecting, m_categories, m_matters, m_selected, m_priority, m_idNumber,
                                                          m_confirm, m_ticket, m_error, m_checkIn, m_caseStatus})
        m_pages->addWidget(page);
}

// The way between the pages: each page says what the citizen did, this decides where it leads.
void KioskScreen::connectPages()
{
    connect(m_categories, &KioskCategoriesPage::categoryChosen, this, [this](const QString &code) {
        m_choices.category = code;
        showPage(Page::Matters);
    });
    connect(m_categories, &KioskCategoriesPage::chosenMattersWanted, this, [this] { showPage(Page::Selected); });
    connect(m_categories, &KioskCategoriesPage::appointmentWanted, this, [this] {
        m_checkIn->start();
        showPage(Page::Appointment);
    });
    connect(m_categories, &KioskCategoriesPage::caseStatusWanted, this, [this] {
        m_caseStatus->start();
        showPage(Page::CaseStatus);
    });
    connect(m_matters, &KioskMattersPage::matterChosen, this, [this](const QString &code) {
        if (!m_choices.matters.contains(code))
            m_choices.matters.append(code);
        showPage(Page::Selected);
    });
    connect(m_selected, &KioskSelectedPage::matterRemoved, this, [this](const QString &code) {
        m_choices.matters.removeAll(code);
        showPage(m_choices.matters.isEmpty() ? Page::Categories : Page::Selected);
    });
    connect(m_selected, &KioskSelectedPage::addWanted, this, [this] { showPage(Page::Categories); });
    connect(m_selected, &KioskSelectedPage::nextWanted, this, [this] { showPage(Page::Priority); });
    connect(m_priority, &KioskPriorityPage::chosen, this, [this](const QString &group) {
        m_choices.priorityGroup = group;
        showPage(Page::IdNumber);
    });
    connect(m_idNumber, &KioskIdNumberPage::skipped, this, [this] {
        m_choices.residentId.clear();
        showPage(Page::Confirm);
    });
    connect(m_idNumber, &KioskIdNumberPage::confirmed, this, [this] { showPage(Page::Confirm); });
    connect(m_confirm, &KioskConfirmPage::busyChanged, this, [this](bool busy) { setFooterEnabled(!busy); });
    connect(m_confirm, &KioskConfirmPage::issued, this, &KioskScreen::showTicket);
    connect(m_confirm, &KioskConfirmPage::failed, this, &KioskScreen::showError);
    connect(m_ticket, &KioskTicketPage::done, this, &KioskScreen::startOver);
    connect(m_ticket, &KioskTicketPage::timeUp, this, &KioskScreen::startOver);
    connect(m_error, &KioskErrorPage::retryWanted, this, [this] {
        showPage(Page::Confirm);
        m_confirm->issue();
    });
    connect(m_error, &KioskErrorPage::startOverWanted, this, &KioskScreen::startOver);
    connect(m_error, &KioskErrorPage::sessionExpired, this, &KioskScreen::sessionExpired);
    connect(m_checkIn, &KioskCheckInPage::checkedIn, this, &KioskScreen::showTicket);
    connect(m_checkIn, &KioskCheckInPage::failed, this, &KioskScreen::showError);
    connect(m_caseStatus, &KioskCaseStatusPage::failed, this, &KioskScreen::showError);
}

// Logged in, or the catalogue came: the hall's name, its categories, and off the start page.
void KioskScreen::sessionReady()
{
    m_hallName->setText(m_session.isLoggedIn() ? m_session.account().hallName.in(KioskText::language()) : tr("OneWindow"));
    if (m_session.isLoggedIn()) {
        // The hall's priority groups; until they come (or if they cannot), the ones known.
        QueueApi(m_session.api()).queueRules(m_session.account().hallCode, [page = QPointer<KioskPriorityPage>(m_priority)](Result<HallQueueRules> r) {
            if (!r || !page || r.value().rules.priorityGroups == KioskText::priorityGroups())
                return;
            KioskText::setPriorityGroups(r.value().rules.priorityGroups);
            page->showGroups();
        });
    }
    m_categories->fill();
    if (currentPage() == Page::Connecting && m_session.isLoggedIn() && m_session.catalogue())
        showPage(Page::Categories);
    else
        retranslate();
}

void KioskScreen::retranslate()
{
    setWindowTitle(tr("OneWindow ticket kiosk"));
    m_back->setText(tr("‹ Back"));
    m_home->setText(tr("Start over"));
    m_connecting->retranslate(m_session.isLoggedIn(), m_loginError);
    m_categories->retranslate();
    m_matters->retranslate();
    m_selected->retranslate();
    m_priority->retranslate();
    m_idNumber->retranslate();
    m_confirm->retranslate();
    m_ticket->retranslate();
    m_error->retranslate();
    m_checkIn->retranslate();
    m_caseStatus->retranslate();
    updateConnection();
}

void KioskScreen::updateConnection()
{
    const bool offline = m_session.isLoggedIn() && m_session.state() == ConnectionState::Offline;
    m_offline->setText(tr("The kiosk has lost its connection to the server. Tickets cannot be issued until it is back."));
    m_offline->setVisible(offline);
}

KioskScreen::Page KioskScreen::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void KioskScreen::showPage(Page p)
{
    switch (p) {
    case Page::Connecting:
    case Page::Categories:
    case Page::Error:
        break;
    case Page::Matters:
        m_matters->fill();
        break;
    case Page::Selected:
        m_selected->fill();
        break;
    case Page::Priority:
        m_priority->showChosen(m_choices.priorityGroup);
        break;
    case Page::IdNumber:
        m_idNumber->fill();
        break;
    case Page::Confirm:
        m_confirm->fill();
        setFooterEnabled(!m_confirm->isBusy());
        break;
    case Page::Ticket:
        m_ticket->fill();
        break;
    case Page::Appointment:
        m_checkIn->fill();
        break;
    case Page::CaseStatus:
        m_caseStatus->fill();
        break;
    }
    m_categories->showChoices();
    retranslate();
    const bool inFlow = p == Page::Matters || p == Page::Selected || p == Page::Priority || p == Page::IdNumber
                        || p == Page::Confirm || p == Page::Appointment || p == Page::CaseStatus;
    m_back->setVisible(inFlow);
    m_home->setVisible(inFlow);
    m_pages->setCurrentIndex(static_cast<int>(p));
    if (inFlow || !m_choices.matters.isEmpty())
        m_idle.start();
}

void KioskScreen::goBack()
{
    switch (currentPage()) {
    case Page::Matters:
        showPage(m_choices.matters.isEmpty() ? Page::Categories : Page::Selected);
        break;
    case Page::Selected:
        showPage(Page::Categories);
        break;
    case Page::Priority:
        showPage(Page::Selected);
        break;
    case Page::IdNumber:
        showPage(Page::Priority);
        break;
    case Page::Confirm:
        showPage(Page::IdNumber);
        break;
    case Page::Appointment:
    case Page::CaseStatus:
        showPage(Page::Categories);
        break;
    default:
        break;
    }
}

void KioskScreen::startOver()
{
    // Answers still on their way are for the last citizen: ignored when they come.
    m_confirm->reset();
    m_checkIn->reset();
    m_caseStatus->reset();
    m_ticket->reset();
    m_choices.clear();
    m_idle.stop();
    showPage(m_session.isLoggedIn() && m_session.catalogue() ? Page::Categories : Page::Connecting);
}

void KioskScreen::showTicket(const KioskTicket &ticket)
{
    m_choices.residentId.clear(); // sent; from here on only the server's masked copy is kept
    m_ticket->present(ticket, m_returnDelayMs);
    setFooterEnabled(true);
    showPage(Page::Ticket);
    Q_EMIT ticketIssued(ticket.ticket.number);
}

void KioskScreen::showError(const Error &error)
{
    m_error->showError(error);
    setFooterEnabled(true);
    showPage(Page::Error);
}

void KioskScreen::setFooterEnabled(bool enabled)
{
    m_back->setEnabled(enabled);
    m_home->setEnabled(enabled);
}

bool KioskScreen::busy() const
{
    return m_confirm->isBusy() || m_checkIn->isBusy() || m_caseStatus->isBusy();
}

const QString &KioskScreen::lastPrinted() const
{
    return m_ticket->lastPrinted();
}

void KioskScreen::tickClock()
{
    m_clockLabel->setText(m_clock.now().toTimeZone(m_session.ownZone()).toString(QStringLiteral("yyyy-MM-dd  HH:mm")));
}

void KioskScreen::setIdleTimeoutMs(int ms)
{
    m_idle.setInterval(ms);
}

void KioskScreen::present(bool windowed)
{
    if (windowed) {
        resize(1280, 800);
        show();
        return;
    }
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());
    showFullScreen();
}

bool KioskScreen::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (m_idle.isActive())
            m_idle.start(); // still someone at the screen
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_hallName->setText(m_session.isLoggedIn() ? m_session.account().hallName.in(KioskText::language()) : tr("OneWindow"));
        m_categories->fill();
        showPage(currentPage());
    }
    QWidget::changeEvent(event);
}

} // namespace ow
