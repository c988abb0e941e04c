// LogSmsGateway: takes what an SMS platform would take (a mainland mobile number, a text), writes
// each message to the "ow.sms" log with the phone masked, and refuses the rest naming the field.
#include "core/service/cases/SmsGateway.h"

#include <QLoggingCategory>
#include <QTest>

using namespace ow;

namespace {

struct Logged
{
    QString category;
    QString text;
};
QList<Logged> g_logged;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    g_logged.append({QString::fromLatin1(context.category ? context.category : ""), text});
    if (g_previous)
        g_previous(type, context, text);
}

} // namespace

class TestSmsGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("ow.sms.info=true"));
        g_previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void init() { g_logged.clear(); }

    void isMobileNumber_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("mobile");
        QTest::newRow("139") << QStringLiteral("13912345678") << true;
        QTest::newRow("199") << QStringLiteral("19912345678") << true;
        QTest::newRow("padded") << QStringLiteral(" 13912345678 ") << true;
        QTest::newRow("second digit 2") << QStringLiteral("12912345678") << false;
        QTest::newRow("second digit 0") << QStringLiteral("10912345678") << false;
        QTest::newRow("10 digits") << QStringLiteral("1391234567") << false;
        QTest::newRow("12 digits") << QStringLiteral("139123456789") << false;
        QTest::newRow("landline") << QStringLiteral("0816-2345678") << false;
        QTest::newRow("country code") << QStringLiteral("+8613912345678") << false;
        QTest::newRow("with dashes") << QStringLiteral("139-1234-5678") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void isMobileNumber()
    {
        QFETCH(QString, phone);
        QFETCH(bool, mobile);
        QCOMPARE(LogSmsGateway::isMobileNumber(phone), mobile);
    }

    void sendLogsWithThePhoneMasked()
    {
        LogSmsGateway gateway;
        const QString text = QStringLiteral("您的办件 MY-CITY-20261102-0001 已受理。");
        const Status st = gateway.send(QStringLiteral("13912345678"), text);
        QVERIFY(st.ok());
        QCOMPARE(g_logged.size(), 1);
        QCOMPARE(g_logged.first().category, QStringLiteral("ow.sms"));
        QVERIFY2(g_logged.first().text.contains(QStringLiteral("139****5678")), qPrintable(g_logged.first().text));
        QVERIFY2(!g_logged.first().text.contains(QStringLiteral("13912345678")), qPrintable(g_logged.first().text));
        QVERIFY(g_logged.first().text.contains(text));
    }

    void notAMobileIsRefused_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::newRow("landline") << QStringLiteral("0816-2345678");
        QTest::newRow("too short") << QStringLiteral("1391234");
        QTest::newRow("empty") << QString();
    }

    void notAMobileIsRefused()
    {
        QFETCH(QString, phone);
        LogSmsGateway gateway;
        const Status st = gateway.send(phone, QStringLiteral("text"));
        QVERIFY(!st.ok());
        QVERIFY(st.error().code == ErrorCode::ValidationFailed);
        QVERIFY(st.error().extra.value(QLatin1String("fields")).toObject().contains(QLatin1String("phone")));
        QVERIFY(g_logged.isEmpty()); // nothing was sent
    }

    void refusalDoesNotLeakTheNumber()
    {
        // The detail goes to logs: a near-miss number (one digit short) is still personal data.
        LogSmsGateway gateway;
        const Status st = gateway.send(QStringLiteral("2391234567"), QStringLiteral("text"));
        QVERIFY(!st.ok());
        QVERIFY2(!st.error().detail.contains(QStringLiteral("2391234567")), qPrintable(st.error().detail));
    }

    void emptyTextIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  \n ");
    }

    void emptyTextIsRefused()
    {
        QFETCH(QString, text);
        LogSmsGateway gateway;
        const Status st = gateway.send(QStringLiteral("13912345678"), text);
        QVERIFY(!st.ok());
        QVERIFY(st.error().code == ErrorCode::ValidationFailed);
        QVERIFY(st.error().extra.value(QLatin1String("fields")).toObject().contains(QLatin1String("text")));
        QVERIFY(g_logged.isEmpty());
    }

    void usableThroughTheInterface()
    {
        LogSmsGateway log;
        SmsGateway &gateway = log;
        QVERIFY(gateway.send(QStringLiteral("13912345678"), QStringLiteral("ok")).ok());
        QVERIFY(!gateway.send(QStringLiteral("12345"), QStringLiteral("ok")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSmsGateway)
#include "tst_smsgateway.moc"
