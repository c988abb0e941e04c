#include "ui/display/DisplayBoard.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/client/ClientSession.h"
#include "core/domain/queue/AnnouncementQueue.h"
#include "core/domain/util/Clock.h"
#include "ui/common/LanguageManager.h"
#include "ui/display/DisplayFeed.h"
#include "ui/display/BoardStyle.h"
#include "ui/display/MarqueeLabel.h"
#include "ui/display/WaitingPanel.h"

#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace ow {

namespace {
// High contrast on a dark ground: yellow numbers, white text, red only for warnings.
const char *const kStyle = R"(
#displayBoard { background: #07111f; }
QLabel { color: #ffffff; background: transparent; }
#header { background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 #0d3b78, stop:1 #0a2c5a);
          border-bottom: 4px solid #c8102e; }
#hallName { color: #ffffff; font-weight: bold; }
#clock { color: #ffffff; font-weight: bold; }
#date { color: #c9d6ea; }
#offlineIndicator { color: #ffffff; background: #c8102e; border-radius: 10px; padding: 4px 18px; font-weight: bold; }
#nowCallingPanel, #recentPanel, #waitingCounts { background: #0e1e36; border: 3px solid #1f3a63; border-radius: 18px; }
#nowCallingPanel[flash="true"] { background: #183a6b; border-color: #ffd400; }
#nowCallingPanel[recall="true"] { border-color: #ff8c1a; }
#nowCallingTitle, #recentTitle, #waitingTitle { color: #9fc3ff; font-weight: bold; }
#recallBadge { color: #1a1000; background: #ff8c1a; border-radius: 10px; padding: 2px 20px; font-weight: bold; }
#nowCalling { font-weight: bold; }
#nowCallingHint { color: #dfe8f5; }
#nowCalling[state="idle"] { color: #7f93b3; font-weight: normal; }
#nowCalling[state="error"] { color: #ff6b6b; font-weight: normal; }
#recentRow { border-bottom: 2px solid #1a2f52; }
#recentRow[latest="true"] { background: #1b355e; border-radius: 10px; border-bottom: none; }
#recentNumber { color: #ffd400; font-weight: bold; }
#recentWindow { color: #ffffff; }
#recentMark { color: #ff8c1a; font-weight: bold; }
#waitingChip { background: #13294a; border-radius: 12px; }
#chipPrefix { color: #ffd400; font-weight: bold; }
#chipCount { color: #ffffff; font-weight: bold; }
#chipName { color: #b8c7de; }
#waitingTotal { color: #ffffff; font-weight: bold; }
#waitingNone { color: #7f93b3; }
#noticeLine { color: #ffe9a8; background: #0b2447; }
)";

void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
    w->update();
}
} // namespace

DisplayBoard::DisplayBoard(ClientSession &session, const Clock &clock, Speaker *speaker, Options options, QWidget *parent)
    : QWidget(parent), m_session(session), m_clock(clock), m_options(std::move(options)), m_feed(new DisplayFeed(session, this))
{
    setObjectName(QStringLiteral("displayBoard"));
    setAttribute(Qt::WA_StyledBackground);
    m_feed->calls().setCapacity(m_options.recentCount);
    if (speaker) {
        m_announce = std::make_unique<AnnouncementQueue>(speaker);
        m_announce->setRepeat(m_options.repeat);
    }
    buildUi();

    connect(&m_feed->calls(), &RecentCalls::changed, this, &DisplayBoard::redrawCalls);
    connect(m_feed, &DisplayFeed::called, this, [this](const QString &number, int window, bool recall) {
        if (m_announce)
            m_announce->call(number, window, recall);
        onCalled();
    });
    connect(m_feed, &DisplayFeed::waitingChanged, this, &DisplayBoard::redrawWaiting);
    connect(m_feed, &DisplayFeed::liveChanged, this, &DisplayBoard::redrawStatus);
    connect(m_feed, &DisplayFeed::loginChanged, this, &DisplayBoard::retranslate); // the hall's name

    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &DisplayBoard::tick);
    m_clockTimer.start();
    m_flashTimer.setInterval(450);
    connect(&m_flashTimer, &QTimer::timeout, this, [this]() {
        --m_flashesLeft;
        setFlash(m_flashesLeft > 0 && m_flashesLeft % 2 == 0);
        if (m_flashesLeft <= 0)
            m_flashTimer.stop();
    });

    retranslate();
    applyScale();
    tick();
}

