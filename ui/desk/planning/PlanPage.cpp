#include "ui/desk/planning/PlanPage.h"

#include "core/client/AdminClient.h"
#include "core/client/ClientSession.h"
#include "core/client/api/PlanningApi.h"
#include "core/domain/catalogue/Catalogue.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/planning/PromiseRiskModel.h"
#include "ui/desk/planning/StaffingPlanModel.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

constexpr int kRefreshMs = 30 * 1000;
constexpr int kDebounceMs = 800;

QTableView *plainTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    return t;
}

} // namespace

PlanPage::PlanPage(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_hall(session.isLoggedIn() ? session.account().hallCode : QString())
    , m_risks(new PromiseRiskModel(this))
    , m_plan(new StaffingPlanModel(this))
    , m_nowBox(new QGroupBox(this))
    , m_summary(new QLabel(this))
    , m_adviceText(new QLabel(this))
    , m_openButtons(new QHBoxLayout)
    , m_closeText(new QLabel(this))
    , m_riskTable(plainTable(this, QStringLiteral("promiseRisks")))
    , m_planBox(new QGroupBox(this))
    , m_span(new QComboBox(this))
    , m_reload(new QPushButton(this))
    , m_basis(new QLabel(this))
    , m_planTable(plainTable(this, QStringLiteral("staffingPlan")))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("planPage"));
    m_summary->setObjectName(QStringLiteral("promiseSummary"));
    m_adviceText->setObjectName(QStringLiteral("tidalAdvice"));
    m_closeText->setObjectName(QStringLiteral("tidalClose"));
    m_span->setObjectName(QStringLiteral("planSpan"));
    m_basis->setObjectName(QStringLiteral("planBasis"));
    m_status->setObjectName(QStringLiteral("planStatus"));
    for (QLabel *l : {m_summary, m_adviceText, m_closeText, m_basis})
        l->setWordWrap(true);
    m_summary->setMargin(8);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_summary->setFont(big);
    m_span->addItem(QString(), 1);
    m_span->addItem(QString(), 7);

    m_riskTable->setModel(m_risks);
    m_riskTable->verticalHeader()->hide();
    m_riskTable->horizontalHeader()->setSectionResizeMode(PromiseRiskModel::MattersColumn, QHeaderView::Stretch);
    for (int c : {PromiseRiskModel::NumberColumn, PromiseRiskModel::IssuedColumn, PromiseRiskModel::CallColumn,
                  PromiseRiskModel::WaitColumn, PromiseRiskModel::StateColumn})
        m_riskTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_planTable->setModel(m_plan);
    m_planTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_planTable->verticalHeader()->setDefaultSectionSize(22);

    auto *now = new QVBoxLayout(m_nowBox);
    now->addWidget(m_summary);
    auto *adviceRow = new QHBoxLayout;
    adviceRow->addWidget(m_adviceText, 1);
    adviceRow->addLayout(m_openButtons);
    now->addLayout(adviceRow);
    now->addWidget(m_closeText);
    now->addWidget(m_riskTable, 1);

    auto *plan = new QVBoxLayout(m_planBox);
    auto *planTop = new QHBoxLayout;
    planTop->addWidget(m_basis, 1);
    planTop->addWidget(m_span, 0, Qt::AlignTop);
    planTop->addWidget(m_reload, 0, Qt::AlignTop);
    plan->addLayout(planTop);
    plan->addWidget(m_planTable, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nowBox, 4);
    layout->addWidget(m_planBox, 5);
    layout->addWidget(m_status);

    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &PlanPage::reloadAdvice);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PlanPage::reloadAdvice);
    connect(m_span, &QComboBox::currentIndexChanged, this, &PlanPage::reloadPlan);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        reloadAdvice();
        reloadPlan();
    });
    retranslate();
}

void PlanPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_unseen) {
        m_unseen = 0;
        Q_EMIT unseenChanged(0);
    }
    reloadAdvice(); // what happened while the page was hidden
    if (!m_loadedOnce)
        reloadPlan();
    m_refresh.start();
}

void PlanPage::hideEvent(QHideEvent *event)
{
    m_refresh.stop();
    QWidget::hideEvent(event);
}

