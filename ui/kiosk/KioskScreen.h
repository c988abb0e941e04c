#pragma once

#include "core/domain/queue/QueueTypes.h"
#include "core/domain/util/Error.h"
#include "ui/kiosk/TicketPrinter.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace ow {

class ClientSession;
class Clock;

// 取号机: the hall's touch-screen ticket kiosk. The citizen picks one or more matters by
// category, optionally a priority group and their resident ID number (on-screen keypad, checked
// as typed), confirms, and gets a printed ticket while the screen shows the number and how many
// people are ahead; then the screen returns to the start by itself. Logged in as the hall's
// kiosk device through `session`; holds no queue rules (the server numbers and orders tickets).
class KioskScreen : public QWidget
{
    Q_OBJECT
public:
    KioskScreen(ClientSession &session, const Clock &clock, TicketPrinter printer, QWidget *parent = nullptr);
    ~KioskScreen() override;

    // Full screen on the primary screen (also without a window manager), or a 1280×800 window.
    void present(bool windowed);
    // How long the issued ticket stays on screen, and how long an unfinished choice may sit
    // untouched, before the screen starts over.
    void setReturnDelayMs(int ms) { m_returnDelayMs = ms; }
    void setIdleTimeoutMs(int ms);
    // Back to the category grid, forgetting everything the last citizen chose.
    void startOver();
    // Where the last ticket was printed: a printer name or a PDF path (empty if none).
    const QString &lastPrinted() const { return m_lastPrinted; }

Q_SIGNALS:
    void ticketIssued(const QString &number);
    // The server no longer accepts the device's token: the program should log in again.
    void sessionExpired();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Page { Connecting, Categories, Matters, Selected, Priority, IdNumber, Confirm, Ticket, Error, Appointment, CaseStatus };
    static constexpr int kCaseDigits = 12; // a case number's day and sequence: yyyyMMdd + NNNN
    struct KeypadButtons
    {
        QList<QPushButton *> *keys;
        QPushButton **backspace;
        QPushButton **clear;
    };

    // Building the pages (once) and filling them (on every change and language switch).
    QWidget *buildConnectingPage();
    QWidget *buildCategoriesPage();
    QWidget *buildMattersPage();
    QWidget *buildSelectedPage();
    QWidget *buildPriorityPage();
    QWidget *buildIdPage();
    QWidget *buildConfirmPage();
    QWidget *buildTicketPage();
    QWidget *buildErrorPage();
    QWidget *buildAppointmentPage();
    QWidget *buildCaseStatusPage();
    QWidget *buildKeypad(const QString &name, const QString &keys, QWidget *parent, KeypadButtons out,
                         std::function<void(QChar)> type, std::function<void(bool all)> erase, std::function<void()> refill);
    void fillCaseStatus();
    void lookUpCase();
    QString caseNumber() const;
    void fillAppointment();
    void checkIn();
    void retranslate();
    void fillCategories();
    void fillMatters();
    void fillSelected();
    void fillId();
    void fillConfirm();
    void fillTicket();
    void updateConnection();

    void showPage(Page page);
    void goBack();
    void chooseCategory(const QString &code);
    void toggleMatter(const QString &code);
    void removeMatter(const QString &code);
    void choosePriority(const QString &group);
    void typeId(QChar c);
    void issue();
    void onIssued(const QJsonObject &json);
    void finishTicket(const QJsonObject &wait);
    void printTicket();
    void showError(const Error &error);
    void tickClock();
    void tickCountdown();

    QString language() const;
    QString serviceName(const QString &code) const;
    QString priorityLabel(const QString &group) const;
    QString statusLink() const;

    ClientSession &m_session;
    const Clock &m_clock;
    TicketPrinter m_printer;
    int m_returnDelayMs = 10000;

