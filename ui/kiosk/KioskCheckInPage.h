#pragma once

#include "core/domain/util/Error.h"
#include "ui/kiosk/KioskTicket.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ow {

class ClientSession;
class KioskKeypad;

// Checking in an appointment (预约) booked by the 12333 hotline or online: its 8-digit code on
// the keypad, then the server turns it into a ticket (AppointmentApi::checkIn). A wrong code, or
// one outside its check-in time, is told on the page; other failures end in failed().
class KioskCheckInPage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskCheckInPage(ClientSession &session, QWidget *parent = nullptr);

    // A new citizen: nothing typed, nothing said.
    void start();
    void fill();
    void retranslate();
    bool isBusy() const { return m_busy; }
    // Forgets the check-in under way: its answer, when it comes, is ignored.
    void reset();

Q_SIGNALS:
    void checkedIn(const ow::KioskTicket &ticket);
    void failed(const ow::Error &error);

private:
    void checkIn();

    static constexpr int kCodeLength = 8;

    ClientSession &m_session;
    QString m_code; // as typed
    QString m_problem;
    bool m_busy = false;
    int m_generation = 0;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_display = nullptr;
    QLabel *m_problemLabel = nullptr;
    KioskKeypad *m_keypad = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace ow