void PlanPage::hallEvent(const HallEvent &event)
{
    if (event.atRisk && !isVisible()) {
        ++m_unseen;
        Q_EMIT unseenChanged(m_unseen);
    }
    if (!event.snapshot && isVisible())
        m_debounce.start(); // a hidden page asks when it is shown
}

void PlanPage::reloadAdvice()
{
    QPointer<PlanPage> self(this);
    PlanningApi(m_session.api()).advice(m_hall, [self](Result<HallAdvice> answer) {
        if (!self)
            return;
        if (!answer) {
            self->m_status->setText(errorText(answer.error()));
        } else {
            self->m_advice = answer.value();
            self->m_haveAdvice = true;
            self->showAdvice();
        }
        Q_EMIT self->adviceLoaded();
    });
}

void PlanPage::reloadPlan()
{
    m_loadedOnce = true;
    QPointer<PlanPage> self(this);
    PlanningApi(m_session.api()).staffing(m_hall, {}, m_span->currentData().toInt(), [self](Result<HallStaffingPlan> answer) {
        if (!self)
            return;
        if (!answer) {
            self->m_status->setText(errorText(answer.error()));
        } else {
            self->m_plan->setPlan(answer.value());
            self->showPlanBasis();
        }
        Q_EMIT self->planLoaded();
    });
}

void PlanPage::openTidal(int window)
{
    for (const TidalOpening &o : std::as_const(m_advice.open)) {
        if (o.window != window)
            continue;
        m_status->setText(tr("Opening window %1…").arg(window));
        QPointer<PlanPage> self(this);
        PlanningApi(m_session.api()).openTidal(m_hall, o, [self, window](Result<WindowStateResult> r) {
            if (!self)
                return;
            if (!r) {
                self->m_status->setText(tr("Window %1 was not opened: %2").arg(window).arg(r.error().detail));
                return;
            }
            self->m_status->setText(tr("Window %1 is open. Ask a colleague to take it.").arg(window));
            Q_EMIT self->tidalOpened(window);
            self->reloadAdvice();
        });
        return;
    }
}

QString PlanPage::profileText(const TidalOpening &o) const
{
    if (o.kind == WindowKind::Comprehensive)
        return tr("comprehensive");
    const bool zh = LanguageManager::current().startsWith(QLatin1String("zh"));
    QStringList names;
    for (const QString &code : o.categories) {
        const Category *c = m_session.catalogue() ? m_session.catalogue()->category(code) : nullptr;
        names << (c ? (zh ? c->name.zh : c->name.en) : code);
    }
    return tr("dedicated to %1").arg(names.join(zh ? QStringLiteral("、") : QStringLiteral(", ")));
}

QString PlanPage::summary() const
{
    return m_summary->text();
}

QString PlanPage::status() const
{
    return m_status->text();
}

