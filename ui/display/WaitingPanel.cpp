#include "ui/display/WaitingPanel.h"

#include "ui/display/BoardStyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ow {

WaitingPanel::WaitingPanel(QWidget *parent)
    : QFrame(parent), m_title(boardLabel("waitingTitle", this)), m_total(boardLabel("waitingTotal", this)), m_chips(new QWidget(this))
    , m_chipGrid(new QGridLayout(m_chips))
{
    setObjectName(QStringLiteral("waitingCounts"));
    m_chipGrid->setContentsMargins(0, 0, 0, 0);
    auto *titleBox = new QVBoxLayout;
    titleBox->addWidget(m_title);
    titleBox->addWidget(m_total);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(28, 14, 28, 14);
    layout->setSpacing(28);
    layout->addLayout(titleBox);
    layout->addWidget(m_chips, 1);
}

int WaitingPanel::px(double basePixels) const
{
    return static_cast<int>(basePixels * m_scale + 0.5);
}

void WaitingPanel::retranslate()
{
    m_title->setText(tr("Waiting"));
}

void WaitingPanel::showCounts(const QMap<QString, int> &waiting, int total, const QMap<QString, QPair<int, int>> &waits)
{
    while (QLayoutItem *item = m_chipGrid->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater(); // we may be inside a layout pass
        }
        delete item;
    }
    m_total->setText(tr("%n in total", nullptr, total));
    if (waiting.isEmpty()) {
        QLabel *none = boardLabel("waitingNone", m_chips);
        none->setText(tr("Nobody is waiting"));
        m_chipGrid->addWidget(none, 0, 0);
    }
    const int columns = 5; // one row for up to five prefixes; all nine categories take two
    int i = 0;
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it, ++i) {
        auto *chip = new QFrame(m_chips);
        chip->setObjectName(QStringLiteral("waitingChip"));
        chip->setAccessibleName(it.key());
        QLabel *prefix = boardLabel("chipPrefix", chip);
        QLabel *name = boardLabel("chipName", chip);
        QLabel *count = boardLabel("chipCount", chip);
        prefix->setText(it.key());
        name->setText(m_categoryNames.value(it.key()));
        name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long name is cut, the chips stay in line
        count->setText(tr("%n waiting", nullptr, it.value()));
        if (const auto wait = waits.constFind(it.key()); wait != waits.cend())
            count->setText(count->text() + QStringLiteral(" · ") + tr("about %1–%2 min").arg(wait->first).arg(wait->second));
        prefix->setAlignment(Qt::AlignCenter);
        auto *text = new QVBoxLayout;
        text->setSpacing(0);
        text->addWidget(name);
        text->addWidget(count);
        auto *h = new QHBoxLayout(chip);
        h->addWidget(prefix);
        h->addLayout(text, 1);
        m_chipGrid->addWidget(chip, i / columns, i % columns);
    }
    for (int c = 0; c < columns; ++c)
        m_chipGrid->setColumnStretch(c, 1);
    scaleChips();
}

void WaitingPanel::setScale(double scale)
{
    m_scale = scale;
    m_title->setFont(boardFont(px(44), true));
    m_total->setFont(boardFont(px(34), true));
    scaleChips();
}

void WaitingPanel::scaleChips()
{
    for (int i = 0; i < m_chipGrid->count(); ++i) {
        QWidget *w = m_chipGrid->itemAt(i)->widget();
        if (!w)
            continue;
        if (w->objectName() == QLatin1String("waitingNone")) {
            w->setFont(boardFont(px(40), false));
            continue;
        }
        w->layout()->setContentsMargins(px(10), px(6), px(12), px(6));
        w->layout()->setSpacing(px(10));
        for (QLabel *l : w->findChildren<QLabel *>()) {
            if (l->objectName() == QLatin1String("chipPrefix")) {
                l->setFont(boardFont(px(64), true));
                l->setMinimumWidth(px(56));
            } else if (l->objectName() == QLatin1String("chipName")) {
                l->setFont(boardFont(px(24), false));
            } else {
                l->setFont(boardFont(px(40), true));
            }
        }
    }
}

} // namespace ow
