#pragma once

#include "ui/kiosk/KioskChoices.h"
#include "ui/kiosk/TicketPrinter.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace ow {

class ClientSession;
class Clock;
class KioskCaseStatusPage;
class KioskCategoriesPage;
class KioskCheckInPage;
class KioskConfirmPage;
class KioskConnectingPage;
class KioskErrorPage;
class KioskIdNumberPage;
class KioskMattersPage;
class KioskPriorityPage;
class KioskSelectedPage;
class KioskTicketPage;
struct Error;
struct KioskTicket;

// 取号机: the hall's touch-screen ticket kiosk. The citizen picks one or more matters by
// category, optionally a priority group and their resident ID number (on-screen keypad, checked
// as typed), confirms, and gets a printed ticket while the screen shows the number and how many
// people are ahead; then the screen returns to the start by itself. The citizen may also check
// in an appointment or look up a case. Logged in as the hall's kiosk device through `session`;
// holds no queue rules (the server numbers and orders tickets).
//
// This class is the page stack and the way between the pages (header, footer, idle timeout);
// each page, and each of the two other errands, is a class of its own.
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
    const QString &lastPrinted() const;

Q_SIGNALS:
    void ticketIssued(const QString &number);
    // The server no longer accepts the device's token: the program should log in again.
    void sessionExpired();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // In the order of the page stack.
    enum class Page { Connecting, Categories, Matters, Selected, Priority, IdNumber, Confirm, Ticket, Error, Appointment, CaseStatus };

    void buildPages(TicketPrinter printer);
    void connectPages();
    void showPage(Page page);
    Page currentPage() const;
    void goBack();
    void retranslate();
    void updateConnection();
    void sessionReady();
    void showTicket(const KioskTicket &ticket);
    void showError(const Error &error);
    void setFooterEnabled(bool enabled);
    void tickClock();
    bool busy() const;

    ClientSession &m_session;
    const Clock &m_clock;
    int m_returnDelayMs = 10000;
    KioskChoices m_choices; // forgotten on startOver()
    QString m_loginError;

    QTimer m_idle;
    QTimer m_clockTimer;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_hallName = nullptr;
    QLabel *m_clockLabel = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_home = nullptr;
    QLabel *m_offline = nullptr;

    KioskConnectingPage *m_connecting = nullptr;
    KioskCategoriesPage *m_categories = nullptr;
    KioskMattersPage *m_matters = nullptr;
    KioskSelectedPage *m_selected = nullptr;
    KioskPriorityPage *m_priority = nullptr;
    KioskIdNumberPage *m_idNumber = nullptr;
    KioskConfirmPage *m_confirm = nullptr;
    KioskTicketPage *m_ticket = nullptr;
    KioskErrorPage *m_error = nullptr;
    KioskCheckInPage *m_checkIn = nullptr;
    KioskCaseStatusPage *m_caseStatus = nullptr;
};

} // namespace ow