DisplayBoard::~DisplayBoard() = default;

void DisplayBoard::buildUi()
{
    setStyleSheet(QString::fromLatin1(kStyle));

    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("header"));
    m_hallName = boardLabel("hallName", header);
    m_offline = boardLabel("offlineIndicator", header);
    m_time = boardLabel("clock", header);
    m_date = boardLabel("date", header);
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_date->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // A long hall name gives way (elided) to the clock and the offline warning.
    m_hallName->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hallName->installEventFilter(this);
    auto *clockBox = new QVBoxLayout;
    clockBox->setSpacing(0);
    clockBox->addWidget(m_time);
    clockBox->addWidget(m_date);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(40, 10, 40, 10);
    headerLayout->addWidget(m_hallName, 1);
    headerLayout->addWidget(m_offline);
    headerLayout->addSpacing(40);
    headerLayout->addLayout(clockBox);

    // Now calling.
    m_nowPanel = new QFrame(this);
    m_nowPanel->setObjectName(QStringLiteral("nowCallingPanel"));
    m_nowTitle = boardLabel("nowCallingTitle", m_nowPanel);
    m_recallBadge = boardLabel("recallBadge", m_nowPanel);
    m_nowCalling = boardLabel("nowCalling", m_nowPanel);
    m_nowCalling->setTextFormat(Qt::RichText); // the number in yellow; accessibleName holds the plain text
    m_nowCalling->setAlignment(Qt::AlignCenter);
    m_nowCalling->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_nowHint = boardLabel("nowCallingHint", m_nowPanel);
    m_nowHint->setAlignment(Qt::AlignCenter);
    m_nowHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_nowTitle);
    titleRow->addStretch();
    titleRow->addWidget(m_recallBadge);
    m_nowPanel->installEventFilter(this); // the call's font follows the panel's width
    auto *nowLayout = new QVBoxLayout(m_nowPanel);
    nowLayout->setContentsMargins(36, 24, 36, 24);
    nowLayout->addLayout(titleRow);
    nowLayout->addWidget(m_nowCalling, 1);
    nowLayout->addWidget(m_nowHint);
    nowLayout->addSpacing(12);

    // Recent calls: a fixed number of rows, filled from the top.
    auto *recentPanel = new QFrame(this);
    recentPanel->setObjectName(QStringLiteral("recentPanel"));
    m_recentTitle = boardLabel("recentTitle", recentPanel);
    m_recentCalls = new QWidget(recentPanel);
    m_recentCalls->setObjectName(QStringLiteral("recentCalls"));
    m_recentCalls->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored); // rows fit the panel, not the reverse
    m_recentCalls->installEventFilter(this);
    auto *rows = new QVBoxLayout(m_recentCalls);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);
    for (int i = 0; i < m_options.recentCount; ++i) {
        auto *frame = new QFrame(m_recentCalls);
        frame->setObjectName(QStringLiteral("recentRow"));
        Row row{frame, boardLabel("recentNumber", frame), boardLabel("recentWindow", frame), boardLabel("recentMark", frame)};
        auto *h = new QHBoxLayout(frame);
        h->setContentsMargins(16, 0, 16, 0);
        h->addWidget(row.number, 3);
        h->addWidget(row.mark, 2);
        h->addWidget(row.window, 4);
        row.window->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.mark->setAlignment(Qt::AlignCenter);
        rows->addWidget(frame, 1);
        m_rows.append(row);
    }
    auto *recentLayout = new QVBoxLayout(recentPanel);
    recentLayout->setContentsMargins(28, 24, 28, 20);
    recentLayout->addWidget(m_recentTitle);
    recentLayout->addWidget(m_recentCalls, 1);

    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    body->addWidget(m_nowPanel, 11);
    body->addWidget(recentPanel, 8);

    // Waiting per prefix.
    m_waiting = new WaitingPanel(this);

    m_notice = new MarqueeLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLine"));
    m_notice->setAttribute(Qt::WA_StyledBackground);

    auto *content = new QVBoxLayout;
    content->setContentsMargins(24, 24, 24, 20);
    content->setSpacing(20);
    content->addLayout(body, 1);
    content->addWidget(m_waiting);

    auto *root = new QVBoxLayout(this);
    root->setSizeConstraint(QLayout::SetNoConstraint); // the board is the screen, whatever it shows
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);
    root->addWidget(header);
    root->addLayout(content, 1);
    root->addWidget(m_notice);
}

