#include "ui/desk/performance/PerformancePage.h"

#include "core/client/ClientSession.h"
#include "core/client/PerformanceClient.h"
#include "core/client/PerformanceDrillDown.h"
#include "core/domain/reports/ReportScope.h"
#include "core/domain/util/Clock.h"
#include "ui/desk/performance/AssessmentDialog.h"
#include "ui/desk/performance/DrillDownPanel.h"
#include "ui/desk/performance/PerformanceCharts.h"
#include "ui/desk/performance/PerformanceText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ow {

namespace {

// The figures at a glance, in this order.
const char *const kCards[] = {"cardIssued", "cardServed", "cardWaitMean", "cardWithinPromise", "cardSatisfaction", "cardBadReviews"};

int depthOf(const Hall &hall, const QList<Hall> &halls)
{
    int depth = 0;
    QString parent = hall.parentCode;
    while (!parent.isEmpty() && depth < 8) {
        const auto it = std::find_if(halls.begin(), halls.end(), [&parent](const Hall &h) { return h.code == parent; });
        if (it == halls.end())
            break;
        parent = it->parentCode;
        ++depth;
    }
    return depth;
}

} // namespace

PerformancePage::PerformancePage(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_client(new PerformanceClient(session.api(), this))
    , m_drill(new PerformanceDrillDown(session.api(), this))
    , m_hallLabel(new QLabel(this))
    , m_hall(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_refresh(new QPushButton(this))
    , m_assessmentButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_charts(new PerformanceCharts(this))
    , m_drillPanel(new DrillDownPanel(*m_drill, this))
{
    setObjectName(QStringLiteral("performancePage"));
    m_hall->setObjectName(QStringLiteral("performanceHall"));
    m_period->setObjectName(QStringLiteral("performancePeriod"));
    m_from->setObjectName(QStringLiteral("performanceFrom"));
    m_to->setObjectName(QStringLiteral("performanceTo"));
    m_refresh->setObjectName(QStringLiteral("performanceRefresh"));
    m_assessmentButton->setObjectName(QStringLiteral("performanceAssessment"));
    m_status->setObjectName(QStringLiteral("performanceStatus"));
    m_sections->setObjectName(QStringLiteral("performanceSections"));
    m_hallLabel->setBuddy(m_hall);
    m_periodLabel->setBuddy(m_period);
    m_hall->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    for (int i = 0; i <= static_cast<int>(Period::Custom); ++i)
        m_period->addItem(QString(), i);
    m_status->setStyleSheet(QStringLiteral("color: #616161;"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_hallLabel);
    controls->addWidget(m_hall);
    controls->addSpacing(16);
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_period);
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(QStringLiteral("—"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_refresh);
    controls->addSpacing(16);
    controls->addWidget(m_assessmentButton);
    controls->addStretch(1);
    controls->addWidget(m_status);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    for (const char *name : kCards) {
        auto *card = new QFrame(this);
        card->setObjectName(QString::fromLatin1(name) + QStringLiteral("Frame"));
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(QStringLiteral("QFrame#%1Frame { background: #f5f8fc; border: 1px solid #d5dde8; border-radius: 6px; }")
                                .arg(QLatin1String(name)));
        auto *value = new QLabel(card);
        value->setObjectName(QString::fromLatin1(name));
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.9);
        f.setBold(true);
        value->setFont(f);
        value->setStyleSheet(QStringLiteral("color: #1f4e79; background: transparent; border: none;"));
        auto *caption = new QLabel(card);
        caption->setStyleSheet(QStringLiteral("color: #546e7a; background: transparent; border: none;"));
        auto *l = new QVBoxLayout(card);
        l->setContentsMargins(14, 8, 14, 8);
        l->addWidget(caption);
        l->addWidget(value);
        cards->addWidget(card, 1);
        m_cardValues << value;
        m_cardCaptions << caption;
    }

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("performanceChartsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_charts);
    m_sections->addTab(scroll, QString());
    m_sections->addTab(m_drillPanel, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(cards);
    layout->addWidget(m_sections, 1);

    connect(m_client, &PerformanceClient::loaded, this, &PerformancePage::onLoaded);
    connect(m_client, &PerformanceClient::failed, m_status, &QLabel::setText);
    connect(&m_session, &ClientSession::hallsChanged, this, &PerformancePage::fillHalls);
    connect(m_refresh, &QPushButton::clicked, this, &PerformancePage::reload);
    connect(m_assessmentButton, &QPushButton::clicked, this, &PerformancePage::openAssessment);
    connect(m_hall, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_quiet) {
            applyPeriod();
            reload();
        }
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_quiet) {
            applyPeriod();
            reload();
        }
    });
    for (QDateEdit *d : {m_from, m_to}) {
        connect(d, &QDateEdit::editingFinished, this, [this] {
            if (m_quiet)
                return;
            m_quiet = true;
            m_period->setCurrentIndex(static_cast<int>(Period::Custom));
            m_quiet = false;
            reload();
        });
    }
    fillHalls();
    m_quiet = true;
    m_period->setCurrentIndex(static_cast<int>(Period::Today));
    m_quiet = false;
    applyPeriod();
    retranslate();
}

QString PerformancePage::hallCode() const
{
    return m_hall->currentData().toString();
}

void PerformancePage::fillHalls()
{
    if (!m_session.isLoggedIn())
        return;
    const QList<Hall> &halls = m_session.halls();
    m_drillPanel->setHalls(halls);
    const QString current = hallCode();
    QList<Hall> mine;
    if (auto scope = ReportScope::of(m_session.account(), halls)) {
        if (auto selected = scope.value().select(m_session.account().hallCode))
            mine = selected.value();
    }
    m_quiet = true;
    m_hall->clear();
    for (const Hall &h : std::as_const(mine)) {
        const QString indent(depthOf(h, halls) * 2, QChar(0x3000)); // ideographic spaces
        m_hall->addItem(indent + PerformanceText::name(h.name), h.code);
    }
    const int again = m_hall->findData(current.isEmpty() ? m_session.account().hallCode : current);
    m_hall->setCurrentIndex(std::max(0, again));
    m_quiet = false;
    // Shown before the halls were known: load now.
    if (isVisible() && !m_loadedOnce && !hallCode().isEmpty()) {
        applyPeriod();
        reload();
    }
}

QDate PerformancePage::today() const
{
    const QDateTime now = m_session.clock().now();
    for (const Hall &h : m_session.halls()) {
        if (h.code == hallCode())
            return serviceDay(h, now);
    }
    return now.toLocalTime().date();
}

void PerformancePage::applyPeriod()
{
    const QDate day = today();
    QDate from = day;
    QDate to = day;
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::Today:
        break;
    case Period::Yesterday:
        from = to = day.addDays(-1);
        break;
    case Period::ThisWeek:
        from = day.addDays(1 - day.dayOfWeek());
        break;
    case Period::ThisMonth:
        from = QDate(day.year(), day.month(), 1);
        break;
    case Period::Last30Days:
        from = day.addDays(1 - PerformanceClient::kTrendDays);
        break;
    case Period::Custom:
        return;
    }
    m_quiet = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_quiet = false;
}