void PlanPage::showAdvice()
{
    const HallAdvice &a = m_advice;
    const QTimeZone named(a.timeZone.toUtf8());
    const QTimeZone zone = named.isValid() ? named : QTimeZone::systemTimeZone();
    m_risks->setTickets(a.atRisk, zone, m_session.catalogue());
    const int breaking = a.breaking();
    const int close = int(a.atRisk.size()) - breaking;
    QString text = tr("%n waiting, ", nullptr, a.waiting) + tr("%n window(s) open. ", nullptr, a.openWindows);
    QString colour;
    if (breaking > 0) {
        text += tr("%n ticket(s) will wait past the %1-minute promise.", nullptr, breaking).arg(a.promiseMinutes);
        colour = QStringLiteral("#ffcdd2");
    } else if (close > 0) {
        text += tr("%n ticket(s) close to the %1-minute promise.", nullptr, close).arg(a.promiseMinutes);
        colour = QStringLiteral("#ffe0b2");
    } else {
        text += tr("Everybody is projected to be called within %1 minutes.").arg(a.promiseMinutes);
        colour = QStringLiteral("#c8e6c9");
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(QStringLiteral("QLabel { background: %1; border-radius: 4px; }").arg(colour));

    // One button per window to open.
    while (QLayoutItem *item = m_openButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (a.open.isEmpty()) {
        m_adviceText->setText(breaking > 0 ? tr("No closed window is left to open: consider moving tickets or calling colleagues back from a break.")
                                           : tr("No tidal window is needed now."));
    } else {
        QStringList windows;
        for (const TidalOpening &o : a.open) {
            windows << tr("window %1 (%2)").arg(o.window).arg(profileText(o));
            auto *button = new QPushButton(tr("Open window %1").arg(o.window), this);
            button->setObjectName(QStringLiteral("openTidal%1").arg(o.window));
            connect(button, &QPushButton::clicked, this, [this, n = o.window] { openTidal(n); });
            m_openButtons->addWidget(button);
        }
        QString advice = tr("Open now as tidal windows: %1.").arg(windows.join(tr(", ")));
        // Sentences follow each other with a space in English, without one in Chinese.
        const QString gap = LanguageManager::current().startsWith(QLatin1String("zh")) ? QString() : QStringLiteral(" ");
        if (a.openUntil.isValid())
            advice += gap + tr("The forecast needs them until %1.").arg(a.openUntil.toTimeZone(zone).toString(QStringLiteral("HH:mm")));
        else
            advice += gap + tr("Close them again when the line is back within the promise.");
        m_adviceText->setText(advice);
    }
    QStringList closable;
    for (int w : a.mayClose)
        closable << QString::number(w);
    m_closeText->setVisible(!closable.isEmpty());
    m_closeText->setText(tr("Window %1 is idle and the line keeps well within the promise without it: it may close.").arg(closable.join(tr(", "))));
    m_status->setText(tr("Projected at %1.").arg(a.at.toTimeZone(zone).toString(QStringLiteral("HH:mm:ss"))));
}

void PlanPage::showPlanBasis()
{
    const HallStaffingPlan &p = m_plan->plan();
    QStringList parts;
    if (p.days.isEmpty() || std::all_of(p.days.begin(), p.days.end(), [](const StaffingDay &d) { return d.slots.isEmpty(); })) {
        m_basis->setText(tr("No history to forecast from yet: the plan appears once the hall has issued tickets for a few weeks."));
        return;
    }
    parts << tr("Windows needed each half-hour so that at most %1% wait past the %2-minute promise (Erlang C).")
                 .arg(QLocale().toString(p.target * 100, 'f', 0))
                 .arg(p.promiseMinutes);
    parts << (p.handlingBasis == QLatin1String("history")
                  ? tr("Mean handling time %1 min, from %n finished ticket(s) of this hall.", nullptr, p.handlingSamples)
                        .arg(QLocale().toString(p.handlingSeconds / 60.0, 'f', 1))
                  : tr("Mean handling time %1 min, from the catalogue's standard times.").arg(QLocale().toString(p.handlingSeconds / 60.0, 'f', 1)));
    if (p.forecastError) {
        parts << tr("Forecast error on a held-out week: %1% a day, %2% a half-hour.")
                     .arg(QLocale().toString(p.forecastError->mapeDaily * 100, 'f', 1))
                     .arg(QLocale().toString(p.forecastError->wapeHalfHour * 100, 'f', 1));
    }
    QStringList days;
    for (const StaffingDay &d : p.days) {
        if (!d.slots.isEmpty())
            days << tr("%1: peak %2, %3 staff-hours").arg(QLocale().toString(d.date, QStringLiteral("MM-dd ddd"))).arg(d.peakWindows).arg(QLocale().toString(d.staffHours, 'f', 1));
    }
    parts << days.join(tr("; "));
    m_basis->setText(parts.join(QLatin1Char('\n')));
}

void PlanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanPage::retranslate()
{
    m_nowBox->setTitle(tr("Now: the line against the promise"));
    m_planBox->setTitle(tr("Staffing plan: windows needed"));
    m_span->setItemText(0, tr("Tomorrow"));
    m_span->setItemText(1, tr("Coming 7 days"));
    m_reload->setText(tr("Refresh"));
    m_risks->retranslate();
    m_plan->retranslate();
    if (m_haveAdvice)
        showAdvice();
    else
        m_summary->setText(tr("Loading…"));
    if (!m_plan->plan().hall.isEmpty())
        showPlanBasis();
}

} // namespace ow
