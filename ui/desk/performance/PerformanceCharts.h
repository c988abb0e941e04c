#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace ow {

class PerformanceClient;
struct QueueFigures;
struct QueueReportRow;

// The charts of the performance tab (绩效), drawn from what PerformanceClient holds:
// - hourlyChart: tickets issued hour by hour on the range's last day (bars), against the mean of
//   the same weekday over the four weeks before (line);
// - waitHistogramChart: the waits in five-minute bars, those within the hall's promise apart from
//   those beyond it, and the promise marked as a dashed line;
// - windowChart, tellerChart: one bar per window and per teller of the hall, of the figure chosen
//   in compareFigure (served, mean wait in minutes, satisfaction in per cent);
// - ratingsChart: the ratings in the five levels, each in its colour;
// - trendChart: the thirty days up to the range's last day — issued, served, satisfaction.
// Every chart and series has an object name, so tests and screen readers find them.
class PerformanceCharts : public QWidget
{
    Q_OBJECT
public:
    enum class Compare { Served, WaitMean, Satisfaction };

    explicit PerformanceCharts(QWidget *parent = nullptr);

    // Draws everything from `data` (kept: redrawn on a change of language or of compareFigure).
    void show(const PerformanceClient &data);
    QChartView *hourly() const { return m_hourly; }
    QChartView *histogram() const { return m_histogram; }
    QChartView *windows() const { return m_windows; }
    QChartView *tellers() const { return m_tellers; }
    QChartView *ratings() const { return m_ratings; }
    QChartView *trend() const { return m_trend; }
    Compare compare() const;
    void setCompare(Compare compare);
    // The five rating levels of `figures` in `view` (ratingsChart's drawing; 我的绩效 uses it too).
    static void drawRatings(QChartView *view, const QueueFigures &figures, const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void retranslate();
    void drawHourly();
    void drawHistogram();
    void drawStaff(QChartView *view, const QList<QueueReportRow> &rows, bool windows);
    void drawRatings();
    void drawTrend();

    const PerformanceClient *m_data = nullptr;
    QLabel *m_compareLabel;
    QComboBox *m_compare;
    QChartView *m_hourly;
    QChartView *m_histogram;
    QChartView *m_windows;
    QChartView *m_tellers;
    QChartView *m_ratings;
    QChartView *m_trend;
};

} // namespace ow
