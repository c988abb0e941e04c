#include "ui/kiosk/KioskScreen.h"

#include "ui/common/CaseText.h"

#include "core/client/ClientSession.h"
#include "core/client/HallMonitor.h"
#include "core/domain/security/Role.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/ErrorMessages.h"
#include "core/domain/util/Masking.h"
#include "core/domain/util/ResidentId.h"
#include "ui/common/LanguageManager.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScroller>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace ow {

namespace {

constexpr int kIdLength = 18;
constexpr int kMatterColumns = 3; // every category's matters on one landscape screen, no scrolling

// Sizes are pixels for a hall screen seen from arm's length: text ≥ 26 px, buttons ≥ 88 px high.
const char *const kStyle = R"(
#kioskScreen { background: #eef3f8; }
QLabel { color: #17293b; }
#kioskHeader { background: #0b4f8a; }
#kioskHeader QLabel { color: white; font-size: 30px; }
#hallName { font-weight: bold; }
#offlineBanner { background: #b3261e; color: white; font-size: 26px; padding: 10px; }
QLabel[kiosk="title"] { font-size: 46px; font-weight: bold; color: #0b4f8a; }
QLabel[kiosk="hint"] { font-size: 28px; color: #44566a; }
QPushButton { font-size: 32px; min-height: 88px; padding: 6px 28px; border-radius: 16px;
              background: white; color: #17293b; border: 2px solid #a9bccf; }
QPushButton:pressed { background: #cfe2f5; }
QPushButton:disabled { background: #e3e8ed; color: #9aa6b2; border-color: #d3dae1; }
QPushButton[kiosk="primary"] { background: #1d7a3a; color: white; border: none; font-weight: bold; }
QPushButton[kiosk="primary"]:pressed { background: #145a2a; }
QPushButton[kiosk="primary"]:disabled { background: #a9c7b2; color: #eef3f0; }
QPushButton[kiosk="category"] { min-height: 150px; border-radius: 20px; }
QPushButton[kiosk="matter"] { min-height: 100px; border-radius: 18px; }
QPushButton[kiosk="matter"][chosen="true"], QPushButton[chosen="true"] { background: #dff0e4; border: 3px solid #1d7a3a; }
QPushButton[kiosk="key"] { font-size: 44px; font-weight: bold; min-height: 96px; min-width: 130px; border-radius: 14px; }
QPushButton[kiosk="footer"] { font-size: 30px; min-height: 88px; min-width: 240px; }
QLabel[kiosk="buttonText"] { font-size: 32px; color: #17293b; background: transparent; }
QLabel#prefixBadge { background: #0b4f8a; color: white; border-radius: 48px; font-size: 56px; font-weight: bold;
                     min-width: 96px; max-width: 96px; min-height: 96px; max-height: 96px; }
#selectedRow { background: white; border-radius: 16px; }
#selectedRow QLabel { font-size: 32px; }
#idDisplay, #appointmentDisplay, #caseStatusDisplay { background: white; border: 3px solid #a9bccf; border-radius: 16px; padding: 18px; font-size: 48px; }
#appointmentDisplay { font-size: 64px; letter-spacing: 6px; }
#caseStatusDisplay { font-size: 48px; letter-spacing: 4px; }
#idProblem, #appointmentProblem, #caseStatusAnswer { font-size: 30px; }
#idProblem[state="error"], #appointmentProblem[state="error"], #caseStatusAnswer[state="error"] { color: #b3261e; font-weight: bold; }
#idProblem[state="ok"] { color: #1d7a3a; font-weight: bold; }
#idProblem[state="info"], #appointmentProblem[state="info"], #caseStatusAnswer[state="info"] { color: #44566a; }
#summary { background: white; border-radius: 18px; padding: 24px 32px; font-size: 32px; }
#issueButton { font-size: 44px; min-height: 120px; min-width: 520px; border-radius: 22px; }
#issueStatus { font-size: 30px; color: #44566a; }
#ticketCard { background: white; border: 3px solid #0b4f8a; border-radius: 28px; }
#ticketCardTitle { font-size: 36px; color: #44566a; }
#ticketNumber { font-size: 210px; font-weight: bold; color: #0b4f8a; }
#peopleAhead { font-size: 48px; font-weight: bold; }
#estimatedWait { font-size: 30px; color: #44566a; }
#ticketMatters { font-size: 32px; }
#ticketTitle { font-size: 46px; font-weight: bold; color: #1d7a3a; }
#takeTicketHint { font-size: 34px; color: #1d7a3a; font-weight: bold; }
#printWarning { font-size: 30px; color: #b3261e; font-weight: bold; }
#returnCountdown { font-size: 26px; color: #44566a; }
#issueError { font-size: 34px; background: white; border-radius: 18px; padding: 28px; }
#startStatus { font-size: 30px; color: #44566a; }
QScrollBar:vertical { width: 36px; background: #dde5ee; border: none; border-radius: 18px; margin: 0; }
QScrollBar::handle:vertical { background: #7f97b0; border-radius: 18px; min-height: 90px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
#matterList, #matterListInner { background: transparent; }
QPushButton#skipIdButton, QPushButton#addMatterButton, QPushButton#startOverButton { min-width: 240px; }
QLabel#errorTitle { color: #b3261e; }
)";

QFont kioskFont()
{
    QFont f = QApplication::font();
    // Simplified-Chinese glyph shapes first; fontconfig would otherwise pick any CJK face.
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"), QStringLiteral("SimHei")});
    return f;
}

QLabel *makeLabel(const QString &objectName, const char *role, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    if (role)
        l->setProperty("kiosk", QString::fromLatin1(role));
    l->setWordWrap(true);
    // Text takes the height it needs; spare room goes to the buttons and stretches.
    l->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return l;
}

QPushButton *makeButton(const QString &objectName, const char *role, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    if (role)
        b->setProperty("kiosk", QString::fromLatin1(role));
    b->setFocusPolicy(Qt::NoFocus); // a touch screen: no focus frames
    return b;
}

// QPushButton cannot wrap its text, and long matter names need two lines: the text is a label
// inside the button that lets the touches through. The accessible name carries the text.
QPushButton *wrappingButton(const QString &objectName, const char *role, const QString &text, QWidget *parent,
                            QLabel *badge = nullptr)
{
    QPushButton *b = makeButton(objectName, role, parent);
    b->setAccessibleName(text);
    auto *layout = new QHBoxLayout(b);
    layout->setContentsMargins(24, 6, 24, 6);
    layout->setSpacing(24);
    if (badge) {
        badge->setParent(b);
        badge->setAttribute(Qt::WA_TransparentForMouseEvents);
        badge->setAlignment(Qt::AlignCenter);
        layout->addWidget(badge);
    }
    auto *label = new QLabel(text, b);
    label->setProperty("kiosk", QStringLiteral("buttonText"));
    label->setWordWrap(true);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(label, 1);
    return b;
}

// Empties a layout that is refilled. Widgets go later (one of them may be the button whose
// click is being handled) and lose their names now, so nothing finds the old ones meanwhile.
void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setObjectName(QString());
            for (QObject *child : w->findChildren<QObject *>())
                child->setObjectName(QString());
            w->deleteLater();
        } else if (QLayout *inner = item->layout()) {
            clearLayout(inner);
        }
        delete item;
    }
}

void setStyleState(QWidget *w, const char *name, const QVariant &value)
{
    if (w->property(name) == value)
        return;
    w->setProperty(name, value);
    w->style()->unpolish(w);
    w->style()->polish(w);
}

QWidget *page(QVBoxLayout **layout)
{
    auto *w = new QWidget;
    *layout = new QVBoxLayout(w);
    (*layout)->setContentsMargins(48, 24, 48, 16);
    (*layout)->setSpacing(18);
    return w;
}

} // namespace

KioskScreen::KioskScreen(ClientSession &session, const Clock &clock, TicketPrinter printer, QWidget *parent)
    : QWidget(parent), m_session(session), m_clock(clock), m_printer(std::move(printer))
{
    setObjectName(QStringLiteral("kioskScreen"));
    setAttribute(Qt::WA_StyledBackground);
    setFont(kioskFont());
    setStyleSheet(QString::fromLatin1(kStyle));

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("kioskHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(40, 16, 40, 16);
    m_hallName = makeLabel(QStringLiteral("hallName"), nullptr, header);
    m_clockLabel = makeLabel(QStringLiteral("headerClock"), nullptr, header);
    m_clockLabel->setWordWrap(false);
    headerLayout->addWidget(m_hallName, 1);
    headerLayout->addWidget(m_clockLabel);

    m_offline = makeLabel(QStringLiteral("offlineBanner"), nullptr, this);
    m_offline->setAlignment(Qt::AlignCenter);
    m_offline->hide();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("kioskPages"));
    // The pages are laid out for the screen they get (≥ 1280×800 landscape). Their wrapped text
    // would otherwise claim its height at the narrowest width and make the window taller than
    // the screen.
    m_pages->setMinimumSize(1, 1);
    // In the order of Page.
    m_pages->addWidget(buildConnectingPage());
    m_pages->addWidget(buildCategoriesPage());
    m_pages->addWidget(buildMattersPage());
    m_pages->addWidget(buildSelectedPage());
    m_pages->addWidget(buildPriorityPage());
    m_pages->addWidget(buildIdPage());
    m_pages->addWidget(buildConfirmPage());
    m_pages->addWidget(buildTicketPage());
    m_pages->addWidget(buildErrorPage());
    m_pages->addWidget(buildAppointmentPage());
    m_pages->addWidget(buildCaseStatusPage());

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(48, 4, 48, 24);
    m_back = makeButton(QStringLiteral("backButton"), "footer", this);
    m_home = makeButton(QStringLiteral("homeButton"), "footer", this);
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

    m_idle.setSingleShot(true);
    m_idle.setInterval(60000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        const auto page = static_cast<Page>(m_pages->currentIndex());
        if (m_busy || page == Page::Connecting || page == Page::Ticket)
            return;
        if (page != Page::Categories || !m_selected.isEmpty())
            startOver();
    });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &KioskScreen::tickCountdown);
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &KioskScreen::tickClock);
    m_clockTimer.start();
    qApp->installEventFilter(this);

    auto ready = [this] {
        m_hallName->setText(m_session.isLoggedIn() ? m_session.account().hallName.in(language()) : tr("OneWindow"));
        fillCategories();
        if (m_pages->currentIndex() == static_cast<int>(Page::Connecting) && m_session.isLoggedIn()
            && m_session.catalogue())
            showPage(Page::Categories);
        else
            retranslate();
    };
    connect(&m_session, &ClientSession::catalogueChanged, this, ready);
    connect(&m_session, &ClientSession::loginFinished, this, [this, ready](bool ok, const QString &message) {
        m_loginError = ok ? QString() : message;
        ready();
    });
    connect(&m_session, &ClientSession::stateChanged, this, &KioskScreen::updateConnection);

    tickClock();
    ready();
    showPage(m_session.isLoggedIn() && m_session.catalogue() ? Page::Categories : Page::Connecting);
}

KioskScreen::~KioskScreen() = default;

// ---- building ----

QWidget *KioskScreen::buildConnectingPage()
{
    QVBoxLayout *l = nullptr;
    QWidget *w = page(&l);
    m_startTitle = makeLabel(QStringLiteral("startTitle"), "title", w);
    m_startStatus = makeLabel(QStringLiteral("startStatus"), nullptr, w);
    m_startTitle->setAlignment(Qt::AlignCenter);
    m_startStatus->setAlignment(Qt::AlignCenter);
    l->addStretch();
    l->addWidget(m_startTitle);
    l->addWidget(m_startStatus);
    l->addStretch();
    return w;
}

QWidget *KioskScreen::buildCategoriesPage()
{
    QVBoxLayout *l = nullptr;
    QWidget *w = page(&l);
    m_categoriesTitle = makeLabel(QStringLiteral("categoriesTitle"), "title", w);
    m_categoriesHint = makeLabel(QStringLiteral("categoriesHint"), "hint", w);
    m_categoryGrid = new QGridLayout;
    m_categoryGrid->setSpacing(24);
    m_selectedBar = makeButton(QStringLiteral("selectedBarButton"), "primary", w);
    connect(m_selectedBar, &QPushButton::clicked, this, [this] { showPage(Page::Selected); });
    m_appointmentButton = makeButton(QStringLiteral("appointmentButton"), nullptr, w);
    connect(m_appointmentButton, &QPushButton::clicked, this, [this] {
        m_appointmentCode.clear();
        m_appointmentProblemText.clear();
        showPage(Page::Appointment);
    });
    m_caseButton = makeButton(QStringLiteral("caseStatusButton"), nullptr, w);
    connect(m_caseButton, &QPushButton::clicked, this, [this] {
        m_caseDigits.clear();
        m_caseId4.clear();
        m_caseResult.clear();
        showPage(Page::CaseStatus);
    });
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(24);
    bottom->addWidget(m_caseButton);
    bottom->addWidget(m_appointmentButton);
    bottom->addWidget(m_selectedBar, 1);
    l->addWidget(m_categoriesTitle);
    l->addWidget(m_categoriesHint);
    l->addSpacing(8);
    l->addLayout(m_categoryGrid, 1);
    l->addLayout(bottom);
    return w;
}

QWidget *KioskScreen::buildMattersPage()
{
    QVBoxLayout *l = nullptr;
    QWidget *w = page(&l);
    m_mattersTitle = makeLabel(QStringLiteral("mattersTitle"), "title", w);
    m_mattersHint = makeLabel(QStringLiteral("mattersHint"), "hint", w);
    auto *scroll = new QScrollArea(w);
    scroll->setObjectName(QStringLiteral("matterList"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("matterListInner"));
    scroll->viewport()->setAutoFillBackground(false);
    m_matterGrid = new QGridLayout(inner);
    m_matterGrid->setContentsMargins(0, 0, 12, 0);
    m_matterGrid->setSpacing(16);
    scroll->setWidget(inner);
    // Drag to scroll with a finger; mouse clicks (and tests) are left alone.
    QScroller::grabGesture(scroll->viewport(), QScroller::TouchGesture);
    auto *heading = new QHBoxLayout;
    heading->setSpacing(32);
    heading->addWidget(m_mattersTitle);
    heading->addWidget(m_mattersHint, 1, Qt::AlignBottom);
    m_mattersTitle->setWordWrap(false);
    l->addLayout(heading);
    l->addWidget(scroll, 1);
    return w;
}

QWidget *KioskScreen::buildSelectedPage()
{
    QVBoxLayout *l = nullptr;
    QWidget *w = page(&l);
    m_selectedTitle = makeLabel(QStringLiteral("selectedTitle"), "title", w);
    m_selectedList = new QVBoxLayout;
    m_selectedList->setSpacing(16);
    auto *list = new QWidget(w);
    list->setObjectName(QStringLiteral("selectedMatters"));
    list->setLayout(m_selectedList);
    m_addMatter = makeButton(QStringLiteral("addMatterButton"), nullptr, w);
    m_mattersNext = makeButton(QStringLiteral("mattersNextButton"), "primary", w);
    m_mattersNext->setMinimumWidth(360);
    connect(m_addMatter, &QPushButton::clicked, this, [this] { showPage(Page::Categories); });
    connect(m_mattersNext, &QPushButton::clicked, this, [this] { showPage(Page::Priority); });
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(32);
    buttons->addWidget(m_addMatter);
    buttons->addStretch();
    buttons->addWidget(m_mattersNext);
    l->addWidget(m_selectedTitle);
    l->addWidget(list);
    l->addStretch();
    l->addLayout(buttons);
    return w;
}

QWidget *KioskScreen::buildPriorityPage()
{
    QVBoxLayout *l = nullptr;
    QWidget *w = page(&l);
    m_priorityTitle = makeLabel(QStringLiteral("priorityTitle"), "title", w);
    m_priorityHint = makeLabel(QStringLiteral("priorityHint"), "hint", w);
    auto *grid = new QGridLayout;
    grid->setSpacing(24);
    const QStringList groups = HallQueueConfig{}.priorityGroups;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString group = groups.at(i);
        QPushButton *b = makeButton(QStringLiteral("priorityButton_") + group, "matter", w);
        b->setProperty("group", group);
        connect(b, &QPushButton::clicked, this, [this, group] { choosePriority(group); });
        grid->addWidget(b, static_cast<int>(i / 2), static_cast<int>(i % 2));
        m_priorityButtons.append(b);
    }
    QPushButton *none = makeButton(QStringLiteral("priorityButton_none"), "matter", w);
    none->setProperty("group", QString());
    connect(none, &QPushButton::clicked, this, [this] { choosePriority({}); });
    grid->addWidget(none, static_cast<int>((groups.size() + 1) / 2), 0, 1, 2);
    m_priorityButtons.append(none);
    l->addWidget(m_priorityTitle);
    l->addWidget(m_priorityHint);
    l->addSpacing(12);
    l->addLayout(grid);
    l->addStretch();
    return w;
}

QWidget *KioskScreen::buildIdPage()
{
    QVBoxLayout *l = nullptr;
    QWidget *w = page(&l);
    m_idTitle = makeLabel(QStringLiteral("idTitle"), "title", w);
    m_idHint = makeLabel(QStringLiteral("idHint"), "hint", w);
    m_idDisplay = makeLabel(QStringLiteral("idDisplay"), nullptr, w);
    m_idDisplay->setWordWrap(false);
    m_idDisplay->setTextFormat(Qt::RichText);
    m_idDisplay->setAlignment(Qt::AlignCenter);
    QFont mono = kioskFont();
    mono.setFamilies({QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    m_idDisplay->setFont(mono);
    m_idProblem = makeLabel(QStringLiteral("idProblem"), nullptr, w);
    m_idProblem->setMinimumHeight(90);
    m_idProblem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_idSkip = makeButton(QStringLiteral("skipIdButton"), nullptr, w);
    m_idConfirm = makeButton(QStringLiteral("idConfirmButton"), "primary", w);
    m_idConfirm->setMinimumWidth(320);
    connect(m_idSkip, &QPushButton::clicked, this, [this] {
        m_residentId.clear();
    m_appointmentCode.clear();
    m_appointmentProblemText.clear();
        showPage(Page::Confirm);
    });
    connect(m_idConfirm, &QPushButton::clicked, this, [this] { showPage(Page::Confirm); });

    auto *keypad = new QWidget(w);
    keypad->setObjectName(QStringLiteral("idKeypad"));
    auto *grid = new QGridLayout(keypad);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    // 1 2 3 ⌫ / 4 5 6 ⌫ / 7 8 9 Clear / X 0 0 Clear: like a phone's keypad, editing keys on the right.
    const QString keys = QStringLiteral("123456789X0");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QChar c = keys.at(i);
        QPushButton *b = makeButton(QStringLiteral("idKey_") + c, "key", keypad);
        b->setText(c);
        connect(b, &QPushButton::clicked, this, [this, c] { typeId(c); });
        grid->addWidget(b, static_cast<int>(i / 3), static_cast<int>(i % 3), 1, c == QLatin1Char('0') ? 2 : 1);
        m_idKeys.append(b);
    }
    m_idBackspace = makeButton(QStringLiteral("idKey_backspace"), "key", keypad);
    m_idBackspace->setText(QStringLiteral("⌫"));
    m_idBackspace->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    connect(m_idBackspace, &QPushButton::clicked, this, [this] {
        m_residentId.chop(1);
        fillId();
    });
    grid->addWidget(m_idBackspace, 0, 3, 2, 1);
    m_idClear = makeButton(QStringLiteral("idKey_clear"), "key", keypad);
    m_idClear->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    connect(m_idClear, &QPushButton::clicked, this, [this] {
        m_residentId.clear();
        fillId();
    });
    grid->addWidget(m_idClear, 2, 3, 2, 1);

    auto *left = new QVBoxLayout;
    left->setSpacing(20);
    left->addWidget(m_idDisplay);
    left->addWidget(m_idProblem);
    left->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    buttons->addWidget(m_idSkip);
    buttons->addStretch();
    buttons->addWidget(m_idConfirm);
    left->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->setSpacing(48);
    row->addLayout(left, 1);
    row->addWidget(keypad, 0, Qt::AlignTop);
    l->addWidget(m_idTitle);
    l->addWidget(m_idHint);
    l->addSpacing(8);
    l->addLayout(row, 1);
    return w;
}

// An appointment booked by the 12333 hotline or online: its 8-digit code, on a keypad like the
// ID number's.
QWidget *KioskScreen::buildAppointmentPage()
{
    QVBoxLayout *l = nullptr;
    QWidget *w = page(&l);
    m_appointmentTitle = makeLabel(QStringLiteral("appointmentTitle"), "title", w);
    m_appointmentHint = makeLabel(QStringLiteral("appointmentHint"), "hint", w);
    m_appointmentDisplay = makeLabel(QStringLiteral("appointmentDisplay"), nullptr, w);
    m_appointmentDisplay->setWordWrap(false);
    m_appointmentDisplay->setTextFormat(Qt::RichText);
    m_appointmentDisplay->setAlignment(Qt::AlignCenter);
    m_appointmentDisplay->setFont(m_idDisplay->font());
    m_appointmentProblem = makeLabel(QStringLiteral("appointmentProblem"), nullptr, w);
    m_appointmentProblem->setMinimumHeight(90);
    m_appointmentProblem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_appointmentConfirm = makeButton(QStringLiteral("appointmentConfirmButton"), "primary", w);
    m_appointmentConfirm->setMinimumWidth(320);
    connect(m_appointmentConfirm, &QPushButton::clicked, this, &KioskScreen::checkIn);

    QWidget *keypad = buildKeypad(QStringLiteral("appointment"), QStringLiteral("1234567890"), w,
                                  {&m_appointmentKeys, &m_appointmentBackspace, &m_appointmentClear},
                                  [this](QChar c) {
                                      if (m_appointmentCode.size() < 8)
                                          m_appointmentCode += c;
                                  },
                                  [this](bool all) {
                                      if (all)
                                          m_appointmentCode.clear();
                                      else
                                          m_appointmentCode.chop(1);
                                  },
                                  [this] {
                                      m_appointmentProblemText.clear();
                                      fillAppointment();
                                  });

    auto *left = new QVBoxLayout;
    left->setSpacing(20);
    left->addWidget(m_appointmentDisplay);
    left->addWidget(m_appointmentProblem);
    left->addStretch();
    left->addWidget(m_appointmentConfirm, 0, Qt::AlignRight);
    auto *row = new QHBoxLayout;
    row->setSpacing(48);
    row->addLayout(left, 1);
    row->addWidget(keypad, 0, Qt::AlignTop);
    l->addWidget(m_appointmentTitle);
    l->addWidget(m_appointmentHint);
    l->addSpacing(8);
    l->addLayout(row, 1);
    return w;
}

// A touch keypad of `keys` (digits in rows of three, the last key across), with backspace and
// clear, for codes typed at the kiosk. Each press changes the code (`type`, `erase`), then
// `refill` clears the last answer and fills the page again.
QWidget *KioskScreen::buildKeypad(const QString &name, const QString &keys, QWidget *parent, KeypadButtons out,
                                  std::function<void(QChar)> type, std::function<void(bool all)> erase,
                                  std::function<void()> refill)
{
    auto *keypad = new QWidget(parent);
    keypad->setObjectName(name + QStringLiteral("Keypad"));
    auto *grid = new QGridLayout(keypad);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QChar c = keys.at(i);
        QPushButton *b = makeButton(name + QStringLiteral("Key_") + c, "key", keypad);
        b->setText(c);
        connect(b, &QPushButton::clicked, this, [type, refill, c] {
            type(c);
            refill();
        });
        const bool last = i == keys.size() - 1;
        grid->addWidget(b, static_cast<int>(i / 3), static_cast<int>(i % 3), 1, last ? 3 - static_cast<int>(i % 3) : 1);
        out.keys->append(b);
    }
    const int rows = static_cast<int>((keys.size() + 2) / 3);
    *out.backspace = makeButton(name + QStringLiteral("Key_backspace"), "key", keypad);
    (*out.backspace)->setText(QStringLiteral("⌫"));
    (*out.backspace)->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    connect(*out.backspace, &QPushButton::clicked, this, [erase, refill] {
        erase(false);
        refill();
    });
    grid->addWidget(*out.backspace, 0, 3, rows / 2, 1);
    *out.clear = makeButton(name + QStringLiteral("Key_clear"), "key", keypad);
    (*out.clear)->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    connect(*out.clear, &QPushButton::clicked, this, [erase, refill] {
        erase(true);
        refill();
    });
    grid->addWidget(*out.clear, rows / 2, 3, rows - rows / 2, 1);
    return keypad;
}

// 办件查询: a case's state from its number (this hall's; the receipt shows it) and the last four
// characters of the applicant's ID number — the same public status the receipt's QR code opens.
QWidget *KioskScreen::buildCaseStatusPage()
{
    QVBoxLayout *l = nullptr;
    QWidget *w = page(&l);
    m_caseTitle = makeLabel(QStringLiteral("caseStatusTitle"), "title", w);
    m_caseHint = makeLabel(QStringLiteral("caseStatusHint"), "hint", w);
    m_caseDisplay = makeLabel(QStringLiteral("caseStatusDisplay"), nullptr, w);
    m_caseDisplay->setWordWrap(false);
    m_caseDisplay->setTextFormat(Qt::RichText);
    m_caseDisplay->setAlignment(Qt::AlignCenter);
    m_caseAnswer = makeLabel(QStringLiteral("caseStatusAnswer"), nullptr, w);
    m_caseAnswer->setMinimumHeight(90);
    m_caseAnswer->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_caseConfirm = makeButton(QStringLiteral("caseStatusConfirmButton"), "primary", w);
    m_caseConfirm->setMinimumWidth(320);
    connect(m_caseConfirm, &QPushButton::clicked, this, &KioskScreen::lookUpCase);
    QWidget *keypad = buildKeypad(QStringLiteral("caseStatus"), QStringLiteral("1234567890X"), w,
                                  {&m_caseKeys, &m_caseBackspace, &m_caseClear},
                                  [this](QChar c) {
                                      if (m_caseDigits.size() < kCaseDigits && c != QLatin1Char('X'))
                                          m_caseDigits += c;
                                      else if (m_caseDigits.size() == kCaseDigits && m_caseId4.size() < 4)
                                          m_caseId4 += c;
                                  },
                                  [this](bool all) {
                                      if (all) {
                                          m_caseDigits.clear();
                                          m_caseId4.clear();
                                      } else if (!m_caseId4.isEmpty()) {
                                          m_caseId4.chop(1);
                                      } else {
                                          m_caseDigits.chop(1);
                                      }
                                  },
                                  [this] {
                                      m_caseResult.clear();
                                      fillCaseStatus();
                                  });
    auto *left = new QVBoxLayout;
    left->setSpacing(20);
    left->addWidget(m_caseDisplay);
    left->addWidget(m_caseAnswer);
    left->addStretch();
    left->addWidget(m_caseConfirm, 0, Qt::AlignRight);
    auto *row = new QHBoxLayout;
    row->setSpacing(48);
    row->addLayout(left, 1);
    row->addWidget(keypad, 0, Qt::AlignTop);
    l->addWidget(m_caseTitle);
    l->addWidget(m_caseHint);
    l->addSpacing(8);
    l->addLayout(row, 1);
    return w;
}

QString KioskScreen::caseNumber() const
{
    const QString hall = m_session.isLoggedIn() ? m_session.account().hallCode : QString();
    return QStringLiteral("%1-%2-%3").arg(hall, m_caseDigits.left(8), m_caseDigits.mid(8));
}

void KioskScreen::fillCaseStatus()
{
    const auto slots = [](const QString &typed, int n) {
        QString html;
        for (int i = 0; i < n; ++i)
            html += i < typed.size() ? QString(typed.at(i)) : QStringLiteral("<span style=\"color:#b4bec8\">_</span>");
        return html;
    };
    const QString hall = m_session.isLoggedIn() ? m_session.account().hallCode : QString();
    m_caseDisplay->setText(QStringLiteral("%1-%2-%3<br><span style=\"font-size:30px\">%4</span> %5")
                               .arg(hall.toHtmlEscaped(), slots(m_caseDigits.left(8), 8), slots(m_caseDigits.mid(8), 4),
                                    tr("ID number, last four:").toHtmlEscaped(), slots(m_caseId4, 4)));
    const bool full = m_caseDigits.size() == kCaseDigits && m_caseId4.size() == 4;
    for (QPushButton *key : std::as_const(m_caseKeys)) {
        const bool x = key->text() == QLatin1String("X");
        key->setEnabled(!m_busy && !full && (x ? m_caseDigits.size() == kCaseDigits : true));
    }
    m_caseBackspace->setEnabled(!m_busy && !(m_caseDigits.isEmpty() && m_caseId4.isEmpty()));
    m_caseClear->setEnabled(m_caseBackspace->isEnabled());
    m_caseConfirm->setEnabled(full && !m_busy);
    m_caseAnswer->setText(m_busy ? tr("Looking it up, please wait…") : m_caseResult);
    setStyleState(m_caseAnswer, "state", m_caseResultOk || m_caseResult.isEmpty() ? QStringLiteral("info") : QStringLiteral("error"));
}

void KioskScreen::lookUpCase()
{
    if (m_busy || m_caseDigits.size() != kCaseDigits || m_caseId4.size() != 4 || !m_session.isLoggedIn())
        return;
    m_busy = true;
    fillCaseStatus();
    const int generation = ++m_generation;
    QPointer<KioskScreen> self(this);
    m_session.api().send("GET", QStringLiteral("/api/v1/public/cases/%1?id_last4=%2").arg(caseNumber(), m_caseId4), nullptr,
                         [self, generation](Result<ApiReply> r) {
                             if (!self || generation != self->m_generation)
                                 return;
                             self->m_busy = false;
                             if (!r && r.error().code != ErrorCode::NotFound) {
                                 self->showError(r.error());
                                 return;
                             }
                             self->m_caseResultOk = r.ok();
                             if (!self->m_caseResultOk) { // the same answer for an unknown number and a wrong ID
                                 self->m_caseResult = tr("No case matches this number and ID. Please check both on your receipt.");
                             } else {
                                 const QJsonObject o = r.value().json;
                                 QStringList lines{CaseText::state(o.value(QLatin1String("state")).toString())};
                                 if (o.contains(QLatin1String("due_date")))
                                     lines << tr("Promised by %1").arg(o.value(QLatin1String("due_date")).toString());
                                 if (o.contains(QLatin1String("missing")))
                                     lines << tr("Still needed: %1").arg(o.value(QLatin1String("missing")).toString());
                                 self->m_caseResult = lines.join(QLatin1Char('\n'));
                             }
                             self->fillCaseStatus();
                         });
}

void KioskScreen::fillAppointment()
{
    QString html;
    for (qsizetype i = 0; i < 8; ++i) {
        if (i == 4)
            html += QStringLiteral("&nbsp;");
        html += i < m_appointmentCode.size() ? QString(m_appointmentCode.at(i))
                                             : QStringLiteral("<span style=\"color:#b4bec8\">_</span>");
    }
    m_appointmentDisplay->setText(html);
    for (QPushButton *key : std::as_const(m_appointmentKeys))
        key->setEnabled(m_appointmentCode.size() < 8 && !m_busy);
    m_appointmentBackspace->setEnabled(!m_appointmentCode.isEmpty() && !m_busy);
    m_appointmentClear->setEnabled(!m_appointmentCode.isEmpty() && !m_busy);
    m_appointmentConfirm->setEnabled(m_appointmentCode.size() == 8 && !m_busy);
    m_appointmentProblem->setText(m_busy ? tr("Checking your appointment, please wait…") : m_appointmentProblemText);
    setStyleState(m_appointmentProblem, "state", m_appointmentProblemText.isEmpty() ? QStringLiteral("info") : QStringLiteral("error"));
}

void KioskScreen::checkIn()
{
    if (m_busy || m_appointmentCode.size() != 8 || !m_session.isLoggedIn())
        return;
    m_busy = true;
    fillAppointment();
    const int generation = ++m_generation;
    QPointer<KioskScreen> self(this);
    const QJsonObject empty;
    m_session.api().send("POST",
                         QStringLiteral("/api/v1/halls/%1/appointments/%2/check-in").arg(m_session.account().hallCode, m_appointmentCode),
                         &empty, [self, generation](Result<ApiReply> r) {
                             if (!self || generation != self->m_generation)
                                 return;
                             if (r) {
                                 self->onIssued(r.value().json.value(QLatin1String("ticket")).toObject());
                                 return;
                             }
                             self->m_busy = false;
                             switch (r.error().code) {
                             case ErrorCode::NotFound:
                                 self->m_appointmentProblemText =
                                     tr("No appointment has this code. Please check the code in your text message.");
                                 break;
                             case ErrorCode::Conflict:
                                 self->m_appointmentProblemText =
                                     tr("This appointment cannot be checked in now. Check-in opens 30 minutes before the booked "
                                        "time and closes 15 minutes after it, once, at the hall it was booked for.");
                                 break;
                             default:
                                 self->showError(r.error());
                                 return;
                             }
                             self->fillAppointment();
                         });
}

QWidget *KioskScreen::buildConfirmPage()
{
    QVBoxLayout *l = nullptr;
    QWidget *w = page(&l);
    m_confirmTitle = makeLabel(QStringLiteral("confirmTitle"), "title", w);
    m_summary = makeLabel(QStringLiteral("summary"), nullptr, w);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_issue = makeButton(QStringLiteral("issueButton"), "primary", w);
    m_issueStatus = makeLabel(QStringLiteral("issueStatus"), nullptr, w);
    m_issueStatus->setAlignment(Qt::AlignCenter);
    connect(m_issue, &QPushButton::clicked, this, &KioskScreen::issue);
    l->addWidget(m_confirmTitle);
    l->addWidget(m_summary);
    l->addStretch();
    l->addWidget(m_issue, 0, Qt::AlignHCenter);
    l->addWidget(m_issueStatus);
    return w;
}

QWidget *KioskScreen::buildTicketPage()
{
    QVBoxLayout *l = nullptr;
    QWidget *w = page(&l);
    // Left, the number on a card like the paper ticket; right, what it means for the citizen.
    auto *card = new QWidget(w);
    card->setObjectName(QStringLiteral("ticketCard"));
    card->setAttribute(Qt::WA_StyledBackground);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(48, 24, 48, 24);
    m_ticketCardTitle = makeLabel(QStringLiteral("ticketCardTitle"), nullptr, card);
    m_ticketNumber = makeLabel(QStringLiteral("ticketNumber"), nullptr, card);
    m_ticketNumber->setWordWrap(false);
    cardLayout->addWidget(m_ticketCardTitle);
    cardLayout->addWidget(m_ticketNumber);

    m_ticketTitle = makeLabel(QStringLiteral("ticketTitle"), nullptr, w);
    m_peopleAheadLabel = makeLabel(QStringLiteral("peopleAhead"), nullptr, w);
    m_waitLabel = makeLabel(QStringLiteral("estimatedWait"), nullptr, w);
    m_ticketMatters = makeLabel(QStringLiteral("ticketMatters"), nullptr, w);
    m_takeTicket = makeLabel(QStringLiteral("takeTicketHint"), nullptr, w);
    m_printWarningLabel = makeLabel(QStringLiteral("printWarning"), nullptr, w);
    m_countdownLabel = makeLabel(QStringLiteral("returnCountdown"), nullptr, w);
    m_done = makeButton(QStringLiteral("doneButton"), "primary", w);
    m_done->setMinimumWidth(320);
    connect(m_done, &QPushButton::clicked, this, &KioskScreen::startOver);
    for (QLabel *label : {m_ticketCardTitle, m_ticketNumber})
        label->setAlignment(Qt::AlignCenter);

    auto *info = new QVBoxLayout;
    info->setSpacing(18);
    info->addWidget(m_ticketTitle);
    info->addWidget(m_peopleAheadLabel);
    info->addWidget(m_waitLabel);
    info->addWidget(m_ticketMatters);
    info->addSpacing(12);
    info->addWidget(m_takeTicket);
    info->addWidget(m_printWarningLabel);
    auto *row = new QHBoxLayout;
    row->setSpacing(56);
    row->addWidget(card, 0, Qt::AlignVCenter);
    row->addLayout(info, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countdownLabel, 1);
    bottom->addWidget(m_done);
    l->addStretch(1);
    l->addLayout(row);
    l->addStretch(2);
    l->addLayout(bottom);
    return w;
}

QWidget *KioskScreen::buildErrorPage()
{
    QVBoxLayout *l = nullptr;
    QWidget *w = page(&l);
    m_errorTitle = makeLabel(QStringLiteral("errorTitle"), "title", w);
    m_errorText = makeLabel(QStringLiteral("issueError"), nullptr, w);
    m_retry = makeButton(QStringLiteral("retryButton"), "primary", w);
    m_errorHome = makeButton(QStringLiteral("startOverButton"), nullptr, w);
    m_retry->setMinimumWidth(320);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        showPage(Page::Confirm);
        issue();
    });
    connect(m_errorHome, &QPushButton::clicked, this, &KioskScreen::startOver);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(32);
    buttons->addWidget(m_errorHome);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    l->addWidget(m_errorTitle);
    l->addSpacing(12);
    l->addWidget(m_errorText);
    l->addStretch();
    l->addLayout(buttons);
    return w;
}

// ---- filling ----

void KioskScreen::retranslate()
{
    setWindowTitle(tr("OneWindow ticket kiosk"));
    m_back->setText(tr("‹ Back"));
    m_home->setText(tr("Start over"));
    if (!m_session.isLoggedIn()) {
        m_startTitle->setText(m_loginError.isEmpty() ? tr("Connecting to the server…") : tr("The kiosk is not available"));
        m_startStatus->setText(m_loginError.isEmpty() ? tr("Please wait a moment.")
                                                      : m_loginError + QLatin1Char('\n')
                                                            + tr("Please ask the staff at the information desk."));
    } else {
        m_startTitle->setText(tr("Loading the list of services…"));
        m_startStatus->setText(tr("Please wait a moment."));
    }
    m_categoriesTitle->setText(tr("What would you like to do today?"));
    m_categoriesHint->setText(tr("Tap a kind of business. You can take one ticket for several matters."));
    m_selectedBar->setText(tr("%n matter(s) chosen — continue ›", nullptr, static_cast<int>(m_selected.size())));
    m_mattersHint->setText(tr("Tap the matter you came for."));
    m_selectedTitle->setText(tr("Your matters for this visit"));
    m_addMatter->setText(tr("+ Add another matter"));
    m_mattersNext->setText(tr("Next ›"));
    m_priorityTitle->setText(tr("Do you need priority service?"));
    m_priorityHint->setText(tr("Priority (green channel) is for elderly people, people with disabilities, servicemen "
                               "and servicewomen, and pregnant women. Please show your certificate at the window."));
    for (QPushButton *b : std::as_const(m_priorityButtons))
        b->setText(priorityLabel(b->property("group").toString()));
    m_appointmentButton->setText(tr("I have an appointment"));
    m_appointmentTitle->setText(tr("Check in your appointment"));
    m_appointmentHint->setText(tr("Enter the 8-digit code from your booking text message."));
    m_appointmentClear->setText(tr("Clear"));
    m_appointmentConfirm->setText(tr("Check in ›"));
    m_caseButton->setText(tr("Where is my case?"));
    m_caseTitle->setText(tr("Where is my case?"));
    m_caseHint->setText(tr("Type the 12 digits of the case number on your receipt, then the last four characters of your ID number."));
    m_caseClear->setText(tr("Clear"));
    m_caseConfirm->setText(tr("Look up ›"));
    m_idTitle->setText(tr("Your resident ID number (optional)"));
    m_idHint->setText(tr("Enter the 18 characters of your ID card, or tap “Skip”. The ticket shows only part of the number."));
    m_idClear->setText(tr("Clear"));
    m_idSkip->setText(tr("Skip"));
    m_idConfirm->setText(tr("OK ›"));
    m_confirmTitle->setText(tr("Please check, then take your ticket"));
    m_issue->setText(tr("Take ticket"));
    m_ticketCardTitle->setText(tr("Your number"));
    m_ticketTitle->setText(tr("Ticket issued"));
    m_takeTicket->setText(tr("Please take your ticket and wait for your number to be called."));
    m_done->setText(tr("Done"));
    m_errorTitle->setText(tr("No ticket could be issued"));
    m_retry->setText(tr("Try again"));
    m_errorHome->setText(tr("Start over"));
    updateConnection();
}

void KioskScreen::fillCategories()
{
    clearLayout(m_categoryGrid);
    const Catalogue *catalogue = m_session.catalogue();
    if (!catalogue)
        return;
    const QString lang = language();
    const QList<Category> &categories = catalogue->categories();
    constexpr int columns = 3;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const Category &c = categories.at(i);
        auto *badge = new QLabel(c.prefix);
        badge->setObjectName(QStringLiteral("prefixBadge"));
        QPushButton *b = wrappingButton(QStringLiteral("categoryButton_") + c.code, "category", c.name.in(lang),
                                        m_categoryGrid->parentWidget(), badge);
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding); // big targets fill the screen
        const QString code = c.code;
        connect(b, &QPushButton::clicked, this, [this, code] { chooseCategory(code); });
        m_categoryGrid->addWidget(b, static_cast<int>(i / columns), static_cast<int>(i % columns));
    }
    for (int col = 0; col < columns; ++col)
        m_categoryGrid->setColumnStretch(col, 1);
}

void KioskScreen::fillMatters()
{
    clearLayout(m_matterGrid);
    const Catalogue *catalogue = m_session.catalogue();
    const Category *category = catalogue ? catalogue->category(m_category) : nullptr;
    if (!category)
        return;
    const QString lang = language();
    m_mattersTitle->setText(category->name.in(lang));
    int i = 0;
    for (const ServiceItem &s : catalogue->services()) {
        if (s.category != m_category)
            continue;
        const bool chosen = m_selected.contains(s.code);
        const QString text = chosen ? tr("✓ %1 (chosen)").arg(s.name.in(lang)) : s.name.in(lang);
        QPushButton *b = wrappingButton(QStringLiteral("matterButton_") + s.code, "matter", text,
                                        m_matterGrid->parentWidget());
        b->setProperty("chosen", chosen);
        const QString code = s.code;
        connect(b, &QPushButton::clicked, this, [this, code] { toggleMatter(code); });
        m_matterGrid->addWidget(b, i / kMatterColumns, i % kMatterColumns);
        ++i;
    }
    for (int col = 0; col < kMatterColumns; ++col)
        m_matterGrid->setColumnStretch(col, 1);
    m_matterGrid->setRowStretch(m_matterGrid->rowCount(), 1);
}

void KioskScreen::fillSelected()
{
    clearLayout(m_selectedList);
    for (qsizetype i = 0; i < m_selected.size(); ++i) {
        const QString code = m_selected.at(i);
        auto *row = new QWidget(m_selectedList->parentWidget());
        row->setObjectName(QStringLiteral("selectedRow"));
        row->setAttribute(Qt::WA_StyledBackground);
        row->setMinimumHeight(112);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(28, 10, 14, 10);
        auto *name = new QLabel(QStringLiteral("%1.  %2").arg(i + 1).arg(serviceName(code)), row);
        name->setWordWrap(true);
        QPushButton *remove = makeButton(QStringLiteral("removeMatter_") + code, nullptr, row);
        remove->setText(tr("Remove"));
        remove->setMinimumSize(200, 88);
        connect(remove, &QPushButton::clicked, this, [this, code] { removeMatter(code); });
        rowLayout->addWidget(name, 1);
        rowLayout->addWidget(remove);
        m_selectedList->addWidget(row);
    }
}

void KioskScreen::fillId()
{
    const auto size = m_residentId.size();
    // Typed characters dark, the rest as blanks, grouped region · birth date · sequence.
    QString html;
    for (qsizetype i = 0; i < kIdLength; ++i) {
        if (i == 6 || i == 14)
            html += QStringLiteral("&nbsp;");
        html += i < size ? QString(m_residentId.at(i)) : QStringLiteral("<span style=\"color:#b4bec8\">_</span>");
    }
    m_idDisplay->setText(html);
    for (QPushButton *key : std::as_const(m_idKeys)) {
        // X only as the check character, the 18th.
        key->setEnabled(key->text() == QLatin1String("X") ? size == kIdLength - 1 : size < kIdLength);
    }
    m_idBackspace->setEnabled(size > 0);
    m_idClear->setEnabled(size > 0);

    bool valid = false;
    if (size == 0) {
        m_idProblem->clear();
        setStyleState(m_idProblem, "state", QStringLiteral("info"));
    } else if (size < kIdLength) {
        m_idProblem->setText(tr("%n more character(s) to enter.", nullptr, static_cast<int>(kIdLength - size)));
        setStyleState(m_idProblem, "state", QStringLiteral("info"));
    } else {
        const auto problem = ResidentId::check(m_residentId, m_clock.now().toLocalTime().date());
        valid = problem == ResidentId::Problem::None;
        m_idProblem->setText(valid ? tr("✓ The number is valid.") : QStringLiteral("✗ ") + ResidentId::problemText(problem));
        setStyleState(m_idProblem, "state", valid ? QStringLiteral("ok") : QStringLiteral("error"));
    }
    m_idConfirm->setEnabled(valid);
}

void KioskScreen::fillConfirm()
{
    QString html = QStringLiteral("<p style=\"margin-bottom:12px\"><b>%1</b></p>").arg(tr("Matters").toHtmlEscaped());
    for (qsizetype i = 0; i < m_selected.size(); ++i)
        html += QStringLiteral("<p style=\"margin-left:24px; margin-bottom:8px\">%1. %2</p>")
                    .arg(i + 1)
                    .arg(serviceName(m_selected.at(i)).toHtmlEscaped());
    auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<p style=\"margin-top:16px\"><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Priority:"), m_priority.isEmpty() ? tr("none") : priorityLabel(m_priority));
    line(tr("Resident ID number:"),
         m_residentId.isEmpty() ? tr("not given") : ow::mask(PersonalData::ResidentIdNumber, m_residentId));
    m_summary->setText(html);
    m_issue->setEnabled(!m_busy && !m_selected.isEmpty());
    m_issueStatus->setText(m_busy ? tr("Issuing your ticket, please wait…") : QString());
    m_back->setEnabled(!m_busy);
    m_home->setEnabled(!m_busy);
}

