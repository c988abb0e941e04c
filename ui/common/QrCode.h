#pragma once

#include <QByteArray>
#include <QImage>

class QPainter;
class QRectF;

namespace ow {

// A QR code made by libqrencode (error correction level M), for printed tickets: the modules
// as data, a black-and-white image, or vector squares painted straight onto a printer.
class QrCode
{
public:
    // Null when the data does not fit in a QR code (or libqrencode fails).
    static QrCode encode(const QByteArray &data);

    bool isNull() const { return m_size == 0; }
    int version() const { return m_version; } // 1–40
    int size() const { return m_size; }       // modules per side: 17 + 4 × version
    bool isDark(int x, int y) const;

    // `scale` pixels per module, with a quiet zone of `quietZone` modules; pure black on white.
    QImage toImage(int scale = 1, int quietZone = 4) const;
    // Paints the code, quiet zone included, into the square `target` as filled rectangles, so a
    // printer gets sharp edges at any resolution.
    void paint(QPainter &painter, const QRectF &target, int quietZone = 4) const;

private:
    int m_version = 0;
    int m_size = 0;
    QByteArray m_modules; // row-major, 1 = dark
};

} // namespace ow
