#pragma once

#include "core/domain/api/AdviceBodies.h"
#include "core/domain/api/QueueBodies.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace ow {

class ClientSession;
class PromiseRiskModel;
class StaffingPlanModel;

// 15分钟承诺, the supervisor's planning screen for their hall:
//   now   — the line against the promise (GET …/advice): the tickets projected past it or close
//           to it, the tidal windows to open with one click each (their profile set, then
//           opened), until when they are needed, and an idle window the line can do without;
//           asked again after each event of the hall and every 30 seconds;
//   plan  — the staffing plan for tomorrow or the coming week (GET …/staffing): the windows each
//           half-hour needs, with the basis of the forecast and its error.
class PlanPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlanPage(ClientSession &session, QWidget *parent = nullptr);

    // An event of the hall the supervisor watches (HallMonitor): the advice is asked again.
    void hallEvent(const HallEvent &event);
    void reloadAdvice();
    void reloadPlan();
    // Follows the advice for `window` (as its button does).
    void openTidal(int window);

    PromiseRiskModel *riskModel() const { return m_risks; }
    StaffingPlanModel *planModel() const { return m_plan; }
    const HallAdvice &advice() const { return m_advice; }
    QString summary() const;
    QString status() const;
    int unseen() const { return m_unseen; }

Q_SIGNALS:
    void adviceLoaded();
    void planLoaded();
    void tidalOpened(int window);
    // Tickets the server newly flagged since the page was last looked at (for the tab's badge).
    void unseenChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showAdvice();
    void showPlanBasis();
    void retranslate();
    QString profileText(const TidalOpening &o) const;

    ClientSession &m_session;
    QString m_hall;
    HallAdvice m_advice;
    bool m_haveAdvice = false;
    PromiseRiskModel *m_risks;
    StaffingPlanModel *m_plan;
    QGroupBox *m_nowBox;
    QLabel *m_summary;
    QLabel *m_adviceText;
    QHBoxLayout *m_openButtons;
    QLabel *m_closeText;
    QTableView *m_riskTable;
    QGroupBox *m_planBox;
    QComboBox *m_span;
    QPushButton *m_reload;
    QLabel *m_basis;
    QTableView *m_planTable;
    QLabel *m_status;
    QTimer m_refresh;  // every 30 s: time passes without events
    QTimer m_debounce; // events come in bursts
    int m_unseen = 0;
    bool m_loadedOnce = false;
};

} // namespace ow