void KioskScreen::fillTicket()
{
    if (!m_ticket)
        return;
    m_ticketNumber->setText(m_ticket->number);
    if (m_peopleAhead) {
        m_peopleAheadLabel->setText(*m_peopleAhead == 0 ? tr("Nobody is waiting ahead of you.")
                                                        : tr("%n people waiting ahead of you", nullptr, *m_peopleAhead));
    }
    m_peopleAheadLabel->setVisible(m_peopleAhead.has_value());
    const bool showWait = m_waitMinutes && m_peopleAhead && *m_peopleAhead > 0;
    if (showWait)
        m_waitLabel->setText(tr("Estimated wait: %1–%2 min (an estimate only)").arg(m_waitMinMinutes.value_or(*m_waitMinutes)).arg(*m_waitMinutes));
    m_waitLabel->setVisible(showWait);
    QStringList names;
    for (const TicketMatter &m : m_ticket->matters)
        names << serviceName(m.serviceCode);
    m_ticketMatters->setText(names.join(language() == QLatin1String("en") ? QStringLiteral("; ") : QStringLiteral("；")));
    m_printWarningLabel->setText(m_printWarning);
    m_printWarningLabel->setVisible(!m_printWarning.isEmpty());
    m_countdownLabel->setText(tr("Back to the start in %n s.", nullptr, m_secondsLeft));
}

