#include "ui/kiosk/KioskErrorPage.h"

#include "core/domain/util/Error.h"
#include "core/domain/util/ErrorMessages.h"
#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

KioskErrorPage::KioskErrorPage(QWidget *parent) : QWidget(parent)
{
    QVBoxLayout *l = KioskStyle::pageLayout(this);
    m_title = KioskStyle::label(QStringLiteral("errorTitle"), "title", this);
    m_text = KioskStyle::label(QStringLiteral("issueError"), nullptr, this);
    m_retry = KioskStyle::button(QStringLiteral("retryButton"), "primary", this);
    m_startOver = KioskStyle::button(QStringLiteral("startOverButton"), nullptr, this);
    m_retry->setMinimumWidth(320);
    connect(m_retry, &QPushButton::clicked, this, &KioskErrorPage::retryWanted);
    connect(m_startOver, &QPushButton::clicked, this, &KioskErrorPage::startOverWanted);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(32);
    buttons->addWidget(m_startOver);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    l->addWidget(m_title);
    l->addSpacing(12);
    l->addWidget(m_text);
    l->addStretch();
    l->addLayout(buttons);
}

void KioskErrorPage::showError(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Unavailable:
        m_text->setText(KioskText::tr("The kiosk cannot reach the ticket service right now. Please try again in a moment, or ask "
                                      "the staff at the information desk."));
        break;
    case ErrorCode::Unauthorized:
        m_text->setText(KioskText::tr("The kiosk has to sign in again. Please try again in a moment."));
        Q_EMIT sessionExpired();
        break;
    default:
        m_text->setText(KioskText::tr("The server answered: %1").arg(error.detail.isEmpty() ? errorMessage(error.code) : error.detail));
        break;
    }
}

void KioskErrorPage::retranslate()
{
    m_title->setText(KioskText::tr("No ticket could be issued"));
    m_retry->setText(KioskText::tr("Try again"));
    m_startOver->setText(KioskText::tr("Start over"));
}

} // namespace ow
