#include "ui/desk/performance/PerformanceCharts.h"

#include "core/client/PerformanceClient.h"
#include "ui/desk/performance/PerformanceText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace ow {

namespace {

const QColor kBlue(0x1f, 0x6f, 0xb2);
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kOrange(0xef, 0x6c, 0x00);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kGrey(0x75, 0x75, 0x75);

QChartView *makeView(QWidget *parent, const char *name)
{
    auto *view = new QChartView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    return view;
}

// A new chart in the house style, put in `view` (the old one deleted).
QChart *freshChart(QChartView *view, const QString &title)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setPointSizeF(11.5);
    f.setBold(true);
    chart->setTitleFont(f);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(legend.pointSizeF() * 0.9);
    chart->legend()->setFont(legend);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->setBackgroundRoundness(6);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

// An axis of counts from 0 with a little room above the highest.
QValueAxis *countAxis(double highest, const QString &title = {})
{
    auto *axis = new QValueAxis;
    const double top = std::max(4.0, std::ceil(highest * 1.15));
    axis->setRange(0, top);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    axis->setTitleText(title);
    return axis;
}

QBarSet *barSet(const QString &label, const char *name, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setObjectName(QString::fromLatin1(name));
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

} // namespace

PerformanceCharts::PerformanceCharts(QWidget *parent)
    : QWidget(parent)
    , m_compareLabel(new QLabel(this))
    , m_compare(new QComboBox(this))
    , m_hourly(makeView(this, "hourlyChart"))
    , m_histogram(makeView(this, "waitHistogramChart"))
    , m_windows(makeView(this, "windowChart"))
    , m_tellers(makeView(this, "tellerChart"))
    , m_ratings(makeView(this, "ratingsChart"))
    , m_trend(makeView(this, "trendChart"))
{
    setObjectName(QStringLiteral("performanceCharts"));
    m_compare->setObjectName(QStringLiteral("compareFigure"));
    m_compareLabel->setBuddy(m_compare);
    for (int i = 0; i < 3; ++i)
        m_compare->addItem(QString(), i);
    auto *compareRow = new QHBoxLayout;
    compareRow->addStretch(1);
    compareRow->addWidget(m_compareLabel);
    compareRow->addWidget(m_compare);
    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    grid->addWidget(m_hourly, 0, 0);
    grid->addWidget(m_histogram, 0, 1);
    grid->addWidget(m_ratings, 0, 2);
    grid->addLayout(compareRow, 1, 0, 1, 3);
    grid->addWidget(m_windows, 2, 0);
    grid->addWidget(m_tellers, 2, 1);
    grid->addWidget(m_trend, 2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        if (m_data) {
            drawStaff(m_windows, m_data->windows(), true);
            drawStaff(m_tellers, m_data->tellers(), false);
        }
    });
    retranslate();
}

PerformanceCharts::Compare PerformanceCharts::compare() const
{
    return static_cast<Compare>(std::max(0, m_compare->currentIndex()));
}

void PerformanceCharts::setCompare(Compare compare)
{
    m_compare->setCurrentIndex(static_cast<int>(compare));
}

void PerformanceCharts::show(const PerformanceClient &data)
{
    m_data = &data;
    redraw();
}

void PerformanceCharts::redraw()
{
    if (!m_data)
        return;
    drawHourly();
    drawHistogram();
    drawStaff(m_windows, m_data->windows(), true);
    drawStaff(m_tellers, m_data->tellers(), false);
    drawRatings();
    drawTrend();
}