void KioskScreen::updateConnection()
{
    const bool offline = m_session.isLoggedIn() && m_session.state() == ConnectionState::Offline;
    m_offline->setText(tr("The kiosk has lost its connection to the server. Tickets cannot be issued until it is back."));
    m_offline->setVisible(offline);
}

// ---- flow ----

void KioskScreen::showPage(Page p)
{
    switch (p) {
    case Page::Connecting:
    case Page::Categories:
        break;
    case Page::Matters:
        fillMatters();
        break;
    case Page::Selected:
        fillSelected();
        break;
    case Page::Priority:
        for (QPushButton *b : std::as_const(m_priorityButtons))
            setStyleState(b, "chosen", b->property("group").toString() == m_priority);
        break;
    case Page::IdNumber:
        fillId();
        break;
    case Page::Confirm:
        fillConfirm();
        break;
    case Page::Ticket:
        fillTicket();
        break;
    case Page::Error:
        m_errorText->setText(m_error.detail);
        break;
    case Page::Appointment:
        fillAppointment();
        break;
    case Page::CaseStatus:
        fillCaseStatus();
        break;
    }
    m_selectedBar->setVisible(!m_selected.isEmpty());
    retranslate();
    const bool inFlow = p == Page::Matters || p == Page::Selected || p == Page::Priority || p == Page::IdNumber
                        || p == Page::Confirm || p == Page::Appointment || p == Page::CaseStatus;
    m_back->setVisible(inFlow);
    m_home->setVisible(inFlow);
    m_pages->setCurrentIndex(static_cast<int>(p));
    if (inFlow || !m_selected.isEmpty())
        m_idle.start();
}

