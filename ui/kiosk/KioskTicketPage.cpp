#include "ui/kiosk/KioskTicketPage.h"

#include "core/client/ClientSession.h"
#include "core/domain/util/Clock.h"
#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

KioskTicketPage::KioskTicketPage(const ClientSession &session, const Clock &clock, TicketPrinter printer, QWidget *parent)
    : QWidget(parent), m_session(session), m_clock(clock), m_printer(std::move(printer))
{
    QVBoxLayout *l = KioskStyle::pageLayout(this);
    // Left, the number on a card like the paper ticket; right, what it means for the citizen.
    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("ticketCard"));
    card->setAttribute(Qt::WA_StyledBackground);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(48, 24, 48, 24);
    m_cardTitle = KioskStyle::label(QStringLiteral("ticketCardTitle"), nullptr, card);
    m_number = KioskStyle::label(QStringLiteral("ticketNumber"), nullptr, card);
    m_number->setWordWrap(false);
    cardLayout->addWidget(m_cardTitle);
    cardLayout->addWidget(m_number);

    m_title = KioskStyle::label(QStringLiteral("ticketTitle"), nullptr, this);
    m_peopleAhead = KioskStyle::label(QStringLiteral("peopleAhead"), nullptr, this);
    m_wait = KioskStyle::label(QStringLiteral("estimatedWait"), nullptr, this);
    m_matters = KioskStyle::label(QStringLiteral("ticketMatters"), nullptr, this);
    m_takeTicket = KioskStyle::label(QStringLiteral("takeTicketHint"), nullptr, this);
    m_printWarningLabel = KioskStyle::label(QStringLiteral("printWarning"), nullptr, this);
    m_countdownLabel = KioskStyle::label(QStringLiteral("returnCountdown"), nullptr, this);
    m_done = KioskStyle::button(QStringLiteral("doneButton"), "primary", this);
    m_done->setMinimumWidth(320);
    connect(m_done, &QPushButton::clicked, this, &KioskTicketPage::done);
    for (QLabel *label : {m_cardTitle, m_number})
        label->setAlignment(Qt::AlignCenter);

    auto *info = new QVBoxLayout;
    info->setSpacing(18);
    info->addWidget(m_title);
    info->addWidget(m_peopleAhead);
    info->addWidget(m_wait);
    info->addWidget(m_matters);
    info->addSpacing(12);
    info->addWidget(m_takeTicket);
    info->addWidget(m_printWarningLabel);
    auto *row = new QHBoxLayout;
    row->setSpacing(56);
    row->addWidget(card, 0, Qt::AlignVCenter);
    row->addLayout(info, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countdownLabel, 1);
    bottom->addWidget(m_done);
    l->addStretch(1);
    l->addLayout(row);
    l->addStretch(2);
    l->addLayout(bottom);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &KioskTicketPage::tick);
}

void KioskTicketPage::present(const KioskTicket &ticket, int returnDelayMs)
{
    m_ticket = ticket;
    m_printWarning.clear();
    m_secondsLeft = std::max(1, (returnDelayMs + 999) / 1000);
    fill();
    m_countdown.start();
    // Print once the number is on screen: a slow printer must not keep the citizen waiting.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            print();
    });
}

void KioskTicketPage::reset()
{
    ++m_generation;
    m_countdown.stop();
    m_ticket.reset();
    m_printWarning.clear();
}

void KioskTicketPage::fill()
{
    if (!m_ticket)
        return;
    const KioskTicket &t = *m_ticket;
    m_number->setText(t.ticket.number);
    if (t.peopleAhead) {
        m_peopleAhead->setText(*t.peopleAhead == 0 ? KioskText::tr("Nobody is waiting ahead of you.")
                                                   : KioskText::tr("%n people waiting ahead of you", nullptr, *t.peopleAhead));
    }
    m_peopleAhead->setVisible(t.peopleAhead.has_value());
    const bool showWait = t.waitMinutes && t.peopleAhead && *t.peopleAhead > 0;
    if (showWait)
        m_wait->setText(KioskText::tr("Estimated wait: %1–%2 min (an estimate only)").arg(t.waitMinMinutes.value_or(*t.waitMinutes)).arg(*t.waitMinutes));
    m_wait->setVisible(showWait);
    QStringList names;
    for (const TicketMatter &m : t.ticket.matters)
        names << KioskText::serviceName(m_session, m.serviceCode);
    m_matters->setText(names.join(KioskText::language() == QLatin1String("en") ? QStringLiteral("; ") : QStringLiteral("；")));
    m_printWarningLabel->setText(m_printWarning);
    m_printWarningLabel->setVisible(!m_printWarning.isEmpty());
    m_countdownLabel->setText(KioskText::tr("Back to the start in %n s.", nullptr, m_secondsLeft));
}

void KioskTicketPage::retranslate()
{
    m_cardTitle->setText(KioskText::tr("Your number"));
    m_title->setText(KioskText::tr("Ticket issued"));
    m_takeTicket->setText(KioskText::tr("Please take your ticket and wait for your number to be called."));
    m_done->setText(KioskText::tr("Done"));
}

void KioskTicketPage::print()
{
    if (!m_ticket)
        return;
    const Ticket &ticket = m_ticket->ticket;
    TicketPrint p;
    p.hallName = m_session.account().hallName.zh;
    p.number = ticket.number;
    const Catalogue *catalogue = m_session.catalogue();
    for (const TicketMatter &m : ticket.matters) {
        const ServiceItem *s = catalogue ? catalogue->service(m.serviceCode) : nullptr;
        p.matters << (s ? s->name.zh : m.serviceCode);
        p.mattersEn << (s ? s->name.en : QString());
    }
    p.priority = ticket.priorityGroup.isEmpty() ? QString() : KioskText::priorityLabel(ticket.priorityGroup);
    p.peopleAhead = m_ticket->peopleAhead;
    p.waitMinutes = m_ticket->waitMinutes;
    p.waitMinMinutes = m_ticket->waitMinMinutes;
    p.issuedAt = ticket.issuedAt.isValid() ? ticket.issuedAt : m_clock.now();
    p.statusLink = statusLink();
    p.residentId = ticket.residentId; // the server's masked copy
    const Result<QString> printed = m_printer.print(p);
    if (printed) {
        m_lastPrinted = printed.value();
        m_printWarning.clear();
    } else {
        qWarning("kiosk: ticket %s not printed: %s", qUtf8Printable(p.number), qUtf8Printable(printed.error().detail));
        m_lastPrinted.clear();
        m_printWarning = KioskText::tr("The ticket could not be printed (%1). Please remember your number.").arg(printed.error().detail);
    }
    fill();
}

void KioskTicketPage::tick()
{
    --m_secondsLeft;
    if (m_secondsLeft <= 0) {
        Q_EMIT timeUp();
        return;
    }
    fill();
}

// The ticket's public status page, for its QR code.
QString KioskTicketPage::statusLink() const
{
    if (!m_ticket)
        return {};
    const QString base = m_session.server()
                             .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
                             .toString();
    return base + QStringLiteral("/t/%1/%2/%3").arg(m_session.account().hallCode, m_ticket->ticket.serviceDay, m_ticket->ticket.number);
}

} // namespace ow
