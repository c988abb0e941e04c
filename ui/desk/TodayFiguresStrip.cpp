#include "ui/desk/TodayFiguresStrip.h"

#include "core/client/HallTodayFigures.h"
#include "ui/desk/performance/PerformanceText.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace ow {

namespace {
QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(PerformanceText::dash(), parent);
    l->setObjectName(QString::fromLatin1(name));
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    l->setFont(f);
    l->setAlignment(Qt::AlignCenter);
    return l;
}

QLabel *captionLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setAlignment(Qt::AlignCenter);
    return l;
}
} // namespace

TodayFiguresStrip::TodayFiguresStrip(HallTodayFigures &figures, QWidget *parent)
    : QWidget(parent)
    , m_figures(figures)
    , m_servedCaption(captionLabel(this))
    , m_waitCaption(captionLabel(this))
    , m_promiseCaption(captionLabel(this))
    , m_satisfactionCaption(captionLabel(this))
    , m_served(valueLabel(this, "todayServed"))
    , m_wait(valueLabel(this, "todayWaitMean"))
    , m_promise(valueLabel(this, "todayWithinPromise"))
    , m_satisfaction(valueLabel(this, "todaySatisfaction"))
{
    setObjectName(QStringLiteral("todayFigures"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<QLabel *, QLabel *>> cells{
        {m_servedCaption, m_served}, {m_waitCaption, m_wait}, {m_promiseCaption, m_promise}, {m_satisfactionCaption, m_satisfaction}};
    for (int i = 0; i < cells.size(); ++i) {
        grid->addWidget(cells.at(i).first, 0, i);
        grid->addWidget(cells.at(i).second, 1, i);
    }
    connect(&m_figures, &HallTodayFigures::changed, this, &TodayFiguresStrip::redraw);
    retranslate();
}

void TodayFiguresStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TodayFiguresStrip::retranslate()
{
    m_servedCaption->setText(tr("Served today"));
    m_waitCaption->setText(tr("Mean wait"));
    m_promiseCaption->setText(tr("Called within the promise"));
    m_satisfactionCaption->setText(tr("Satisfaction"));
    redraw();
}

void TodayFiguresStrip::redraw()
{
    if (!m_figures.isLoaded())
        return; // "—" until the first answer
    const QueueFigures &f = m_figures.figures();
    m_served->setText(PerformanceText::count(f.served));
    m_wait->setText(PerformanceText::duration(f.waitMean));
    m_promise->setText(PerformanceText::percent(f.withinPromiseShare));
    m_satisfaction->setText(PerformanceText::percent(f.satisfaction));
}

} // namespace ow
