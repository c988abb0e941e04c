// PromiseRisk: when a waiting ticket is at risk of breaking the hall's promise, and when it broke
// it — three minutes before, never earlier than four fifths of the promise.
#include "core/domain/queue/PromiseRisk.h"

#include <QTest>

using namespace ow;

Q_DECLARE_METATYPE(ow::PromiseRisk::Level)

class TestPromiseRisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levels_data()
    {
        QTest::addColumn<int>("promise");
        QTest::addColumn<int>("waited"); // seconds
        QTest::addColumn<PromiseRisk::Level>("level");
        using L = PromiseRisk::Level;
        QTest::newRow("15: 11:59") << 15 << 719 << L::None;
        QTest::newRow("15: 12:00") << 15 << 720 << L::AtRisk;
        QTest::newRow("15: 14:59") << 15 << 899 << L::AtRisk;
        QTest::newRow("15: 15:00") << 15 << 900 << L::Broken;
        QTest::newRow("30: 13:00") << 30 << 780 << L::None;
        QTest::newRow("30: 27:00") << 30 << 1620 << L::AtRisk;
        QTest::newRow("10: 7:59 (four fifths: 8)") << 10 << 479 << L::None;
        QTest::newRow("10: 8:00") << 10 << 480 << L::AtRisk;
        QTest::newRow("10: 13:00") << 10 << 780 << L::Broken;
        QTest::newRow("5: 3:59") << 5 << 239 << L::None;
        QTest::newRow("5: 4:00") << 5 << 240 << L::AtRisk;
        QTest::newRow("60: 57:00") << 60 << 3420 << L::AtRisk;
        QTest::newRow("60: 56:59") << 60 << 3419 << L::None;
        QTest::newRow("0 taken as 1: 0:48") << 0 << 48 << L::AtRisk;
        QTest::newRow("not waited yet") << 15 << -5 << L::None;
    }

    void levels()
    {
        QFETCH(int, promise);
        QFETCH(int, waited);
        QFETCH(PromiseRisk::Level, level);
        QVERIFY(PromiseRisk(promise).of(waited) == level);
    }

    void defaults()
    {
        QCOMPARE(PromiseRisk().promiseMinutes(), 15);
        QCOMPARE(PromiseRisk().atRiskFromSeconds(), 12 * 60);
        QCOMPARE(PromiseRisk(40).promiseMinutes(), 40);
    }
};

QTEST_GUILESS_MAIN(TestPromiseRisk)
#include "tst_promise_risk.moc"