void KioskScreen::goBack()
{
    switch (static_cast<Page>(m_pages->currentIndex())) {
    case Page::Matters:
        showPage(m_selected.isEmpty() ? Page::Categories : Page::Selected);
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
    ++m_generation;
    m_busy = false;
    m_selected.clear();
    m_category.clear();
    m_priority.clear();
    m_residentId.clear();
    m_caseDigits.clear(); // nothing of the last citizen's lookup stays on screen
    m_caseId4.clear();
    m_caseResult.clear();
    m_ticket.reset();
    m_peopleAhead.reset();
    m_waitMinutes.reset();
    m_printWarning.clear();
    m_countdown.stop();
    m_idle.stop();
    showPage(m_session.isLoggedIn() && m_session.catalogue() ? Page::Categories : Page::Connecting);
}

void KioskScreen::chooseCategory(const QString &code)
{
    m_category = code;
    showPage(Page::Matters);
}

void KioskScreen::toggleMatter(const QString &code)
{
    if (!m_selected.contains(code))
        m_selected.append(code);
    showPage(Page::Selected);
}

void KioskScreen::removeMatter(const QString &code)
{
    m_selected.removeAll(code);
    showPage(m_selected.isEmpty() ? Page::Categories : Page::Selected);
}

void KioskScreen::choosePriority(const QString &group)
{
    m_priority = group;
    showPage(Page::IdNumber);
}

void KioskScreen::typeId(QChar c)
{
    if (m_residentId.size() >= kIdLength || (c == QLatin1Char('X') && m_residentId.size() != kIdLength - 1))
        return;
    m_residentId.append(c);
    fillId();
}

void KioskScreen::issue()
{
    if (m_busy || m_selected.isEmpty() || !m_session.isLoggedIn())
        return;
    m_busy = true;
    fillConfirm();
    QJsonObject request{{QLatin1String("services"), QJsonArray::fromStringList(m_selected)}};
    if (!m_priority.isEmpty())
        request.insert(QLatin1String("priority_group"), m_priority);
    if (!m_residentId.isEmpty())
        request.insert(QLatin1String("resident_id"), m_residentId);
    const int generation = ++m_generation;
    QPointer<KioskScreen> self(this);
    m_session.api().issueTicket(m_session.account().hallCode, request, [self, generation](Result<ApiReply> r) {
        if (!self || generation != self->m_generation)
            return;
        if (!r) {
            self->showError(r.error());
            return;
        }
        self->onIssued(r.value().json);
    });
}

void KioskScreen::onIssued(const QJsonObject &json)
{
    m_ticket = HallMonitor::ticketFromJson(json);
    m_residentId.clear(); // sent; from here on only the server's masked copy is kept
    m_appointmentCode.clear();
    // The server counts the people ahead and estimates the wait from the hall's own history.
    finishTicket(json.value(QLatin1String("wait")).toObject());
}

void KioskScreen::finishTicket(const QJsonObject &wait)
{
    m_busy = false;
    const auto number = [&wait](const char *key) {
        const QJsonValue v = wait.value(QLatin1String(key));
        return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
    };
    m_peopleAhead = number("people_ahead");
    m_waitMinutes = number("pessimistic_minutes");
    m_waitMinMinutes = number("optimistic_minutes");
    m_printWarning.clear();
    m_secondsLeft = std::max(1, (m_returnDelayMs + 999) / 1000);
    m_back->setEnabled(true);
    m_home->setEnabled(true);
    showPage(Page::Ticket);
    m_countdown.start();
    Q_EMIT ticketIssued(m_ticket->number);
    // Print once the number is on screen: a slow printer must not keep the citizen waiting.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            printTicket();
    });
}

