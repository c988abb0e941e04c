#include "ui/kiosk/KioskSelectedPage.h"

#include "core/client/ClientSession.h"
#include "core/client/api/CoverageApi.h"
#include "ui/common/CoverageText.h"
#include "ui/kiosk/KioskChoices.h"
#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

KioskSelectedPage::KioskSelectedPage(ClientSession &session, const KioskChoices &choices, QWidget *parent)
    : QWidget(parent), m_session(session), m_choices(choices)
{
    QVBoxLayout *l = KioskStyle::pageLayout(this);
    m_title = KioskStyle::label(QStringLiteral("selectedTitle"), "title", this);
    m_list = new QVBoxLayout;
    m_list->setSpacing(16);
    auto *list = new QWidget(this);
    list->setObjectName(QStringLiteral("selectedMatters"));
    list->setLayout(m_list);
    m_add = KioskStyle::button(QStringLiteral("addMatterButton"), nullptr, this);
    m_next = KioskStyle::button(QStringLiteral("mattersNextButton"), "primary", this);
    m_next->setMinimumWidth(360);
    connect(m_add, &QPushButton::clicked, this, &KioskSelectedPage::addWanted);
    connect(m_next, &QPushButton::clicked, this, &KioskSelectedPage::nextWanted);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(32);
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_next);
    l->addWidget(m_title);
    l->addWidget(list);
    l->addStretch();
    l->addLayout(buttons);
}

void KioskSelectedPage::fill()
{
    KioskStyle::clearLayout(m_list);
    for (qsizetype i = 0; i < m_choices.matters.size(); ++i) {
        const QString code = m_choices.matters.at(i);
        auto *row = new QWidget(m_list->parentWidget());
        row->setObjectName(QStringLiteral("selectedRow"));
        row->setAttribute(Qt::WA_StyledBackground);
        row->setMinimumHeight(112);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(28, 10, 14, 10);
        auto *name = new QLabel(QStringLiteral("%1.  %2").arg(i + 1).arg(KioskText::serviceName(m_session, code)), row);
        name->setWordWrap(true);
        auto *where = KioskStyle::label(QStringLiteral("nearbyHalls_") + code, "hint", row);
        where->setWordWrap(true);
        where->hide();
        auto *text = new QVBoxLayout;
        text->addWidget(name);
        text->addWidget(where);
        showNearest(code, where);
        QPushButton *remove = KioskStyle::button(QStringLiteral("removeMatter_") + code, nullptr, row);
        remove->setText(KioskText::tr("Remove"));
        remove->setMinimumSize(200, 88);
        connect(remove, &QPushButton::clicked, this, [this, code] { Q_EMIT matterRemoved(code); });
        rowLayout->addLayout(text, 1);
        rowLayout->addWidget(remove);
        m_list->addWidget(row);
    }
}

void KioskSelectedPage::showNearest(const QString &code, QLabel *where)
{
    if (!m_session.isLoggedIn())
        return;
    const QString hall = m_session.account().hallCode;
    QPointer<QLabel> label(where);
    CoverageApi(m_session.api()).nearestFromHall(hall, code, 1, [label, hall](Result<NearestHallsAnswer> answer) {
        // Said only when this hall may not accept the matter; nothing when it may, or when the
        // answer does not come (the ticket is issued all the same).
        if (!label || !answer || answer.value().halls.isEmpty() || answer.value().halls.first().code == hall)
            return;
        const HallReach &h = answer.value().halls.first();
        label->setText(KioskText::tr("This hall does not handle this matter. Nearest hall that does: %1, %2 away (%3).")
                           .arg(h.name.in(KioskText::language()), CoverageText::distance(h.distanceKm), CoverageText::minutes(h.minutes)));
        label->show();
    });
}

void KioskSelectedPage::retranslate()
{
    m_title->setText(KioskText::tr("Your matters for this visit"));
    m_add->setText(KioskText::tr("+ Add another matter"));
    m_next->setText(KioskText::tr("Next ›"));
}

} // namespace ow
