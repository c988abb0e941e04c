#include "ui/kiosk/KioskCaseStatusPage.h"

#include "core/client/ClientSession.h"
#include "ui/common/CaseText.h"
#include "ui/kiosk/KioskKeypad.h"
#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

KioskCaseStatusPage::KioskCaseStatusPage(ClientSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_requests(session)
{
    QVBoxLayout *l = KioskStyle::pageLayout(this);
    m_title = KioskStyle::label(QStringLiteral("caseStatusTitle"), "title", this);
    m_hint = KioskStyle::label(QStringLiteral("caseStatusHint"), "hint", this);
    m_display = KioskStyle::entryDisplay(QStringLiteral("caseStatusDisplay"), this);
    m_answer = KioskStyle::entryMessage(QStringLiteral("caseStatusAnswer"), this);
    m_confirm = KioskStyle::button(QStringLiteral("caseStatusConfirmButton"), "primary", this);
    m_confirm->setMinimumWidth(320);
    connect(m_confirm, &QPushButton::clicked, this, &KioskCaseStatusPage::lookUp);
    m_keypad = new KioskKeypad(QStringLiteral("caseStatus"), QStringLiteral("1234567890X"), this);
    connect(m_keypad, &KioskKeypad::typed, this, &KioskCaseStatusPage::type);
    connect(m_keypad, &KioskKeypad::erased, this, &KioskCaseStatusPage::erase);
    KioskStyle::keypadPage(l, m_title, m_hint, m_display, m_answer, KioskStyle::confirmRow(m_confirm), m_keypad);
}

void KioskCaseStatusPage::start()
{
    m_digits.clear();
    m_id4.clear();
    m_result.clear();
}

void KioskCaseStatusPage::reset()
{
    ++m_generation;
    m_busy = false;
    start(); // nothing of the last citizen's lookup stays on screen
}

// The digits of the case number first (X is no digit of it), then the ID number's last four.
void KioskCaseStatusPage::type(QChar c)
{
    if (m_digits.size() < kCaseDigits && c != QLatin1Char('X'))
        m_digits += c;
    else if (m_digits.size() == kCaseDigits && m_id4.size() < 4)
        m_id4 += c;
    m_result.clear();
    fill();
}

void KioskCaseStatusPage::erase(bool all)
{
    if (all) {
        m_digits.clear();
        m_id4.clear();
    } else if (!m_id4.isEmpty()) {
        m_id4.chop(1);
    } else {
        m_digits.chop(1);
    }
    m_result.clear();
    fill();
}

QString KioskCaseStatusPage::hallCode() const
{
    return m_session.isLoggedIn() ? m_session.account().hallCode : QString();
}

void KioskCaseStatusPage::fill()
{
    m_display->setText(QStringLiteral("%1-%2-%3<br><span style=\"font-size:30px\">%4</span> %5")
                           .arg(hallCode().toHtmlEscaped(), KioskStyle::blanks(m_digits.left(8), 8),
                                KioskStyle::blanks(m_digits.mid(8), 4), KioskText::tr("ID number, last four:").toHtmlEscaped(),
                                KioskStyle::blanks(m_id4, 4)));
    const bool full = m_digits.size() == kCaseDigits && m_id4.size() == 4;
    for (QPushButton *key : m_keypad->keys()) {
        const bool x = key->text() == QLatin1String("X");
        key->setEnabled(!m_busy && !full && (x ? m_digits.size() == kCaseDigits : true));
    }
    m_keypad->backspace()->setEnabled(!m_busy && !(m_digits.isEmpty() && m_id4.isEmpty()));
    m_keypad->clear()->setEnabled(m_keypad->backspace()->isEnabled());
    m_confirm->setEnabled(full && !m_busy);
    m_answer->setText(m_busy ? KioskText::tr("Looking it up, please wait…") : m_result);
    KioskStyle::setState(m_answer, "state", m_resultOk || m_result.isEmpty() ? QStringLiteral("info") : QStringLiteral("error"));
}

void KioskCaseStatusPage::retranslate()
{
    m_title->setText(KioskText::tr("Where is my case?"));
    m_hint->setText(KioskText::tr("Type the 12 digits of the case number on your receipt, then the last four characters of your ID number."));
    m_keypad->retranslate();
    m_confirm->setText(KioskText::tr("Look up ›"));
}

void KioskCaseStatusPage::lookUp()
{
    if (m_busy || m_digits.size() != kCaseDigits || m_id4.size() != 4 || !m_session.isLoggedIn())
        return;
    m_busy = true;
    fill();
    const int generation = ++m_generation;
    QPointer<KioskCaseStatusPage> self(this);
    const QString number = QStringLiteral("%1-%2-%3").arg(hallCode(), m_digits.left(8), m_digits.mid(8));
    m_requests.caseStatus(number, m_id4, [self, generation](Result<KioskCaseStatus> r) {
        if (!self || generation != self->m_generation)
            return;
        self->m_busy = false;
        if (!r && r.error().code != ErrorCode::NotFound) {
            Q_EMIT self->failed(r.error());
            return;
        }
        self->m_resultOk = r.ok();
        if (!self->m_resultOk) { // the same answer for an unknown number and a wrong ID
            self->m_result = KioskText::tr("No case matches this number and ID. Please check both on your receipt.");
        } else {
            const KioskCaseStatus &status = r.value();
            QStringList lines{CaseText::state(status.state)};
            if (status.dueDate)
                lines << KioskText::tr("Promised by %1").arg(*status.dueDate);
            if (status.missing)
                lines << KioskText::tr("Still needed: %1").arg(*status.missing);
            self->m_result = lines.join(QLatin1Char('\n'));
        }
        self->fill();
    });
}

} // namespace ow