void DisplayBoard::connectTo(const QUrl &server, const QString &username, const QString &password)
{
    m_session.setLanguage(LanguageManager::current());
    m_feed->connectTo(server, username, password);
}

void DisplayBoard::present(bool windowed)
{
    if (windowed) {
        resize(1280, 720);
        show();
        return;
    }
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());
    setCursor(Qt::BlankCursor);
    showFullScreen();
}

int DisplayBoard::px(double basePixels) const
{
    return static_cast<int>(basePixels * m_scale + 0.5);
}

void DisplayBoard::tick()
{
    const QDateTime now = m_clock.now().toLocalTime();
    m_time->setText(QLocale().toString(now.time(), QStringLiteral("HH:mm:ss")));
    m_date->setText(QLocale().toString(now.date(), QLocale::LongFormat));
}

void DisplayBoard::retranslate()
{
    const QString lang = LanguageManager::current();
    setWindowTitle(tr("OneWindow hall display"));
    m_hallFullName = m_session.isLoggedIn() ? m_session.account().hallName.in(lang) : tr("OneWindow service hall");
    m_hallName->setAccessibleName(m_hallFullName);
    elideHallName();
    m_nowTitle->setText(tr("Now calling"));
    m_recallBadge->setText(tr("Calling again"));
    m_recentTitle->setText(tr("Recent calls"));
    m_waiting->retranslate();
    m_offline->setText(tr("Offline, reconnecting…"));
    m_notice->setText(m_options.notice.isEmpty() ? tr("Please keep your ticket and listen for your number") : m_options.notice);

    // The names of the ticket prefixes: the session's catalogue, else the one built in (the
    // display account may not read the catalogue).
    QHash<QString, QString> names;
    std::optional<Catalogue> bundled;
    const Catalogue *catalogue = m_session.catalogue();
    if (!catalogue) {
        if (auto parsed = Catalogue::fromJson(Catalogue::bundledJson()))
            bundled = std::move(parsed).value();
        catalogue = bundled ? &*bundled : nullptr;
    }
    if (catalogue) {
        for (const Category &c : catalogue->categories()) {
            if (!names.contains(c.prefix))
                names.insert(c.prefix, c.name.in(lang));
        }
    }
    m_waiting->setCategoryNames(names);
    tick();
    redrawCalls();
    redrawWaiting();
    redrawStatus();
}

void DisplayBoard::redrawStatus()
{
    m_offline->setVisible(!m_feed->isLive());
}

void DisplayBoard::redrawCalls()
{
    const QList<RecentCalls::Entry> &entries = m_feed->calls().entries();
    const auto latest = m_feed->calls().latest();

    QString state;
    if (!m_session.isLoggedIn()) {
        state = m_feed->loginError().isEmpty() ? QStringLiteral("idle") : QStringLiteral("error");
        const QString text = m_feed->loginError().isEmpty() ? tr("Connecting to the server…") : m_feed->loginError();
        m_nowCalling->setText(text.toHtmlEscaped());
        m_nowCalling->setAccessibleName(text);
    } else if (!latest) {
        state = QStringLiteral("idle");
        m_nowCalling->setText(tr("Waiting for the first call").toHtmlEscaped());
        m_nowCalling->setAccessibleName(tr("Waiting for the first call"));
    } else {
        const QString plain = tr("%1 → window %2").arg(latest->number, QString::number(latest->window));
        const QString number = QStringLiteral("<span style=\"color:#ffd400\">%1</span>").arg(latest->number.toHtmlEscaped());
        m_nowCalling->setText(tr("%1 → window %2").toHtmlEscaped().arg(number, QString::number(latest->window)));
        m_nowCalling->setAccessibleName(plain);
    }
    m_nowHint->setText(latest && m_session.isLoggedIn() ? tr("Please bring your ticket to window %1").arg(latest->window) : QString());
    m_nowCalling->setWordWrap(state == QLatin1String("error"));
    if (m_nowCalling->property("state").toString() != state) {
        m_nowCalling->setProperty("state", state);
        repolish(m_nowCalling);
    }
    const bool recall = latest && latest->recalled;
    m_recallBadge->setVisible(recall);
    if (m_nowPanel->property("recall").toBool() != recall) {
        m_nowPanel->setProperty("recall", recall);
        repolish(m_nowPanel);
    }
    fitNowCalling();

    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const bool filled = i < entries.size();
        row.number->setText(filled ? entries.at(i).number : QString());
        row.window->setText(filled ? tr("Window %1").arg(entries.at(i).window) : QString());
        row.mark->setText(filled && entries.at(i).recalled ? tr("Again") : QString());
        const bool isLatest = filled && i == 0;
        if (row.frame->property("latest").toBool() != isLatest) {
            row.frame->setProperty("latest", isLatest);
            repolish(row.frame);
        }
    }
}