void PerformancePage::show(const QString &hall, const QDate &from, const QDate &to)
{
    m_quiet = true;
    m_hall->setCurrentIndex(std::max(0, m_hall->findData(hall)));
    m_period->setCurrentIndex(static_cast<int>(Period::Custom));
    m_from->setDate(from);
    m_to->setDate(to);
    m_quiet = false;
    reload();
}

void PerformancePage::reload()
{
    const QString hall = hallCode();
    if (hall.isEmpty())
        return;
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from)
        std::swap(from, to);
    m_loadedOnce = true;
    m_status->setText(tr("Loading…"));
    m_client->load(hall, from, to);
    LocalizedName name;
    for (const Hall &h : m_session.halls()) {
        if (h.code == hall)
            name = h.name;
    }
    m_drill->start(hall, name, from, to);
}

void PerformancePage::openAssessment()
{
    const QString hall = hallCode();
    if (hall.isEmpty())
        return;
    if (!m_assessment)
        m_assessment = new AssessmentDialog(m_session, this);
    LocalizedName name;
    for (const Hall &h : m_session.halls()) {
        if (h.code == hall)
            name = h.name;
    }
    // The month the chosen days end in; the current month at the latest.
    m_assessment->start(hall, name, std::min(m_to->date(), today()), today());
    m_assessment->open();
}

void PerformancePage::onLoaded()
{
    const QueueFigures &f = m_client->byHall().total;
    const QStringList values{PerformanceText::count(f.issued),
                             PerformanceText::count(f.served),
                             PerformanceText::duration(f.waitMean),
                             PerformanceText::percent(f.withinPromiseShare),
                             PerformanceText::percent(f.satisfaction),
                             tr("%1 (%2 being rectified)").arg(f.badReviews).arg(f.rectificationsOpen)};
    for (qsizetype i = 0; i < m_cardValues.size(); ++i)
        m_cardValues.at(i)->setText(values.value(i));
    m_charts->show(*m_client);
    m_status->setText(tr("As of %1").arg(QLocale().toString(m_client->byHall().generatedAt.toLocalTime().time(), QLocale::ShortFormat)));
}

void PerformancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void PerformancePage::retranslate()
{
    m_hallLabel->setText(tr("Hall:"));
    m_periodLabel->setText(tr("Period:"));
    const QStringList periods{tr("Today"), tr("Yesterday"), tr("This week"), tr("This month"), tr("Last 30 days"), tr("Chosen days")};
    for (int i = 0; i < m_period->count(); ++i)
        m_period->setItemText(i, periods.value(i));
    m_refresh->setText(tr("Refresh"));
    m_assessmentButton->setText(tr("Monthly assessment report…"));
    const QStringList captions{tr("Tickets issued"), tr("Served"), tr("Mean wait"), tr("Called within the promise"), tr("Satisfaction"),
                               tr("Bad reviews")};
    for (qsizetype i = 0; i < m_cardCaptions.size(); ++i)
        m_cardCaptions.at(i)->setText(captions.value(i));
    m_sections->setTabText(0, tr("Charts"));
    m_sections->setTabText(1, tr("Ranking and details"));
    if (!m_client->isLoading() && m_loadedOnce)
        onLoaded();
}

void PerformancePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillHalls();
    }
    QWidget::changeEvent(event);
}

} // namespace ow