void KioskScreen::printTicket()
{
    if (!m_ticket)
        return;
    TicketPrint p;
    p.hallName = m_session.account().hallName.zh;
    p.number = m_ticket->number;
    const Catalogue *catalogue = m_session.catalogue();
    for (const TicketMatter &m : m_ticket->matters) {
        const ServiceItem *s = catalogue ? catalogue->service(m.serviceCode) : nullptr;
        p.matters << (s ? s->name.zh : m.serviceCode);
        p.mattersEn << (s ? s->name.en : QString());
    }
    p.priority = m_ticket->priorityGroup.isEmpty() ? QString() : priorityLabel(m_ticket->priorityGroup);
    p.peopleAhead = m_peopleAhead;
    p.waitMinutes = m_waitMinutes;
    p.waitMinMinutes = m_waitMinMinutes;
    p.issuedAt = m_ticket->issuedAt.isValid() ? m_ticket->issuedAt : m_clock.now();
    p.statusLink = statusLink();
    p.residentId = m_ticket->residentId; // the server's masked copy
    const Result<QString> printed = m_printer.print(p);
    if (printed) {
        m_lastPrinted = printed.value();
        m_printWarning.clear();
    } else {
        qWarning("kiosk: ticket %s not printed: %s", qUtf8Printable(p.number), qUtf8Printable(printed.error().detail));
        m_lastPrinted.clear();
        m_printWarning = tr("The ticket could not be printed (%1). Please remember your number.").arg(printed.error().detail);
    }
    fillTicket();
}

