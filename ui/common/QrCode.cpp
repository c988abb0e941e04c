#include "ui/common/QrCode.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <memory>

namespace ow {

QrCode QrCode::encode(const QByteArray &data)
{
    QrCode code;
    if (data.isEmpty())
        return code;
    // 8-bit mode with case kept: libqrencode still switches to denser modes where it can.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!qr)
        return code;
    code.m_version = qr->version;
    code.m_size = qr->width;
    const qsizetype count = static_cast<qsizetype>(qr->width) * qr->width;
    code.m_modules.resize(count);
    for (qsizetype i = 0; i < count; ++i)
        code.m_modules[i] = static_cast<char>(qr->data[i] & 1); // bit 0: dark module
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(static_cast<qsizetype>(y) * m_size + x) != 0;
}

QImage QrCode::toImage(int scale, int quietZone) const
{
    if (isNull() || scale < 1 || quietZone < 0)
        return {};
    const int side = (m_size + 2 * quietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + quietZone) * scale + dy);
                for (int dx = 0; dx < scale; ++dx)
                    line[(x + quietZone) * scale + dx] = 0;
            }
        }
    }
    return image;
}

void QrCode::paint(QPainter &painter, const QRectF &target, int quietZone) const
{
    if (isNull())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(target, Qt::white);
    const double module = std::min(target.width(), target.height()) / (m_size + 2 * quietZone);
    const QPointF origin = target.topLeft() + QPointF(quietZone * module, quietZone * module);
    // One path of all dark runs, filled once: PDF viewers then draw no hairline seams between
    // neighbouring modules.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            dark.addRect(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }
    painter.fillPath(dark, Qt::black);
    painter.restore();
}

} // namespace ow
