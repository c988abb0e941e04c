#include "ui/DeviceShell.h"

#include "ui/LanguageManager.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

DeviceShell::DeviceShell(Kind kind, const QString &dataDir, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_session(dataDir, m_clock)
    , m_hall(new QLabel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_clockLabel(new QLabel(this))
{
    setObjectName(kind == Kind::Kiosk ? QStringLiteral("kioskShell") : QStringLiteral("displayShell"));
    m_hall->setObjectName(QStringLiteral("deviceHall"));
    m_title->setObjectName(QStringLiteral("deviceTitle"));
    m_status->setObjectName(QStringLiteral("deviceStatus"));
    setStyleSheet(kind == Kind::Kiosk ? QStringLiteral("background:#0b4f8a; color:white;")
                                      : QStringLiteral("background:#101820; color:#f2c14e;"));
    for (QLabel *l : {m_hall, m_title, m_status, m_clockLabel}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
    }
    QFont big = font();
    big.setPointSize(40);
    big.setBold(true);
    m_title->setFont(big);
    QFont medium = font();
    medium.setPointSize(26);
    m_hall->setFont(medium);
    m_clockLabel->setFont(medium);
    QFont small = font();
    small.setPointSize(18);
    m_status->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_hall);
    layout->addWidget(m_title);
    layout->addSpacing(24);
    layout->addWidget(m_clockLabel);
    layout->addStretch();
    layout->addWidget(m_status);

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &DeviceShell::tick);
    timer->start(1000);
    connect(&m_session, &ClientSession::loginFinished, this, [this](bool ok, const QString &message) {
        m_error = ok ? QString() : message;
        retranslate();
    });
    connect(&m_session, &ClientSession::stateChanged, this, &DeviceShell::retranslate);
    retranslate();
    tick();
}

void DeviceShell::connectTo(const QUrl &server, const QString &username, const QString &password)
{
    m_session.setLanguage(LanguageManager::current());
    m_session.login(server, username, password);
}

void DeviceShell::present(bool windowed)
{
    if (windowed) {
        resize(1280, 720);
        show();
        return;
    }
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());
    showFullScreen();
}

void DeviceShell::tick()
{
    m_clockLabel->setText(QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("yyyy-MM-dd  HH:mm:ss")));
}

void DeviceShell::retranslate()
{
    const QString lang = LanguageManager::current();
    setWindowTitle(m_kind == Kind::Kiosk ? tr("OneWindow ticket kiosk") : tr("OneWindow hall display"));
    m_hall->setText(m_session.isLoggedIn() ? m_session.account().hallName.in(lang) : tr("OneWindow"));
    if (!m_session.isLoggedIn()) {
        m_title->setText(m_error.isEmpty() ? tr("Connecting to the server…") : tr("Cannot start"));
        m_status->setText(m_error);
        return;
    }
    m_title->setText(m_kind == Kind::Kiosk ? tr("Ticket kiosk ready") : tr("Hall display ready"));
    m_status->setText(tr("Device %1 · %2")
                          .arg(m_session.account().username,
                               m_session.state() == ConnectionState::Online ? tr("online") : tr("offline")));
}

void DeviceShell::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ow