void PerformanceCharts::drawHourly()
{
    const QList<int> &today = m_data->issuedByHour();
    const QList<double> &usual = m_data->usualByHour();
    // Opening hours at least (8 to 18), wider when tickets came earlier or later.
    int first = 8;
    int last = 18;
    for (int h = 0; h < 24; ++h) {
        if (today.value(h) > 0 || usual.value(h) > 0) {
            first = std::min(first, h);
            last = std::max(last, h);
        }
    }
    QChart *chart = freshChart(m_hourly, tr("Tickets issued by hour, %1").arg(QLocale().toString(m_data->to(), QLocale::LongFormat)));
    auto *bars = new QBarSeries;
    bars->setObjectName(QStringLiteral("hourToday"));
    bars->setName(tr("Issued that day"));
    QBarSet *set = barSet(tr("Issued that day"), "hourTodaySet", kBlue);
    auto *line = new QLineSeries;
    line->setObjectName(QStringLiteral("hourUsual"));
    line->setName(tr("Mean of the same weekday, last %n weeks", nullptr, PerformanceClient::kWeeksBack));
    QPen pen(kOrange);
    pen.setWidthF(2.5);
    line->setPen(pen);
    line->setPointsVisible(true);
    QStringList hours;
    double highest = 0;
    for (int h = first; h <= last; ++h) {
        hours << QString::number(h); // the unit is in the axis title: "9时" would not fit 24 bars
        *set << today.value(h);
        line->append(h - first, usual.value(h));
        highest = std::max({highest, double(today.value(h)), usual.value(h)});
    }
    bars->append(set);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    chart->addSeries(line);
    auto *x = new QBarCategoryAxis;
    x->append(hours);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    x->setTitleText(tr("Hour of issue"));
    auto *y = countAxis(highest); // no title: Qt Charts elides an upright axis's title to "⋮" at this size
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(line)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void PerformanceCharts::drawHistogram()
{
    const QList<WaitBin> &bins = m_data->byHall().waitHistogram;
    const int promise = m_data->promiseMinutes();
    QChart *chart = freshChart(m_histogram, tr("Waiting time (promise: %n minute(s))", nullptr, promise));
    auto *bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("waitBars"));
    QBarSet *within = barSet(tr("Called within the promise"), "waitWithinPromise", kGreen);
    QBarSet *beyond = barSet(tr("Called beyond the promise"), "waitBeyondPromise", kOrange);
    QStringList labels;
    double highest = 0;
    for (const WaitBin &b : bins) {
        const bool inTime = b.toSeconds && *b.toSeconds <= qint64(promise) * 60;
        *within << (inTime ? b.count : 0);
        *beyond << (inTime ? 0 : b.count);
        // Each bar by where it starts; the last one open.
        labels << (b.toSeconds ? QString::number(b.fromSeconds / 60) : QStringLiteral("%1+").arg(b.fromSeconds / 60));
        highest = std::max(highest, double(b.count));
    }
    bars->append(within);
    bars->append(beyond);
    bars->setBarWidth(0.85);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setTitleText(tr("Minutes from issue to first call"));
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    auto *y = countAxis(highest); // no title: Qt Charts elides an upright axis's title to "⋮" at this size
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    // The promise as a dashed line on the bars' edge: bar i spans i…i+1 of a hidden axis.
    auto *marker = new QLineSeries;
    marker->setObjectName(QStringLiteral("promiseMarker"));
    marker->setName(tr("Promise: %n minute(s)", nullptr, promise));
    QPen pen(kRed);
    pen.setWidthF(2.5);
    pen.setStyle(Qt::DashLine);
    marker->setPen(pen);
    const double edge = std::min<double>(bins.size(), promise / 5.0);
    marker->append(edge, 0);
    marker->append(edge, y->max());
    chart->addSeries(marker);
    auto *edges = new QValueAxis;
    edges->setObjectName(QStringLiteral("promiseAxis"));
    edges->setRange(0, std::max<qsizetype>(1, bins.size()));
    edges->setVisible(false);
    chart->addAxis(edges, Qt::AlignBottom);
    marker->attachAxis(edges);
    marker->attachAxis(y);
}

void PerformanceCharts::drawStaff(QChartView *view, const QList<QueueReportRow> &rows, bool windows)
{
    const Compare what = compare();
    const QString figure = m_compare->currentText();
    QChart *chart = freshChart(view, (windows ? tr("By window: %1") : tr("By teller: %1")).arg(figure));
    auto *bars = new QHorizontalBarSeries;
    bars->setObjectName(QLatin1String(windows ? "windowBars" : "tellerBars"));
    QBarSet *set = barSet(figure, windows ? "windowSet" : "tellerSet", what == Compare::WaitMean ? kOrange : what == Compare::Satisfaction ? kGreen : kBlue);
    QStringList names;
    double highest = 0;
    // Bottom to top: the first row on top.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const QueueFigures &f = it->figures;
        double v = 0;
        switch (what) {
        case Compare::Served:
            v = f.served;
            break;
        case Compare::WaitMean:
            v = std::round(f.waitMean.value_or(0) / 6.0) / 10.0; // minutes, one decimal
            break;
        case Compare::Satisfaction:
            v = std::round(f.satisfaction.value_or(0) * 1000.0) / 10.0; // per cent, one decimal
            break;
        }
        *set << v;
        names << (windows ? PerformanceText::window(it->key, it->name) : PerformanceText::teller(it->key, it->name));
        highest = std::max(highest, v);
    }
    bars->append(set);
    bars->setBarWidth(0.65);
    chart->addSeries(bars);
    set->setLabelColor(Qt::white);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    bars->setLabelsFormat(what == Compare::Satisfaction ? QStringLiteral("@value%") : QStringLiteral("@value"));
    bars->setLabelsVisible(true);
    chart->legend()->hide();
    auto *y = new QBarCategoryAxis;
    y->append(names.isEmpty() ? QStringList{tr("Nobody served yet")} : names);
    auto *x = new QValueAxis;
    if (what == Compare::Satisfaction) {
        x->setRange(0, 100);
        x->setLabelFormat(QStringLiteral("%d%"));
    } else {
        x->setRange(0, std::max(4.0, std::ceil(highest * 1.2)));
        x->setLabelFormat(what == Compare::WaitMean ? QStringLiteral("%.0f") : QStringLiteral("%d"));
        x->applyNiceNumbers();
    }
    x->setTitleText(what == Compare::WaitMean ? tr("Minutes") : what == Compare::Served ? tr("Tickets") : QString());
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(y);
    bars->attachAxis(x);
}

void PerformanceCharts::drawRatings()
{
    const QueueFigures &f = m_data->byHall().total;
    drawRatings(m_ratings, f, tr("Ratings (satisfaction %1)").arg(PerformanceText::percent(f.satisfaction)));
}

