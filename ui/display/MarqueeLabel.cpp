#include "ui/display/MarqueeLabel.h"

#include <QEvent>
#include <QPainter>

namespace ow {

namespace {
constexpr int kFrameMs = 30;
}

MarqueeLabel::MarqueeLabel(QWidget *parent) : QWidget(parent)
{
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &MarqueeLabel::step);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MarqueeLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleName(text);
    m_offset = 0;
    restartIfNeeded();
}

QSize MarqueeLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(m_text), fm.height() + fm.height() / 3};
}

QSize MarqueeLabel::minimumSizeHint() const
{
    return {0, sizeHint().height()};
}

void MarqueeLabel::restartIfNeeded()
{
    const bool scroll = QFontMetrics(font()).horizontalAdvance(m_text) > width();
    if (scroll && !m_timer.isActive())
        m_timer.start();
    else if (!scroll)
        m_timer.stop();
    updateGeometry();
    update();
}

void MarqueeLabel::step()
{
    const int textWidth = QFontMetrics(font()).horizontalAdvance(m_text);
    const int gap = width() / 3;
    m_offset += m_speed * kFrameMs / 1000.0;
    if (m_offset > textWidth + gap)
        m_offset -= textWidth + gap;
    update();
}

void MarqueeLabel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setPen(palette().color(QPalette::WindowText));
    p.setFont(font());
    const QFontMetrics fm(font());
    const int textWidth = fm.horizontalAdvance(m_text);
    if (!m_timer.isActive()) {
        p.drawText(rect(), Qt::AlignCenter, m_text);
        return;
    }
    // Two copies one gap apart, so the line never runs empty.
    const int gap = width() / 3;
    const int y = (height() + fm.ascent() - fm.descent()) / 2;
    const int x = width() / 8 - static_cast<int>(m_offset);
    p.drawText(x, y, m_text);
    p.drawText(x + textWidth + gap, y, m_text);
}

void MarqueeLabel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    restartIfNeeded();
}

void MarqueeLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        restartIfNeeded();
    QWidget::changeEvent(event);
}

} // namespace ow
