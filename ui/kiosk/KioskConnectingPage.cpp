#include "ui/kiosk/KioskConnectingPage.h"

#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ow {

KioskConnectingPage::KioskConnectingPage(QWidget *parent) : QWidget(parent)
{
    QVBoxLayout *l = KioskStyle::pageLayout(this);
    m_title = KioskStyle::label(QStringLiteral("startTitle"), "title", this);
    m_status = KioskStyle::label(QStringLiteral("startStatus"), nullptr, this);
    m_title->setAlignment(Qt::AlignCenter);
    m_status->setAlignment(Qt::AlignCenter);
    l->addStretch();
    l->addWidget(m_title);
    l->addWidget(m_status);
    l->addStretch();
}

void KioskConnectingPage::retranslate(bool loggedIn, const QString &loginError)
{
    if (!loggedIn) {
        m_title->setText(loginError.isEmpty() ? KioskText::tr("Connecting to the server…") : KioskText::tr("The kiosk is not available"));
        m_status->setText(loginError.isEmpty() ? KioskText::tr("Please wait a moment.")
                                               : loginError + QLatin1Char('\n')
                                                     + KioskText::tr("Please ask the staff at the information desk."));
    } else {
        m_title->setText(KioskText::tr("Loading the list of services…"));
        m_status->setText(KioskText::tr("Please wait a moment."));
    }
}

} // namespace ow