void PerformanceCharts::drawRatings(QChartView *view, const QueueFigures &f, const QString &title)
{
    QChart *chart = freshChart(view, title);
    const QList<QPair<RatingLevel, int>> levels{{RatingLevel::VerySatisfied, f.verySatisfied},
                                                {RatingLevel::Satisfied, f.satisfied},
                                                {RatingLevel::BasicallySatisfied, f.basicallySatisfied},
                                                {RatingLevel::Dissatisfied, f.dissatisfied},
                                                {RatingLevel::VeryDissatisfied, f.veryDissatisfied}};
    const QColor colours[] = {kGreen, QColor(0x66, 0xbb, 0x6a), QColor(0xf9, 0xa8, 0x25), kOrange, kRed};
    const char *names[] = {"ratingVerySatisfied", "ratingSatisfied", "ratingBasicallySatisfied", "ratingDissatisfied", "ratingVeryDissatisfied"};
    // One set per level, each with its count at its own place: one bar per level in its colour,
    // the best level on top.
    auto *bars = new QHorizontalStackedBarSeries;
    bars->setObjectName(QStringLiteral("ratingBars"));
    QStringList categories;
    double highest = 0;
    const qsizetype n = levels.size();
    for (qsizetype i = 0; i < n; ++i) {
        QBarSet *set = barSet(PerformanceText::level(levels.at(i).first), names[i], colours[i]);
        for (qsizetype j = n - 1; j >= 0; --j)
            *set << (i == j ? levels.at(i).second : 0);
        set->setLabelColor(QColor(0x26, 0x32, 0x38));
        bars->append(set);
        highest = std::max(highest, double(levels.at(i).second));
    }
    for (qsizetype j = n - 1; j >= 0; --j)
        categories << PerformanceText::level(levels.at(j).first);
    bars->setBarWidth(0.65);
    chart->addSeries(bars);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    bars->setLabelsVisible(true);
    chart->legend()->hide();
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = countAxis(highest, tr("Ratings"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(y);
    bars->attachAxis(x);
}

void PerformanceCharts::drawTrend()
{
    const auto &days = m_data->trend();
    QChart *chart = freshChart(m_trend, tr("The last %n days (days open)", nullptr, PerformanceClient::kTrendDays));
    auto *issued = new QLineSeries;
    issued->setObjectName(QStringLiteral("trendIssued"));
    issued->setName(tr("Issued"));
    auto *served = new QLineSeries;
    served->setObjectName(QStringLiteral("trendServed"));
    served->setName(tr("Served"));
    auto *satisfaction = new QLineSeries;
    satisfaction->setObjectName(QStringLiteral("trendSatisfaction"));
    satisfaction->setName(tr("Satisfaction (%)"));
    const QList<QPair<QLineSeries *, QColor>> styles{{issued, kBlue}, {served, kGreen}, {satisfaction, kOrange}};
    for (const auto &[series, colour] : styles) {
        QPen pen(colour);
        pen.setWidthF(2.2);
        if (series == satisfaction)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
    }
    double highest = 0;
    for (const auto &[day, f] : days) {
        if (f.issued == 0)
            continue; // a day the hall was closed: the lines join the open days
        const qreal x = QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
        issued->append(x, f.issued);
        served->append(x, f.served);
        if (f.satisfaction)
            satisfaction->append(x, *f.satisfaction * 100.0);
        highest = std::max(highest, double(f.issued));
    }
    for (QLineSeries *s : {issued, served, satisfaction})
        chart->addSeries(s);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    x->setTickCount(7);
    if (!days.isEmpty())
        x->setRange(QDateTime(days.first().first, QTime(0, 0)), QDateTime(days.last().first, QTime(23, 59)));
    auto *counts = countAxis(highest); // untitled, as the hourly chart's: the legend names the series
    auto *shares = new QValueAxis;
    shares->setRange(0, 100);
    shares->setLabelFormat(QStringLiteral("%d%"));
    shares->setTitleText(tr("Satisfaction"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    chart->addAxis(shares, Qt::AlignRight);
    for (QLineSeries *s : {issued, served, satisfaction}) {
        s->attachAxis(x);
        s->attachAxis(s == satisfaction ? shares : counts);
    }
}

void PerformanceCharts::retranslate()
{
    m_compareLabel->setText(tr("Compare windows and tellers by:"));
    m_compare->setItemText(0, tr("Served"));
    m_compare->setItemText(1, tr("Mean wait (minutes)"));
    m_compare->setItemText(2, tr("Satisfaction (%)"));
    m_hourly->setAccessibleName(tr("Tickets issued by hour"));
    m_histogram->setAccessibleName(tr("Waiting time"));
    m_windows->setAccessibleName(tr("By window"));
    m_tellers->setAccessibleName(tr("By teller"));
    m_ratings->setAccessibleName(tr("Ratings"));
    m_trend->setAccessibleName(tr("The last 30 days"));
}

void PerformanceCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        redraw();
    }
    QWidget::changeEvent(event);
}

} // namespace ow
