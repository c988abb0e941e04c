#pragma once

#include "core/domain/queue/QueueTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace ow {

class ClientSession;
class HallMonitor;
class HallTodayFigures;
struct QueueWrite;
struct WindowProfileBody;

// 值班长 screen: live per hall — every window of the hall (closed ones too) with its state, teller,
// current ticket and service time; waiting per prefix; the longest waits, with tickets close to
// or past the hall's promise (its queue rules; PromiseRisk) highlighted; open bad-rating
// rectifications; the hall's figures today (TodayFiguresStrip), asked again after each event;
// and opening or closing a window.
class SupervisorQueueScreen : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisorQueueScreen(ClientSession &session, QWidget *parent = nullptr);
    HallMonitor &monitor() { return *m_monitor; }
    HallTodayFigures &todayFigures() { return *m_today; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void redraw();
    void loadRectifications();
    void setSelectedWindow(WindowState state);
    int selectedWindow();
    void editSelectedProfile();
    void showProfileDialog(int window, const WindowProfileBody &current);
    void moveSelectedTicket();
    void submit(const QueueWrite &write, const QString &done);

    ClientSession &m_session;
    HallMonitor *m_monitor;
    HallTodayFigures *m_today;
    QLabel *m_title;
    QLabel *m_counts;
    QTableWidget *m_windows;
    QTableWidget *m_longest;
    QTableWidget *m_rectifications;
    QLabel *m_windowsTitle;
    QLabel *m_longestTitle;
    QLabel *m_rectTitle;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_close;
    QPushButton *m_profile;
    QPushButton *m_move;
    QTimer *m_ticker;
};

} // namespace ow
