// QrCode against libqrencode itself: the module grid it reports, the image it draws (square,
// pure black and white, quiet zone, finder patterns), and vector painting at any scale.
#include "ui/common/QrCode.h"

#include <QPainter>
#include <QTest>

#include <qrencode.h>

#include <memory>

using namespace ow;

class TestQrCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesLibqrencode_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("number") << QByteArray("E001");
        QTest::newRow("status link") << QByteArray("http://127.0.0.1:8460/t/MY-CITY/2026-11-02/E001");
        QTest::newRow("link with masked id")
            << QByteArray("https://hall.example.cn/t/MY-CITY/2026-11-02/E001?id=1101**********002X");
        QTest::newRow("utf-8") << QByteArray("绵阳市人力资源和社会保障局政务服务大厅 E001");
        QTest::newRow("long") << QByteArray(600, 'a');
    }
    void matchesLibqrencode()
    {
        QFETCH(QByteArray, data);
        const QrCode code = QrCode::encode(data);
        QVERIFY(!code.isNull());
        std::unique_ptr<QRcode, decltype(&QRcode_free)> reference(
            QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
        QVERIFY(reference);
        QCOMPARE(code.version(), reference->version);
        QCOMPARE(code.size(), reference->width);
        QCOMPARE(code.size(), 17 + 4 * code.version()); // 21 modules at version 1, +4 per version
        for (int y = 0; y < code.size(); ++y) {
            for (int x = 0; x < code.size(); ++x)
                QCOMPARE(code.isDark(x, y), (reference->data[y * reference->width + x] & 1) != 0);
        }
    }

    void imageIsSquareBlackAndWhiteWithQuietZone()
    {
        const QrCode code = QrCode::encode("http://127.0.0.1:8460/t/MY-CITY/2026-11-02/E001");
        const int scale = 3;
        const int quiet = 4;
        const QImage image = code.toImage(scale, quiet);
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.width(), (code.size() + 2 * quiet) * scale);
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                QVERIFY2(p == qRgb(0, 0, 0) || p == qRgb(255, 255, 255), "only black and white");
                const int mx = x / scale - quiet;
                const int my = y / scale - quiet;
                const bool inCode = mx >= 0 && my >= 0 && mx < code.size() && my < code.size();
                QCOMPARE(p == qRgb(0, 0, 0), inCode && code.isDark(mx, my));
                dark += p == qRgb(0, 0, 0);
            }
        }
        QVERIFY(dark > 0);
        // The three finder patterns: dark outer ring, light ring, dark 3×3 centre.
        for (const QPoint corner : {QPoint(0, 0), QPoint(code.size() - 7, 0), QPoint(0, code.size() - 7)}) {
            QVERIFY(code.isDark(corner.x(), corner.y()));
            QVERIFY(code.isDark(corner.x() + 6, corner.y() + 6));
            QVERIFY(!code.isDark(corner.x() + 1, corner.y() + 1));
            QVERIFY(code.isDark(corner.x() + 3, corner.y() + 3));
        }
    }

    void differentInputsDiffer()
    {
        const QImage a = QrCode::encode("http://h/t/MY-CITY/2026-11-02/E001").toImage();
        const QImage b = QrCode::encode("http://h/t/MY-CITY/2026-11-02/E002").toImage();
        QCOMPARE(a.size(), b.size());
        QVERIFY(a != b);
        QCOMPARE(QrCode::encode("same").toImage(), QrCode::encode("same").toImage());
    }

    void nothingToEncode()
    {
        QVERIFY(QrCode::encode({}).isNull());
        QVERIFY(QrCode::encode(QByteArray(5000, 'x')).isNull()); // beyond version 40 at level M
        QVERIFY(QrCode::encode({}).toImage().isNull());
    }

    void paintMatchesModules()
    {
        const QrCode code = QrCode::encode("E001");
        const int module = 10;
        const int quiet = 2;
        const int side = (code.size() + 2 * quiet) * module;
        QImage canvas(side + 40, side + 40, QImage::Format_RGB32);
        canvas.fill(Qt::red);
        {
            QPainter p(&canvas);
            code.paint(p, QRectF(20, 20, side, side), quiet);
        }
        QCOMPARE(canvas.pixel(10, 10), qRgb(255, 0, 0)); // nothing painted outside the target
        QCOMPARE(canvas.pixel(20 + module / 2, 20 + module / 2), qRgb(255, 255, 255)); // quiet zone
        for (int y = 0; y < code.size(); ++y) {
            for (int x = 0; x < code.size(); ++x) {
                const QPoint centre(20 + (x + quiet) * module + module / 2, 20 + (y + quiet) * module + module / 2);
                QCOMPARE(canvas.pixel(centre), code.isDark(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
            }
        }
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qr_code.moc"
