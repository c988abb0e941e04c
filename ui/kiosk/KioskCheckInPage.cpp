#include "ui/kiosk/KioskCheckInPage.h"

#include "core/client/ClientSession.h"
#include "core/client/api/AppointmentApi.h"
#include "ui/kiosk/KioskKeypad.h"
#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

KioskCheckInPage::KioskCheckInPage(ClientSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    QVBoxLayout *l = KioskStyle::pageLayout(this);
    m_title = KioskStyle::label(QStringLiteral("appointmentTitle"), "title", this);
    m_hint = KioskStyle::label(QStringLiteral("appointmentHint"), "hint", this);
    m_display = KioskStyle::entryDisplay(QStringLiteral("appointmentDisplay"), this);
    m_display->setFont(KioskStyle::monoFont());
    m_problemLabel = KioskStyle::entryMessage(QStringLiteral("appointmentProblem"), this);
    m_confirm = KioskStyle::button(QStringLiteral("appointmentConfirmButton"), "primary", this);
    m_confirm->setMinimumWidth(320);
    connect(m_confirm, &QPushButton::clicked, this, &KioskCheckInPage::checkIn);

    // Each press clears what was said about the last code.
    m_keypad = new KioskKeypad(QStringLiteral("appointment"), QStringLiteral("1234567890"), this);
    connect(m_keypad, &KioskKeypad::typed, this, [this](QChar c) {
        if (m_code.size() < kCodeLength)
            m_code += c;
        m_problem.clear();
        fill();
    });
    connect(m_keypad, &KioskKeypad::erased, this, [this](bool all) {
        if (all)
            m_code.clear();
        else
            m_code.chop(1);
        m_problem.clear();
        fill();
    });

    KioskStyle::keypadPage(l, m_title, m_hint, m_display, m_problemLabel, KioskStyle::confirmRow(m_confirm), m_keypad);
}

void KioskCheckInPage::start()
{
    m_code.clear();
    m_problem.clear();
}

void KioskCheckInPage::reset()
{
    ++m_generation;
    m_busy = false;
}

void KioskCheckInPage::fill()
{
    m_display->setText(KioskStyle::blanks(m_code, kCodeLength, {4}));
    for (QPushButton *key : m_keypad->keys())
        key->setEnabled(m_code.size() < kCodeLength && !m_busy);
    m_keypad->backspace()->setEnabled(!m_code.isEmpty() && !m_busy);
    m_keypad->clear()->setEnabled(!m_code.isEmpty() && !m_busy);
    m_confirm->setEnabled(m_code.size() == kCodeLength && !m_busy);
    m_problemLabel->setText(m_busy ? KioskText::tr("Checking your appointment, please wait…") : m_problem);
    KioskStyle::setState(m_problemLabel, "state", m_problem.isEmpty() ? QStringLiteral("info") : QStringLiteral("error"));
}

void KioskCheckInPage::retranslate()
{
    m_title->setText(KioskText::tr("Check in your appointment"));
    m_hint->setText(KioskText::tr("Enter the 8-digit code from your booking text message."));
    m_keypad->retranslate();
    m_confirm->setText(KioskText::tr("Check in ›"));
}

void KioskCheckInPage::checkIn()
{
    if (m_busy || m_code.size() != kCodeLength || !m_session.isLoggedIn())
        return;
    m_busy = true;
    fill();
    const int generation = ++m_generation;
    QPointer<KioskCheckInPage> self(this);
    AppointmentApi(m_session.api()).checkIn(m_session.account().hallCode, m_code, [self, generation](Result<AppointmentCheckIn> r) {
        if (!self || generation != self->m_generation)
            return;
        self->m_busy = false;
        if (r) {
            self->m_code.clear(); // checked in: nothing of it stays for the next citizen
            Q_EMIT self->checkedIn(KioskTicket::fromCheckIn(r.value()));
            return;
        }
        switch (r.error().code) {
        case ErrorCode::NotFound:
            self->m_problem = KioskText::tr("No appointment has this code. Please check the code in your text message.");
            break;
        case ErrorCode::Conflict:
            self->m_problem = KioskText::tr("This appointment cannot be checked in now. Check-in opens 30 minutes before the booked "
                                            "time and closes 15 minutes after it, once, at the hall it was booked for.");
            break;
        default:
            Q_EMIT self->failed(r.error());
            return;
        }
        self->fill();
    });
}

} // namespace ow
