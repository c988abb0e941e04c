#pragma once

#include "core/domain/util/Error.h"
#include "ui/kiosk/KioskRequests.h"
#include "ui/kiosk/KioskTicket.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ow {

class ClientSession;
struct KioskChoices;

// The last look before the ticket: the matters, the priority group and the ID number (masked),
// and the button that asks the server for the ticket.
class KioskConfirmPage : public QWidget
{
    Q_OBJECT
public:
    KioskConfirmPage(ClientSession &session, KioskChoices &choices, QWidget *parent = nullptr);

    void fill();
    void retranslate();
    // Asks for the ticket (once at a time); ends in issued() or failed().
    void issue();
    bool isBusy() const { return m_busy; }
    // Forgets the request under way: its answer, when it comes, is ignored.
    void reset();

Q_SIGNALS:
    void issued(const ow::KioskTicket &ticket);
    void failed(const ow::Error &error);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);

    ClientSession &m_session;
    KioskChoices &m_choices;
    KioskRequests m_requests;
    bool m_busy = false;
    int m_generation = 0; // answers to an abandoned request are ignored
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_issue = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ow
