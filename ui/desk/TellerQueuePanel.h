#pragma once

#include <QWidget>

class QComboBox;
class QElapsedTimer;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace ow {

class TrainingCitizenCard;

class ClientSession;
class TellerDesk;
class CitizenScreen;

// The teller's queue panel: the window (open / pause / close), the ticket at the window with
// its matters and a service timer, the hall's waiting line, and a button with an F-key for each
// operation: F1 call next, F2 recall, F3 start serving, F4 finish, F5 no-show, F6 pause,
// F7 open, F8 close.
class TellerQueuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TellerQueuePanel(ClientSession &session, QWidget *parent = nullptr);
    TellerDesk &desk() { return *m_desk; }
    CitizenScreen *citizenScreen() const { return m_citizen; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QPushButton *addAction(const char *objectName, Qt::Key key, void (TellerQueuePanel::*slot)());
    void retranslate();
    // The windows of the teller's hall (again when the halls change: an administrator may add one).
    void fillWindows();
    void redraw();
    void tick();
    void onFinish();
    void onPause();
    void onCallChosen();
    void onWalkIn();
    void onTransfer();
    void onPark();
    void callNextClicked();
    void recallClicked();
    void serveClicked();
    void noShowClicked();
    void openClicked();
    void closeClicked();
    QString serviceName(const QString &code) const;

    ClientSession &m_session;
    TellerDesk *m_desk;
    QComboBox *m_windowBox;
    QLabel *m_windowLabel;
    QLabel *m_windowState;
    QLabel *m_number;
    QLabel *m_ticketInfo;
    QLabel *m_timer;
    QListWidget *m_matters;
    QLabel *m_precheck; // the guide desk's pre-check of the ticket's materials
    TrainingCitizenCard *m_trainingCard; // in a training hall: the scenario's citizen at the window
    QTableWidget *m_waiting;
    QLabel *m_waitingTitle;
    QLabel *m_message;
    QList<QPair<QPushButton *, Qt::Key>> m_buttons;
    QTimer *m_ticker;
    CitizenScreen *m_citizen;
};

} // namespace ow
