#include "ui/desk/performance/MyFiguresPage.h"

#include "core/client/AdminClient.h"
#include "core/client/ClientSession.h"
#include "core/client/api/ReportApi.h"
#include "core/domain/util/Clock.h"
#include "ui/desk/performance/MyFiguresModel.h"
#include "ui/desk/performance/PerformanceCharts.h"
#include "ui/desk/performance/PerformanceText.h"

#include <QChartView>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

// The figures at a glance, in this order.
const char *const kCards[] = {"myServedToday", "myHandlingToday", "myServedMonth", "mySatisfactionMonth"};

} // namespace

MyFiguresPage::MyFiguresPage(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_api(std::make_unique<ReportApi>(session.api()))
    , m_title(new QLabel(this))
    , m_ratings(new QChartView(this))
    , m_refresh(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new MyFiguresModel(this))
{
    setObjectName(QStringLiteral("myFiguresPage"));
    m_title->setObjectName(QStringLiteral("myFiguresTitle"));
    m_refresh->setObjectName(QStringLiteral("myFiguresRefresh"));
    m_status->setObjectName(QStringLiteral("myFiguresStatus"));
    m_table->setObjectName(QStringLiteral("myFiguresTable"));
    m_ratings->setObjectName(QStringLiteral("myRatingsChart"));
    m_ratings->setRenderHint(QPainter::Antialiasing);
    m_ratings->setMinimumSize(420, 360);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_status->setStyleSheet(QStringLiteral("color: #616161;"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As tall as its rows: a sheet of figures, not a list to scroll.
    const int rowHeight = m_table->fontMetrics().height() + 14;
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rowHeight * m_model->rowCount() + 2 * m_table->frameWidth());

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_status);
    top->addWidget(m_refresh);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    for (const char *name : kCards) {
        auto *frame = new QFrame(this);
        frame->setObjectName(QString::fromLatin1(name) + QStringLiteral("Frame"));
        frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: #f5f8fc; border: 1px solid #d5dde8; border-radius: 6px; }").arg(frame->objectName()));
        auto *caption = new QLabel(frame);
        caption->setStyleSheet(QStringLiteral("color: #546e7a; background: transparent; border: none;"));
        auto *value = new QLabel(frame);
        value->setObjectName(QString::fromLatin1(name));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 2.0);
        big.setBold(true);
        value->setFont(big);
        value->setStyleSheet(QStringLiteral("color: #1f4e79; background: transparent; border: none;"));
        auto *l = new QVBoxLayout(frame);
        l->setContentsMargins(16, 10, 16, 10);
        l->addWidget(caption);
        l->addWidget(value);
        cards->addWidget(frame, 1);
        m_cardValues << value;
        m_cardCaptions << caption;
    }
    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(m_table, 3, Qt::AlignTop);
    body->addWidget(m_ratings, 2, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(cards);
    layout->addLayout(body);
    layout->addStretch(1);

    connect(m_refresh, &QPushButton::clicked, this, &MyFiguresPage::reload);
    // "Today" is the hall's service day, which needs the hall's time zone (the machine's date is
    // another day for hours where the two zones differ): nothing is asked before the halls are known.
    connect(&m_session, &ClientSession::hallsChanged, this, [this] {
        if (m_loadedOnce && (!m_today.from.isValid() || m_today.from != hallToday()))
            reload();
    });
    retranslate();
    redraw();
}

MyFiguresPage::~MyFiguresPage() = default;

void MyFiguresPage::reload()
{
    if (!m_session.isLoggedIn())
        return;
    m_loadedOnce = true;
    const std::optional<QDate> today = hallToday();
    if (!today) {
        m_status->setText(tr("Loading…"));
        return; // asked again when the halls arrive
    }
    const QDate day = *today;
    const int generation = ++m_generation;
    m_pending = 2;
    m_status->setText(tr("Loading…"));
    const auto done = [self = QPointer(this), generation](QueueReport MyFiguresPage::*slot) {
        return [self, generation, slot](Result<QueueReport> r) {
            if (!self || generation != self->m_generation)
                return;
            --self->m_pending;
            if (!r) {
                self->m_status->setText(errorText(r.error()));
                return;
            }
            self->*slot = std::move(r).value();
            if (self->m_pending == 0) {
                self->m_status->setText(tr("As of %1").arg(QLocale().toString(self->m_today.generatedAt.toLocalTime().time(), QLocale::ShortFormat)));
                self->redraw();
                Q_EMIT self->loaded();
            }
        };
    };
    m_api->mine(day, day, done(&MyFiguresPage::m_today));
    m_api->mine(QDate(day.year(), day.month(), 1), day, done(&MyFiguresPage::m_month));
}

std::optional<QDate> MyFiguresPage::hallToday() const
{
    // The server counts service days at the hall.
    for (const Hall &h : m_session.halls()) {
        if (h.code == m_session.account().hallCode)
            return serviceDay(h, m_session.clock().now());
    }
    return std::nullopt;
}

void MyFiguresPage::redraw()
{
    m_model->setFigures(m_today.total, m_month.total);
    const QStringList values{PerformanceText::count(m_today.total.served), PerformanceText::duration(m_today.total.handlingMean),
                             PerformanceText::count(m_month.total.served), PerformanceText::percent(m_month.total.satisfaction)};
    for (qsizetype i = 0; i < m_cardValues.size(); ++i)
        m_cardValues.at(i)->setText(values.value(i));
    PerformanceCharts::drawRatings(m_ratings, m_month.total, tr("My ratings this month (satisfaction %1)").arg(PerformanceText::percent(m_month.total.satisfaction)));
}

void MyFiguresPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void MyFiguresPage::retranslate()
{
    const QString name = m_session.isLoggedIn() ? PerformanceText::name(m_session.account().name) : QString();
    m_title->setText(tr("My figures · %1").arg(name));
    const QStringList captions{tr("Served today"), tr("Mean handling today"), tr("Served this month"), tr("Satisfaction this month")};
    for (qsizetype i = 0; i < m_cardCaptions.size(); ++i)
        m_cardCaptions.at(i)->setText(captions.value(i));
    m_refresh->setText(tr("Refresh"));
}

void MyFiguresPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        redraw();
    }
    QWidget::changeEvent(event);
}

} // namespace ow
