#pragma once

#include <QTimer>
#include <QWidget>

namespace ow {

// One line of text that scrolls from right to left when it is wider than the widget (the
// notice line at the foot of the hall display), and stands centred when it fits.
class MarqueeLabel : public QWidget
{
    Q_OBJECT
public:
    explicit MarqueeLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    const QString &text() const { return m_text; }
    // Scrolling speed in pixels per second at this font size.
    void setSpeed(int pixelsPerSecond) { m_speed = pixelsPerSecond; }
    bool isScrolling() const { return m_timer.isActive(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void restartIfNeeded();
    void step();

    QString m_text;
    QTimer m_timer;
    double m_offset = 0;
    int m_speed = 120;
};

} // namespace ow