void KioskScreen::showError(const Error &error)
{
    m_busy = false;
    m_error = error;
    switch (error.code) {
    case ErrorCode::Unavailable:
        m_error.detail = tr("The kiosk cannot reach the ticket service right now. Please try again in a moment, or ask "
                            "the staff at the information desk.");
        break;
    case ErrorCode::Unauthorized:
        m_error.detail = tr("The kiosk has to sign in again. Please try again in a moment.");
        Q_EMIT sessionExpired();
        break;
    default:
        m_error.detail = tr("The server answered: %1").arg(error.detail.isEmpty() ? errorMessage(error.code) : error.detail);
        break;
    }
    m_back->setEnabled(true);
    m_home->setEnabled(true);
    showPage(Page::Error);
}

void KioskScreen::tickClock()
{
    m_clockLabel->setText(m_clock.now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd  HH:mm")));
}

void KioskScreen::tickCountdown()
{
    --m_secondsLeft;
    if (m_secondsLeft <= 0) {
        startOver();
        return;
    }
    fillTicket();
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

// ---- helpers ----

QString KioskScreen::language() const
{
    return LanguageManager::current();
}

QString KioskScreen::serviceName(const QString &code) const
{
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *s = catalogue ? catalogue->service(code) : nullptr;
    return s ? s->name.in(language()) : code;
}

QString KioskScreen::priorityLabel(const QString &group) const
{
    if (group == QLatin1String("elderly"))
        return tr("Elderly person");
    if (group == QLatin1String("disabled"))
        return tr("Person with a disability");
    if (group == QLatin1String("serviceman"))
        return tr("Serviceman or servicewoman");
    if (group == QLatin1String("pregnant"))
        return tr("Pregnant woman");
    if (group.isEmpty())
        return tr("No priority needed");
    return group;
}

QString KioskScreen::statusLink() const
{
    if (!m_ticket)
        return {};
    const QString base = m_session.server()
                             .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                       | QUrl::StripTrailingSlash)
                             .toString();
    return base + QStringLiteral("/t/%1/%2/%3").arg(m_session.account().hallCode, m_ticket->serviceDay, m_ticket->number);
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
        m_hallName->setText(m_session.isLoggedIn() ? m_session.account().hallName.in(language()) : tr("OneWindow"));
        fillCategories();
        showPage(static_cast<Page>(m_pages->currentIndex()));
    }
    QWidget::changeEvent(event);
}

} // namespace ow
