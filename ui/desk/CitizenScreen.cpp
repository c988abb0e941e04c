#include "ui/desk/CitizenScreen.h"

#include "core/client/ClientSession.h"
#include "core/client/SyncAgent.h"
#include "core/client/TellerDesk.h"
#include "core/client/api/QueueApi.h"
#include "core/domain/queue/RatingLevel.h"
#include "ui/common/LanguageManager.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

namespace {
constexpr RatingLevel kLevels[] = {RatingLevel::VerySatisfied, RatingLevel::Satisfied, RatingLevel::BasicallySatisfied,
                                   RatingLevel::Dissatisfied, RatingLevel::VeryDissatisfied};
const char *const kColours[] = {"#1e7d32", "#4caf50", "#8a6d00", "#e65100", "#b3261e"};
} // namespace

CitizenScreen::CitizenScreen(ClientSession &session, TellerDesk &desk, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_desk(desk)
    , m_photo(new QLabel(this))
    , m_teller(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_serving(new QLabel(this))
    , m_question(new QLabel(this))
    , m_thanks(new QLabel(this))
{
    setObjectName(QStringLiteral("citizenScreen"));
    m_teller->setObjectName(QStringLiteral("citizenTeller"));
    m_serving->setObjectName(QStringLiteral("citizenServing"));
    m_question->setObjectName(QStringLiteral("ratingQuestion"));
    m_thanks->setObjectName(QStringLiteral("ratingThanks"));
    setStyleSheet(QStringLiteral("QWidget#citizenScreen { background: #f4f8fb; }"));
    // The citizen never types here: keep the keyboard with the teller's window.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);

    m_photo->setFixedSize(160, 200);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setStyleSheet(QStringLiteral("background:#d9e6f2; color:#0b4f8a; border:2px solid #0b4f8a; font-size:64px;"));
    QFont f = font();
    f.setPointSize(22);
    m_teller->setFont(f);
    m_serving->setFont(f);
    m_serving->setWordWrap(true);
    m_serving->setAlignment(Qt::AlignCenter);
    m_question->setFont(f);
    m_question->setWordWrap(true);
    m_question->setAlignment(Qt::AlignCenter);
    m_thanks->setFont(f);
    m_thanks->setAlignment(Qt::AlignCenter);

    auto *ratingPage = new QWidget(this);
    auto *ratingLayout = new QVBoxLayout(ratingPage);
    ratingLayout->addWidget(m_question);
    auto *buttons = new QHBoxLayout;
    for (int i = 0; i < 5; ++i) {
        auto *b = new QPushButton(ratingPage);
        b->setObjectName(QStringLiteral("rating_") + toString(kLevels[i]));
        b->setMinimumSize(160, 120);
        QFont bf = b->font();
        bf.setPointSize(20);
        bf.setBold(true);
        b->setFont(bf);
        b->setStyleSheet(QStringLiteral("QPushButton { background:%1; color:white; border-radius:12px; }").arg(QString::fromLatin1(kColours[i])));
        connect(b, &QPushButton::clicked, this, [this, i]() { rate(i); });
        buttons->addWidget(b);
        m_levels.append(b);
    }
    ratingLayout->addLayout(buttons);

    m_pages->addWidget(m_serving);
    m_pages->addWidget(ratingPage);
    m_pages->addWidget(m_thanks);

    auto *top = new QHBoxLayout;
    top->addWidget(m_photo);
    top->addWidget(m_teller, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    connect(&m_desk, &TellerDesk::changed, this, [this]() {
        if (!m_rating)
            showCurrent();
    });
    connect(&m_desk, &TellerDesk::ticketFinished, this, &CitizenScreen::askRating);
    retranslate();
    resize(1024, 600);
}

void CitizenScreen::placeOnSecondScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        setGeometry(screens.at(1)->geometry());
        showFullScreen();
    } else {
        show();
    }
}

QString CitizenScreen::serviceName(const QString &code) const
{
    const Catalogue *c = m_session.catalogue();
    const ServiceItem *s = c ? c->service(code) : nullptr;
    return s ? s->name.in(LanguageManager::current()) : code;
}

void CitizenScreen::showCurrent()
{
    m_pages->setCurrentIndex(0);
    const auto &t = m_desk.current();
    if (!t) {
        m_serving->setText(tr("Welcome. Window %1 is at your service.").arg(m_desk.window()));
        return;
    }
    QStringList names;
    for (const TicketMatter &m : t->matters)
        names << serviceName(m.serviceCode);
    m_serving->setText(tr("Ticket %1\nIn progress: %2").arg(t->number, names.join(QStringLiteral("、"))));
}

void CitizenScreen::askRating(const Ticket &ticket)
{
    m_rating = ticket;
    m_matterIndex = 0;
    askNextMatter();
}

void CitizenScreen::askNextMatter()
{
    if (!m_rating || m_matterIndex >= m_rating->matters.size()) {
        m_rating.reset();
        m_pages->setCurrentIndex(2);
        QTimer::singleShot(5000, this, [this]() {
            if (!m_rating)
                showCurrent();
        });
        return;
    }
    m_question->setText(tr("How satisfied are you with “%1”?").arg(serviceName(m_rating->matters.at(m_matterIndex).serviceCode)));
    m_pages->setCurrentIndex(1);
}

void CitizenScreen::rate(int level)
{
    if (!m_rating || m_matterIndex >= m_rating->matters.size())
        return;
    const QString service = m_rating->matters.at(m_matterIndex).serviceCode;
    const QString number = m_rating->number;
    const RatingRequest rating{service, kLevels[level]};
    const QString levelText = toString(rating.level);
    // Through the outbox: a rating given while the network is down is sent when it is back.
    if (SyncAgent *sync = m_session.sync()) {
        QPointer<CitizenScreen> self(this);
        // A ticket issued offline has no id yet: it is rated by its number, after it in the outbox.
        const QueueWrite write = m_rating->id ? QueueApi::rateWrite(m_rating->id, rating)
                                              : QueueApi::rateByNumberWrite(m_session.account().hallCode, m_rating->serviceDay,
                                                                            m_rating->number, rating);
        (void)QueueApi::submit(*sync, write, [self, number, service, levelText](int status, const QString &) {
            if (self && status < 400)
                Q_EMIT self->rated(number, service, levelText);
        });
    }
    ++m_matterIndex;
    askNextMatter();
}

void CitizenScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CitizenScreen::retranslate()
{
    setWindowTitle(tr("OneWindow — citizen screen"));
    m_photo->setText(QStringLiteral("👤"));
    if (m_session.isLoggedIn()) {
        const Account &a = m_session.account();
        m_teller->setText(tr("Serving you: %1\nStaff number: %2\n%3")
                              .arg(a.name.in(LanguageManager::current()), a.staffNo, a.hallName.in(LanguageManager::current())));
    }
    for (int i = 0; i < m_levels.size(); ++i)
        m_levels[i]->setText(ratingLevelText(kLevels[i]));
    m_thanks->setText(tr("Thank you for your rating!"));
    if (m_rating)
        askNextMatter();
    else
        showCurrent();
}

} // namespace ow
