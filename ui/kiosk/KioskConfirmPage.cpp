#include "ui/kiosk/KioskConfirmPage.h"

#include "core/client/ClientSession.h"
#include "core/domain/util/Masking.h"
#include "ui/kiosk/KioskChoices.h"
#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"

#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

KioskConfirmPage::KioskConfirmPage(ClientSession &session, KioskChoices &choices, QWidget *parent)
    : QWidget(parent), m_session(session), m_choices(choices), m_requests(session)
{
    QVBoxLayout *l = KioskStyle::pageLayout(this);
    m_title = KioskStyle::label(QStringLiteral("confirmTitle"), "title", this);
    m_summary = KioskStyle::label(QStringLiteral("summary"), nullptr, this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_issue = KioskStyle::button(QStringLiteral("issueButton"), "primary", this);
    m_status = KioskStyle::label(QStringLiteral("issueStatus"), nullptr, this);
    m_status->setAlignment(Qt::AlignCenter);
    connect(m_issue, &QPushButton::clicked, this, &KioskConfirmPage::issue);
    l->addWidget(m_title);
    l->addWidget(m_summary);
    l->addStretch();
    l->addWidget(m_issue, 0, Qt::AlignHCenter);
    l->addWidget(m_status);
}

void KioskConfirmPage::fill()
{
    QString html = QStringLiteral("<p style=\"margin-bottom:12px\"><b>%1</b></p>").arg(KioskText::tr("Matters").toHtmlEscaped());
    for (qsizetype i = 0; i < m_choices.matters.size(); ++i)
        html += QStringLiteral("<p style=\"margin-left:24px; margin-bottom:8px\">%1. %2</p>")
                    .arg(i + 1)
                    .arg(KioskText::serviceName(m_session, m_choices.matters.at(i)).toHtmlEscaped());
    auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<p style=\"margin-top:16px\"><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(KioskText::tr("Priority:"),
         m_choices.priorityGroup.isEmpty() ? KioskText::tr("none") : KioskText::priorityLabel(m_choices.priorityGroup));
    line(KioskText::tr("Resident ID number:"), m_choices.residentId.isEmpty()
                                                   ? KioskText::tr("not given")
                                                   : ow::mask(PersonalData::ResidentIdNumber, m_choices.residentId));
    m_summary->setText(html);
    m_issue->setEnabled(!m_busy && !m_choices.matters.isEmpty());
    m_status->setText(m_busy ? KioskText::tr("Issuing your ticket, please wait…") : QString());
}

void KioskConfirmPage::retranslate()
{
    m_title->setText(KioskText::tr("Please check, then take your ticket"));
    m_issue->setText(KioskText::tr("Take ticket"));
}

void KioskConfirmPage::issue()
{
    if (m_busy || m_choices.matters.isEmpty() || !m_session.isLoggedIn())
        return;
    setBusy(true);
    fill();
    const int generation = ++m_generation;
    QPointer<KioskConfirmPage> self(this);
    m_requests.issueTicket(m_choices, [self, generation](Result<KioskTicket> r) {
        if (!self || generation != self->m_generation)
            return;
        self->setBusy(false);
        if (!r) {
            Q_EMIT self->failed(r.error());
            return;
        }
        Q_EMIT self->issued(r.value());
    });
}

void KioskConfirmPage::reset()
{
    ++m_generation;
    setBusy(false);
}

void KioskConfirmPage::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace ow
