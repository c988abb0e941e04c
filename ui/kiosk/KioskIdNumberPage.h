#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ow {

class Clock;
class KioskKeypad;
struct KioskChoices;

// The resident ID number (optional), typed on the keypad and checked as typed: length, birth
// date, GB 11643 check character (X only as the 18th). Types into choices.residentId.
class KioskIdNumberPage : public QWidget
{
    Q_OBJECT
public:
    KioskIdNumberPage(KioskChoices &choices, const Clock &clock, QWidget *parent = nullptr);

    void fill();
    void retranslate();

Q_SIGNALS:
    void skipped();
    void confirmed();

private:
    void type(QChar c);
    void erase(bool all);

    KioskChoices &m_choices;
    const Clock &m_clock;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_display = nullptr;
    QLabel *m_problem = nullptr;
    KioskKeypad *m_keypad = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace ow