    // The citizen's choices, forgotten on startOver().
    QStringList m_selected; // service codes, in the order chosen
    QString m_category;     // the category being browsed
    QString m_priority;     // empty: none
    QString m_residentId;   // as typed; sent once, then cleared
    bool m_busy = false;
    int m_generation = 0;   // answers to an abandoned request are ignored
    std::optional<Ticket> m_ticket;
    std::optional<int> m_peopleAhead;
    std::optional<int> m_waitMinutes;     // pessimistic estimate, from the server
    std::optional<int> m_waitMinMinutes;  // optimistic estimate
    QString m_appointmentCode;            // as typed
    QString m_appointmentProblemText;
    QString m_printWarning;
    QString m_lastPrinted;
    QString m_loginError;
    int m_secondsLeft = 0;

    QTimer m_idle;
    QTimer m_countdown;
    QTimer m_clockTimer;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_hallName = nullptr;
    QLabel *m_clockLabel = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_home = nullptr;
    QLabel *m_offline = nullptr;
    // Connecting
    QLabel *m_startTitle = nullptr;
    QLabel *m_startStatus = nullptr;
    // Categories
    QLabel *m_categoriesTitle = nullptr;
    QLabel *m_categoriesHint = nullptr;
    QGridLayout *m_categoryGrid = nullptr;
    QPushButton *m_selectedBar = nullptr;
    // Matters
    QLabel *m_mattersTitle = nullptr;
    QLabel *m_mattersHint = nullptr;
    QGridLayout *m_matterGrid = nullptr;
    // Selected
    QLabel *m_selectedTitle = nullptr;
    QVBoxLayout *m_selectedList = nullptr;
    QPushButton *m_addMatter = nullptr;
    QPushButton *m_mattersNext = nullptr;
    // Priority
    QLabel *m_priorityTitle = nullptr;
    QLabel *m_priorityHint = nullptr;
    QList<QPushButton *> m_priorityButtons;
    // ID number
    QLabel *m_idTitle = nullptr;
    QLabel *m_idHint = nullptr;
    QLabel *m_idDisplay = nullptr;
    QLabel *m_idProblem = nullptr;
    QList<QPushButton *> m_idKeys;
    QPushButton *m_idBackspace = nullptr;
    QPushButton *m_idClear = nullptr;
    QPushButton *m_idSkip = nullptr;
    QPushButton *m_idConfirm = nullptr;
    // Confirm
    QLabel *m_confirmTitle = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_issue = nullptr;
    QLabel *m_issueStatus = nullptr;
    // Ticket
    QLabel *m_ticketTitle = nullptr;
    QLabel *m_ticketCardTitle = nullptr;
    QLabel *m_ticketNumber = nullptr;
    QLabel *m_peopleAheadLabel = nullptr;
    QLabel *m_waitLabel = nullptr;
    QLabel *m_ticketMatters = nullptr;
    QLabel *m_takeTicket = nullptr;
    QLabel *m_printWarningLabel = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QPushButton *m_done = nullptr;
    // Appointment check-in
    QPushButton *m_appointmentButton = nullptr;
    QLabel *m_appointmentTitle = nullptr;
    QLabel *m_appointmentHint = nullptr;
    QLabel *m_appointmentDisplay = nullptr;
    QLabel *m_appointmentProblem = nullptr;
    QList<QPushButton *> m_appointmentKeys;
    QPushButton *m_appointmentBackspace = nullptr;
    QPushButton *m_appointmentClear = nullptr;
    QPushButton *m_appointmentConfirm = nullptr;
    // Case status (办件查询)
    QString m_caseDigits; // yyyyMMdd + NNNN, as typed
    QString m_caseId4;    // last four characters of the ID number
    QString m_caseResult;
    bool m_caseResultOk = false;
    QPushButton *m_caseButton = nullptr;
    QLabel *m_caseTitle = nullptr;
    QLabel *m_caseHint = nullptr;
    QLabel *m_caseDisplay = nullptr;
    QLabel *m_caseAnswer = nullptr;
    QList<QPushButton *> m_caseKeys;
    QPushButton *m_caseBackspace = nullptr;
    QPushButton *m_caseClear = nullptr;
    QPushButton *m_caseConfirm = nullptr;
    // Error
    QLabel *m_errorTitle = nullptr;
    QLabel *m_errorText = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_errorHome = nullptr;
    Error m_error;
};

} // namespace ow
