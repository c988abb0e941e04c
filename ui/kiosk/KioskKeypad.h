#pragma once

#include <QList>
#include <QWidget>

class QPushButton;

namespace ow {

// The kiosk's touch keypad for codes (ID number, appointment code, case number): `keys` in rows
// of three like a phone's, the last key across what is left of its row, and ⌫ and Clear on the
// right. Named `<name>Keypad`, its keys `<name>Key_<c>`, `<name>Key_backspace`, `<name>Key_clear`.
// It only reports presses; the page that owns the code decides what they do.
class KioskKeypad : public QWidget
{
    Q_OBJECT
public:
    KioskKeypad(const QString &name, const QString &keys, QWidget *parent);

    const QList<QPushButton *> &keys() const { return m_keys; }
    QPushButton *backspace() const { return m_backspace; }
    QPushButton *clear() const { return m_clear; }
    void retranslate();

Q_SIGNALS:
    void typed(QChar key);
    void erased(bool all); // ⌫: false, Clear: true

private:
    QList<QPushButton *> m_keys;
    QPushButton *m_backspace = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace ow
