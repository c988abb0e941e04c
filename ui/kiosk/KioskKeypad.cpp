#include "ui/kiosk/KioskKeypad.h"

#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"

#include <QGridLayout>
#include <QPushButton>

namespace ow {

KioskKeypad::KioskKeypad(const QString &name, const QString &keys, QWidget *parent) : QWidget(parent)
{
    setObjectName(name + QStringLiteral("Keypad"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QChar c = keys.at(i);
        QPushButton *b = KioskStyle::button(name + QStringLiteral("Key_") + c, "key", this);
        b->setText(c);
        connect(b, &QPushButton::clicked, this, [this, c] { Q_EMIT typed(c); });
        const bool last = i == keys.size() - 1;
        grid->addWidget(b, static_cast<int>(i / 3), static_cast<int>(i % 3), 1, last ? 3 - static_cast<int>(i % 3) : 1);
        m_keys.append(b);
    }
    const int rows = static_cast<int>((keys.size() + 2) / 3);
    m_backspace = KioskStyle::button(name + QStringLiteral("Key_backspace"), "key", this);
    m_backspace->setText(QStringLiteral("⌫"));
    m_backspace->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    connect(m_backspace, &QPushButton::clicked, this, [this] { Q_EMIT erased(false); });
    grid->addWidget(m_backspace, 0, 3, rows / 2, 1);
    m_clear = KioskStyle::button(name + QStringLiteral("Key_clear"), "key", this);
    m_clear->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    connect(m_clear, &QPushButton::clicked, this, [this] { Q_EMIT erased(true); });
    grid->addWidget(m_clear, rows / 2, 3, rows - rows / 2, 1);
}

void KioskKeypad::retranslate()
{
    m_clear->setText(KioskText::tr("Clear"));
}

} // namespace ow