void DisplayBoard::redrawWaiting()
{
    m_waiting->showCounts(m_feed->waitingByPrefix(), m_feed->waitingTotal(), m_feed->waitByPrefix());
}

void DisplayBoard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void DisplayBoard::elideHallName()
{
    m_hallName->setText(m_hallName->fontMetrics().elidedText(m_hallFullName, Qt::ElideRight, m_hallName->width()));
}

bool DisplayBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_nowPanel && event->type() == QEvent::Resize)
        fitNowCalling();
    if (watched == m_recentCalls && event->type() == QEvent::Resize)
        fitRecentRows();
    if (watched == m_hallName && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        elideHallName();
    return QWidget::eventFilter(watched, event);
}

void DisplayBoard::applyScale()
{
    m_scale = std::max(0.3, std::min(width() / 1920.0, height() / 1080.0));
    m_hallName->setFont(boardFont(px(56), true));
    m_time->setFont(boardFont(px(50), true));
    m_date->setFont(boardFont(px(26), false));
    m_offline->setFont(boardFont(px(32), true));
    m_nowTitle->setFont(boardFont(px(52), true));
    m_recallBadge->setFont(boardFont(px(46), true));
    m_nowHint->setFont(boardFont(px(52), false));
    m_recentTitle->setFont(boardFont(px(44), true));
    fitRecentRows();
    m_waiting->setScale(m_scale);
    m_notice->setFont(boardFont(px(44), false));
    m_notice->setSpeed(px(130));
    m_notice->setMinimumHeight(px(84));
    fitNowCalling();
}

void DisplayBoard::fitNowCalling()
{
    // As big as the panel allows: the call is what everyone in the hall is looking for.
    const bool message = m_nowCalling->property("state").toString() != QString();
    int size = message ? px(64) : px(190);
    const int room = std::max(100, m_nowPanel->width() - px(90));
    const QString plain = m_nowCalling->accessibleName();
    if (!m_nowCalling->wordWrap()) {
        const int needed = QFontMetrics(boardFont(size, true)).horizontalAdvance(plain);
        if (needed > room)
            size = size * room / needed;
    }
    m_nowCalling->setFont(boardFont(size, !message));
}

void DisplayBoard::fitRecentRows()
{
    // Every row visible: the font follows the row height, up to the designed size.
    const int rowHeight = m_recentCalls->height() / std::max<qsizetype>(1, m_rows.size());
    const QFont number = boardFont(std::min(px(54), rowHeight * 68 / 100), true);
    const QFont window = boardFont(std::min(px(48), rowHeight * 60 / 100), false);
    const QFont mark = boardFont(std::min(px(36), rowHeight * 46 / 100), true);
    for (const Row &row : std::as_const(m_rows)) {
        row.number->setFont(number);
        row.window->setFont(window);
        row.mark->setFont(mark);
    }
}

void DisplayBoard::onCalled()
{
    m_flashesLeft = 12;
    setFlash(true);
    m_flashTimer.start();
}

void DisplayBoard::setFlash(bool on)
{
    if (m_nowPanel->property("flash").toBool() == on)
        return;
    m_nowPanel->setProperty("flash", on);
    repolish(m_nowPanel);
}

void DisplayBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ow
