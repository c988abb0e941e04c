#include "ui/kiosk/KioskPriorityPage.h"

#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

KioskPriorityPage::KioskPriorityPage(QWidget *parent) : QWidget(parent)
{
    QVBoxLayout *l = KioskStyle::pageLayout(this);
    m_title = KioskStyle::label(QStringLiteral("priorityTitle"), "title", this);
    m_hint = KioskStyle::label(QStringLiteral("priorityHint"), "hint", this);
    m_grid = new QGridLayout;
    m_grid->setSpacing(24);
    l->addWidget(m_title);
    l->addWidget(m_hint);
    l->addSpacing(12);
    l->addLayout(m_grid);
    l->addStretch();
    showGroups();
}

void KioskPriorityPage::showGroups()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    const QList<PriorityGroup> &groups = KioskText::priorityGroups();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString group = groups.at(i).code;
        QPushButton *b = KioskStyle::button(QStringLiteral("priorityButton_") + group, "matter", this);
        b->setProperty("group", group);
        connect(b, &QPushButton::clicked, this, [this, group] { Q_EMIT chosen(group); });
        m_grid->addWidget(b, static_cast<int>(i / 2), static_cast<int>(i % 2));
        m_buttons.append(b);
    }
    QPushButton *none = KioskStyle::button(QStringLiteral("priorityButton_none"), "matter", this);
    none->setProperty("group", QString());
    connect(none, &QPushButton::clicked, this, [this] { Q_EMIT chosen({}); });
    m_grid->addWidget(none, static_cast<int>((groups.size() + 1) / 2), 0, 1, 2);
    m_buttons.append(none);
    for (QPushButton *b : std::as_const(m_buttons))
        b->setText(KioskText::priorityLabel(b->property("group").toString()));
}

void KioskPriorityPage::showChosen(const QString &group)
{
    for (QPushButton *b : std::as_const(m_buttons))
        KioskStyle::setState(b, "chosen", b->property("group").toString() == group);
}

void KioskPriorityPage::retranslate()
{
    m_title->setText(KioskText::tr("Do you need priority service?"));
    m_hint->setText(KioskText::tr("Priority (green channel) is for the groups below. Please show your certificate at the window."));
    for (QPushButton *b : std::as_const(m_buttons))
        b->setText(KioskText::priorityLabel(b->property("group").toString()));
}

} // namespace ow
