#pragma once

#include "ui/kiosk/KioskTicket.h"
#include "ui/kiosk/TicketPrinter.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace ow {

class ClientSession;
class Clock;

// The ticket just issued: its number on a card like the paper one, how many people are ahead
// and the estimated wait; printed once it is on screen, with a warning if printing failed. After
// the return delay (counted down on screen) the kiosk starts over.
class KioskTicketPage : public QWidget
{
    Q_OBJECT
public:
    KioskTicketPage(const ClientSession &session, const Clock &clock, TicketPrinter printer, QWidget *parent = nullptr);

    // Shows `ticket`, starts the countdown of `returnDelayMs`, and prints it right after.
    void present(const KioskTicket &ticket, int returnDelayMs);
    // Forgets the ticket, stops the countdown and a print not yet started.
    void reset();
    void fill();
    void retranslate();
    const QString &lastPrinted() const { return m_lastPrinted; }

Q_SIGNALS:
    void done();   // the citizen tapped "Done"
    void timeUp(); // the countdown ran out

private:
    void print();
    void tick();
    QString statusLink() const;

    const ClientSession &m_session;
    const Clock &m_clock;
    TicketPrinter m_printer;
    std::optional<KioskTicket> m_ticket;
    QString m_printWarning;
    QString m_lastPrinted;
    int m_secondsLeft = 0;
    int m_generation = 0; // a print scheduled for a ticket since forgotten does not happen
    QTimer m_countdown;

    QLabel *m_title = nullptr;
    QLabel *m_cardTitle = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_peopleAhead = nullptr;
    QLabel *m_wait = nullptr;
    QLabel *m_matters = nullptr;
    QLabel *m_takeTicket = nullptr;
    QLabel *m_printWarningLabel = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace ow
