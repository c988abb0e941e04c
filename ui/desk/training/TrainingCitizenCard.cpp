#include "ui/desk/training/TrainingCitizenCard.h"

#include "core/client/ClientSession.h"
#include "core/client/api/TrainingApi.h"
#include "ui/desk/training/TrainingText.h"
#include "ui/common/LanguageManager.h"

#include <QEvent>
#include <QPointer>

namespace ow {

TrainingCitizenCard::TrainingCitizenCard(ClientSession &session, QWidget *parent) : QLabel(parent), m_session(session)
{
    setObjectName(QStringLiteral("trainingCitizenCard"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel { background:#fdecea; color:#7a1c15; border:1px solid #b3261e; padding:6px; border-radius:4px; }"));
    hide();
}

void TrainingCitizenCard::showTicket(qint64 ticketId)
{
    if (ticketId == m_ticket)
        return;
    m_ticket = ticketId;
    m_arrival.reset();
    render();
    bool training = false;
    for (const Hall &h : m_session.halls())
        training = training || (m_session.isLoggedIn() && h.code == m_session.account().hallCode && h.training);
    if (!ticketId || !training)
        return;
    QPointer<TrainingCitizenCard> self(this);
    TrainingApi(m_session.api()).arrivalOfTicket(ticketId, [self, ticketId](Result<TrainingArrivalView> answer) {
        if (!self || self->m_ticket != ticketId || !answer)
            return; // a ticket no scenario issued: nothing to show
        self->m_arrival = answer.value();
        self->render();
    });
}

void TrainingCitizenCard::render()
{
    if (!m_arrival) {
        clear();
        hide();
        return;
    }
    setText(TrainingText::citizenCard(*m_arrival, m_session.catalogue(), LanguageManager::current()));
    show();
}

void TrainingCitizenCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

} // namespace ow
