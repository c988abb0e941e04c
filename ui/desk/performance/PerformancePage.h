#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace ow {

class AssessmentDialog;
class ClientSession;
class DrillDownPanel;
class PerformanceCharts;
class PerformanceClient;
class PerformanceDrillDown;

// The supervisor's 绩效 (performance) tab: a hall of their scope (it and the halls below it) and
// a range of service days; the figures at a glance (cards), the charts (PerformanceCharts) and the
// ranked table with its drill-down to the tickets (DrillDownPanel). It loads when first shown and
// on every change of hall or range.
class PerformancePage : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Today, Yesterday, ThisWeek, ThisMonth, Last30Days, Custom };

    explicit PerformancePage(ClientSession &session, QWidget *parent = nullptr);

    PerformanceClient &figures() const { return *m_client; }
    PerformanceDrillDown &drillDown() const { return *m_drill; }
    PerformanceCharts *charts() const { return m_charts; }
    DrillDownPanel *drillPanel() const { return m_drillPanel; }
    QTabWidget *sections() const { return m_sections; }
    // The monthly assessment report's dialog (月度考核报告…), made when first opened.
    AssessmentDialog *assessmentDialog() const { return m_assessment; }
    void openAssessment();
    // Choose the hall and range, and load.
    void show(const QString &hall, const QDate &from, const QDate &to);
    void reload();
    // The service day today at the hall chosen.
    QDate today() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillHalls();
    void applyPeriod();
    void onLoaded();
    void retranslate();
    QString hallCode() const;

    ClientSession &m_session;
    PerformanceClient *m_client;
    PerformanceDrillDown *m_drill;
    QLabel *m_hallLabel;
    QComboBox *m_hall;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_refresh;
    QPushButton *m_assessmentButton;
    AssessmentDialog *m_assessment = nullptr;
    QLabel *m_status;
    QList<QLabel *> m_cardValues;
    QList<QLabel *> m_cardCaptions;
    QTabWidget *m_sections;
    PerformanceCharts *m_charts;
    DrillDownPanel *m_drillPanel;
    bool m_loadedOnce = false;
    bool m_quiet = false; // while the controls are set from code
};

} // namespace ow
