#include "ui/kiosk/KioskStyle.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ow {

namespace {

const char *const kStyle = R"(
#kioskScreen { background: #eef3f8; }
QLabel { color: #17293b; }
#kioskHeader { background: #0b4f8a; }
#kioskHeader QLabel { color: white; font-size: 30px; }
#hallName { font-weight: bold; }
#offlineBanner { background: #b3261e; color: white; font-size: 26px; padding: 10px; }
QLabel[kiosk="title"] { font-size: 46px; font-weight: bold; color: #0b4f8a; }
QLabel[kiosk="hint"] { font-size: 28px; color: #44566a; }
QPushButton { font-size: 32px; min-height: 88px; padding: 6px 28px; border-radius: 16px;
              background: white; color: #17293b; border: 2px solid #a9bccf; }
QPushButton:pressed { background: #cfe2f5; }
QPushButton:disabled { background: #e3e8ed; color: #9aa6b2; border-color: #d3dae1; }
QPushButton[kiosk="primary"] { background: #1d7a3a; color: white; border: none; font-weight: bold; }
QPushButton[kiosk="primary"]:pressed { background: #145a2a; }
QPushButton[kiosk="primary"]:disabled { background: #a9c7b2; color: #eef3f0; }
QPushButton[kiosk="category"] { min-height: 150px; border-radius: 20px; }
QPushButton[kiosk="matter"] { min-height: 100px; border-radius: 18px; }
QPushButton[kiosk="matter"][chosen="true"], QPushButton[chosen="true"] { background: #dff0e4; border: 3px solid #1d7a3a; }
QPushButton[kiosk="key"] { font-size: 44px; font-weight: bold; min-height: 96px; min-width: 130px; border-radius: 14px; }
QPushButton[kiosk="footer"] { font-size: 30px; min-height: 88px; min-width: 240px; }
QLabel[kiosk="buttonText"] { font-size: 32px; color: #17293b; background: transparent; }
QLabel#prefixBadge { background: #0b4f8a; color: white; border-radius: 48px; font-size: 56px; font-weight: bold;
                     min-width: 96px; max-width: 96px; min-height: 96px; max-height: 96px; }
#selectedRow { background: white; border-radius: 16px; }
#selectedRow QLabel { font-size: 32px; }
#idDisplay, #appointmentDisplay, #caseStatusDisplay { background: white; border: 3px solid #a9bccf; border-radius: 16px; padding: 18px; font-size: 48px; }
#appointmentDisplay { font-size: 64px; letter-spacing: 6px; }
#caseStatusDisplay { font-size: 48px; letter-spacing: 4px; }
#idProblem, #appointmentProblem, #caseStatusAnswer { font-size: 30px; }
#idProblem[state="error"], #appointmentProblem[state="error"], #caseStatusAnswer[state="error"] { color: #b3261e; font-weight: bold; }
#idProblem[state="ok"] { color: #1d7a3a; font-weight: bold; }
#idProblem[state="info"], #appointmentProblem[state="info"], #caseStatusAnswer[state="info"] { color: #44566a; }
#summary { background: white; border-radius: 18px; padding: 24px 32px; font-size: 32px; }
#issueButton { font-size: 44px; min-height: 120px; min-width: 520px; border-radius: 22px; }
#issueStatus { font-size: 30px; color: #44566a; }
#ticketCard { background: white; border: 3px solid #0b4f8a; border-radius: 28px; }
#ticketCardTitle { font-size: 36px; color: #44566a; }
#ticketNumber { font-size: 210px; font-weight: bold; color: #0b4f8a; }
#peopleAhead { font-size: 48px; font-weight: bold; }
#estimatedWait { font-size: 30px; color: #44566a; }
#ticketMatters { font-size: 32px; }
#ticketTitle { font-size: 46px; font-weight: bold; color: #1d7a3a; }
#takeTicketHint { font-size: 34px; color: #1d7a3a; font-weight: bold; }
#printWarning { font-size: 30px; color: #b3261e; font-weight: bold; }
#returnCountdown { font-size: 26px; color: #44566a; }
#issueError { font-size: 34px; background: white; border-radius: 18px; padding: 28px; }
#startStatus { font-size: 30px; color: #44566a; }
QScrollBar:vertical { width: 36px; background: #dde5ee; border: none; border-radius: 18px; margin: 0; }
QScrollBar::handle:vertical { background: #7f97b0; border-radius: 18px; min-height: 90px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
#matterList, #matterListInner { background: transparent; }
QPushButton#skipIdButton, QPushButton#addMatterButton, QPushButton#startOverButton { min-width: 240px; }
QLabel#errorTitle { color: #b3261e; }
)";

} // namespace

QString KioskStyle::styleSheet()
{
    return QString::fromLatin1(kStyle);
}

QFont KioskStyle::font()
{
    QFont f = QApplication::font();
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"), QStringLiteral("SimHei")});
    return f;
}

QFont KioskStyle::monoFont()
{
    QFont mono = font();
    mono.setFamilies({QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    return mono;
}

QVBoxLayout *KioskStyle::pageLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 24, 48, 16);
    layout->setSpacing(18);
    return layout;
}

QLabel *KioskStyle::entryDisplay(const QString &objectName, QWidget *parent)
{
    QLabel *display = label(objectName, nullptr, parent);
    display->setWordWrap(false);
    display->setTextFormat(Qt::RichText);
    display->setAlignment(Qt::AlignCenter);
    return display;
}

QLabel *KioskStyle::entryMessage(const QString &objectName, QWidget *parent)
{
    QLabel *message = label(objectName, nullptr, parent);
    message->setMinimumHeight(90);
    message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return message;
}

void KioskStyle::keypadPage(QVBoxLayout *page, QLabel *title, QLabel *hint, QLabel *display, QLabel *message, QLayout *buttons,
                            QWidget *keypad)
{
    auto *left = new QVBoxLayout;
    left->setSpacing(20);
    left->addWidget(display);
    left->addWidget(message);
    left->addStretch();
    left->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->setSpacing(48);
    row->addLayout(left, 1);
    row->addWidget(keypad, 0, Qt::AlignTop);
    page->addWidget(title);
    page->addWidget(hint);
    page->addSpacing(8);
    page->addLayout(row, 1);
}

QLayout *KioskStyle::confirmRow(QPushButton *confirm)
{
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(confirm);
    return row;
}

QLabel *KioskStyle::label(const QString &objectName, const char *role, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    if (role)
        l->setProperty("kiosk", QString::fromLatin1(role));
    l->setWordWrap(true);
    // Text takes the height it needs; spare room goes to the buttons and stretches.
    l->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return l;
}

QPushButton *KioskStyle::button(const QString &objectName, const char *role, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    if (role)
        b->setProperty("kiosk", QString::fromLatin1(role));
    b->setFocusPolicy(Qt::NoFocus); // a touch screen: no focus frames
    return b;
}

// QPushButton cannot wrap its text: the text is a label inside the button that lets the touches
// through. The accessible name carries the text.
QPushButton *KioskStyle::wrappingButton(const QString &objectName, const char *role, const QString &text, QWidget *parent,
                                        QLabel *badge)
{
    QPushButton *b = button(objectName, role, parent);
    b->setAccessibleName(text);
    auto *layout = new QHBoxLayout(b);
    layout->setContentsMargins(24, 6, 24, 6);
    layout->setSpacing(24);
    if (badge) {
        badge->setParent(b);
        badge->setAttribute(Qt::WA_TransparentForMouseEvents);
        badge->setAlignment(Qt::AlignCenter);
        layout->addWidget(badge);
    }
    auto *label = new QLabel(text, b);
    label->setProperty("kiosk", QStringLiteral("buttonText"));
    label->setWordWrap(true);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(label, 1);
    return b;
}

// Widgets go later (one of them may be the button whose click is being handled) and lose their
// names now, so nothing finds the old ones meanwhile.
void KioskStyle::clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setObjectName(QString());
            for (QObject *child : w->findChildren<QObject *>())
                child->setObjectName(QString());
            w->deleteLater();
        } else if (QLayout *inner = item->layout()) {
            clearLayout(inner);
        }
        delete item;
    }
}

void KioskStyle::setState(QWidget *w, const char *name, const QVariant &value)
{
    if (w->property(name) == value)
        return;
    w->setProperty(name, value);
    w->style()->unpolish(w);
    w->style()->polish(w);
}

QString KioskStyle::blanks(const QString &typed, int length, const QList<int> &gaps)
{
    QString html;
    for (int i = 0; i < length; ++i) {
        if (gaps.contains(i))
            html += QStringLiteral("&nbsp;");
        html += i < typed.size() ? QString(typed.at(i)) : QStringLiteral("<span style=\"color:#b4bec8\">_</span>");
    }
    return html;
}

} // namespace ow
