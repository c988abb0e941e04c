#include "ui/kiosk/KioskIdNumberPage.h"

#include "core/domain/util/Clock.h"
#include "core/domain/util/ResidentId.h"
#include "ui/kiosk/KioskChoices.h"
#include "ui/kiosk/KioskKeypad.h"
#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

namespace {
constexpr int kIdLength = 18;
}

KioskIdNumberPage::KioskIdNumberPage(KioskChoices &choices, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_choices(choices), m_clock(clock)
{
    QVBoxLayout *l = KioskStyle::pageLayout(this);
    m_title = KioskStyle::label(QStringLiteral("idTitle"), "title", this);
    m_hint = KioskStyle::label(QStringLiteral("idHint"), "hint", this);
    m_display = KioskStyle::entryDisplay(QStringLiteral("idDisplay"), this);
    m_display->setFont(KioskStyle::monoFont());
    m_problem = KioskStyle::entryMessage(QStringLiteral("idProblem"), this);
    m_skip = KioskStyle::button(QStringLiteral("skipIdButton"), nullptr, this);
    m_confirm = KioskStyle::button(QStringLiteral("idConfirmButton"), "primary", this);
    m_confirm->setMinimumWidth(320);
    connect(m_skip, &QPushButton::clicked, this, &KioskIdNumberPage::skipped);
    connect(m_confirm, &QPushButton::clicked, this, &KioskIdNumberPage::confirmed);

    // 1 2 3 ⌫ / 4 5 6 ⌫ / 7 8 9 Clear / X 0 0 Clear: like a phone's keypad, editing keys on the right.
    m_keypad = new KioskKeypad(QStringLiteral("id"), QStringLiteral("123456789X0"), this);
    connect(m_keypad, &KioskKeypad::typed, this, &KioskIdNumberPage::type);
    connect(m_keypad, &KioskKeypad::erased, this, &KioskIdNumberPage::erase);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    buttons->addWidget(m_skip);
    buttons->addStretch();
    buttons->addWidget(m_confirm);
    KioskStyle::keypadPage(l, m_title, m_hint, m_display, m_problem, buttons, m_keypad);
}

void KioskIdNumberPage::type(QChar c)
{
    QString &id = m_choices.residentId;
    if (id.size() >= kIdLength || (c == QLatin1Char('X') && id.size() != kIdLength - 1))
        return;
    id.append(c);
    fill();
}

void KioskIdNumberPage::erase(bool all)
{
    if (all)
        m_choices.residentId.clear();
    else
        m_choices.residentId.chop(1);
    fill();
}

void KioskIdNumberPage::fill()
{
    const QString &id = m_choices.residentId;
    const auto size = id.size();
    // Typed characters dark, the rest as blanks, grouped region · birth date · sequence.
    m_display->setText(KioskStyle::blanks(id, kIdLength, {6, 14}));
    for (QPushButton *key : m_keypad->keys()) {
        // X only as the check character, the 18th.
        key->setEnabled(key->text() == QLatin1String("X") ? size == kIdLength - 1 : size < kIdLength);
    }
    m_keypad->backspace()->setEnabled(size > 0);
    m_keypad->clear()->setEnabled(size > 0);

    bool valid = false;
    if (size == 0) {
        m_problem->clear();
        KioskStyle::setState(m_problem, "state", QStringLiteral("info"));
    } else if (size < kIdLength) {
        m_problem->setText(KioskText::tr("%n more character(s) to enter.", nullptr, static_cast<int>(kIdLength - size)));
        KioskStyle::setState(m_problem, "state", QStringLiteral("info"));
    } else {
        const auto problem = ResidentId::check(id, m_clock.now().toLocalTime().date());
        valid = problem == ResidentId::Problem::None;
        m_problem->setText(valid ? KioskText::tr("✓ The number is valid.") : QStringLiteral("✗ ") + ResidentId::problemText(problem));
        KioskStyle::setState(m_problem, "state", valid ? QStringLiteral("ok") : QStringLiteral("error"));
    }
    m_confirm->setEnabled(valid);
}

void KioskIdNumberPage::retranslate()
{
    m_title->setText(KioskText::tr("Your resident ID number (optional)"));
    m_hint->setText(KioskText::tr("Enter the 18 characters of your ID card, or tap “Skip”. The ticket shows only part of the number."));
    m_keypad->retranslate();
    m_skip->setText(KioskText::tr("Skip"));
    m_confirm->setText(KioskText::tr("OK ›"));
}

} // namespace ow
