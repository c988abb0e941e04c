#include "ui/kiosk/KioskMattersPage.h"

#include "core/client/ClientSession.h"
#include "ui/kiosk/KioskChoices.h"
#include "ui/kiosk/KioskStyle.h"
#include "ui/kiosk/KioskText.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

namespace ow {

namespace {
constexpr int kColumns = 3; // every category's matters on one landscape screen, no scrolling
}

KioskMattersPage::KioskMattersPage(const ClientSession &session, const KioskChoices &choices, QWidget *parent)
    : QWidget(parent), m_session(session), m_choices(choices)
{
    QVBoxLayout *l = KioskStyle::pageLayout(this);
    m_title = KioskStyle::label(QStringLiteral("mattersTitle"), "title", this);
    m_hint = KioskStyle::label(QStringLiteral("mattersHint"), "hint", this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("matterList"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("matterListInner"));
    scroll->viewport()->setAutoFillBackground(false);
    m_grid = new QGridLayout(inner);
    m_grid->setContentsMargins(0, 0, 12, 0);
    m_grid->setSpacing(16);
    scroll->setWidget(inner);
    // Drag to scroll with a finger; mouse clicks (and tests) are left alone.
    QScroller::grabGesture(scroll->viewport(), QScroller::TouchGesture);
    auto *heading = new QHBoxLayout;
    heading->setSpacing(32);
    heading->addWidget(m_title);
    heading->addWidget(m_hint, 1, Qt::AlignBottom);
    m_title->setWordWrap(false);
    l->addLayout(heading);
    l->addWidget(scroll, 1);
}

void KioskMattersPage::fill()
{
    KioskStyle::clearLayout(m_grid);
    const Catalogue *catalogue = m_session.catalogue();
    const Category *category = catalogue ? catalogue->category(m_choices.category) : nullptr;
    if (!category)
        return;
    const QString lang = KioskText::language();
    m_title->setText(category->name.in(lang));
    int i = 0;
    for (const ServiceItem &s : catalogue->services()) {
        if (s.category != m_choices.category)
            continue;
        const bool chosen = m_choices.matters.contains(s.code);
        const QString text = chosen ? KioskText::tr("✓ %1 (chosen)").arg(s.name.in(lang)) : s.name.in(lang);
        QPushButton *b = KioskStyle::wrappingButton(QStringLiteral("matterButton_") + s.code, "matter", text, m_grid->parentWidget());
        b->setProperty("chosen", chosen);
        const QString code = s.code;
        connect(b, &QPushButton::clicked, this, [this, code] { Q_EMIT matterChosen(code); });
        m_grid->addWidget(b, i / kColumns, i % kColumns);
        ++i;
    }
    for (int col = 0; col < kColumns; ++col)
        m_grid->setColumnStretch(col, 1);
    m_grid->setRowStretch(m_grid->rowCount(), 1);
}

void KioskMattersPage::retranslate()
{
    m_hint->setText(KioskText::tr("Tap the matter you came for."));
}

} // namespace ow
