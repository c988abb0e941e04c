#pragma once

#include "core/domain/api/TrainingBodies.h"

#include <QLabel>

#include <optional>

namespace ow {

class ClientSession;

// At a window of a training hall: who the citizen of the ticket at the window is and what they
// hand over (a scenario's generated citizen); hidden for any other ticket.
class TrainingCitizenCard : public QLabel
{
    Q_OBJECT
public:
    explicit TrainingCitizenCard(ClientSession &session, QWidget *parent = nullptr);

    // The ticket now at the window (0: none). Asks the server once per ticket.
    void showTicket(qint64 ticketId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    ClientSession &m_session;
    qint64 m_ticket = 0;
    std::optional<TrainingArrivalView> m_arrival;
};

} // namespace ow
