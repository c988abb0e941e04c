#include "ui/kiosk/KioskCategoriesPage.h"

#include "core/client/ClientSession.h"
#include "ui/kiosk/KioskChoices.h"
#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

KioskCategoriesPage::KioskCategoriesPage(const ClientSession &session, const KioskChoices &choices, QWidget *parent)
    : QWidget(parent), m_session(session), m_choices(choices)
{
    QVBoxLayout *l = KioskStyle::pageLayout(this);
    m_title = KioskStyle::label(QStringLiteral("categoriesTitle"), "title", this);
    m_hint = KioskStyle::label(QStringLiteral("categoriesHint"), "hint", this);
    m_grid = new QGridLayout;
    m_grid->setSpacing(24);
    m_selectedBar = KioskStyle::button(QStringLiteral("selectedBarButton"), "primary", this);
    connect(m_selectedBar, &QPushButton::clicked, this, &KioskCategoriesPage::chosenMattersWanted);
    m_appointment = KioskStyle::button(QStringLiteral("appointmentButton"), nullptr, this);
    connect(m_appointment, &QPushButton::clicked, this, &KioskCategoriesPage::appointmentWanted);
    m_caseStatus = KioskStyle::button(QStringLiteral("caseStatusButton"), nullptr, this);
    connect(m_caseStatus, &QPushButton::clicked, this, &KioskCategoriesPage::caseStatusWanted);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(24);
    bottom->addWidget(m_caseStatus);
    bottom->addWidget(m_appointment);
    bottom->addWidget(m_selectedBar, 1);
    l->addWidget(m_title);
    l->addWidget(m_hint);
    l->addSpacing(8);
    l->addLayout(m_grid, 1);
    l->addLayout(bottom);
}

void KioskCategoriesPage::fill()
{
    KioskStyle::clearLayout(m_grid);
    const Catalogue *catalogue = m_session.catalogue();
    if (!catalogue)
        return;
    const QString lang = KioskText::language();
    const QList<Category> &categories = catalogue->categories();
    constexpr int columns = 3;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const Category &c = categories.at(i);
        auto *badge = new QLabel(c.prefix);
        badge->setObjectName(QStringLiteral("prefixBadge"));
        QPushButton *b = KioskStyle::wrappingButton(QStringLiteral("categoryButton_") + c.code, "category", c.name.in(lang), this, badge);
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding); // big targets fill the screen
        const QString code = c.code;
        connect(b, &QPushButton::clicked, this, [this, code] { Q_EMIT categoryChosen(code); });
        m_grid->addWidget(b, static_cast<int>(i / columns), static_cast<int>(i % columns));
    }
    for (int col = 0; col < columns; ++col)
        m_grid->setColumnStretch(col, 1);
}

void KioskCategoriesPage::showChoices()
{
    m_selectedBar->setVisible(!m_choices.matters.isEmpty());
}

void KioskCategoriesPage::retranslate()
{
    m_title->setText(KioskText::tr("What would you like to do today?"));
    m_hint->setText(KioskText::tr("Tap a kind of business. You can take one ticket for several matters."));
    m_selectedBar->setText(KioskText::tr("%n matter(s) chosen — continue ›", nullptr, static_cast<int>(m_choices.matters.size())));
    m_appointment->setText(KioskText::tr("I have an appointment"));
    m_caseStatus->setText(KioskText::tr("Where is my case?"));
}

} // namespace ow
