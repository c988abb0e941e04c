// Messages to applicants: written with the step, sent only after its commit (never for a step
// rolled back), marked sent; a gateway failure leaves the message unsent and on record, and the
// resend sends it once the gateway works again — and nothing twice. A gateway that fails on
// purpose (fault injection) and a fake clock; the table on a real SQLite file.
#include "core/service/cases/CaseNotifications.h"
#include "core/service/cases/SmsGateway.h"
#include "core/sql/Database.h"
#include "core/service/store/ServerSchema.h"
#include "core/domain/util/Clock.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

class FlakyGateway final : public SmsGateway
{
public:
    bool down = false;
    QStringList sent;
    Status send(const QString &phone, const QString &text) override
    {
        if (down)
            return Error{ErrorCode::Unavailable, QStringLiteral("SMS platform unreachable"), {}};
        sent << phone + QLatin1Char(' ') + text;
        return okStatus();
    }
};

} // namespace

class TestCaseNotifications : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void sentAfterCommitResentWhenTheGatewayIsBack()
    {
        DatabaseLocation loc;
        loc.sqlitePath = QDir(m_dir.path()).filePath(QStringLiteral("n.sqlite"));
        // The table alone, as migration 8 makes it (the cases it points to are not needed here).
        const QList<Migration> schema{{1, "notifications", {QStringLiteral(
                                                               "CREATE TABLE case_notifications (id {PK}, case_id {BIGINT} NOT NULL, "
                                                               "kind TEXT NOT NULL, phone TEXT NOT NULL, text TEXT NOT NULL, "
                                                               "created_at {BIGINT} NOT NULL, sent_at {BIGINT})")}}};
        auto db = std::move(Database::open(loc, schema)).value();
        FakeClock clock;
        FlakyGateway sms;
        CaseNotifications notifications(*db, clock, sms);
        const QString text = CaseNotifications::resultReadyText(QStringLiteral("MY-CITY-20261102-0001"), QStringLiteral("市人社局政务服务大厅"));
        QVERIFY(!text.contains(QStringLiteral("5107"))); // never an ID number

        // A step rolled back: its message is neither kept nor sent.
        QVERIFY(!db->transaction([&]() -> Status {
                       if (auto s = notifications.notify(1, NotificationKind::ResultReady, QStringLiteral("13812345678"), text); !s)
                           return s;
                       return Error{ErrorCode::Conflict, QStringLiteral("the step failed"), {}};
                   }).ok());
        QVERIFY(sms.sent.isEmpty());
        QCOMPARE(notifications.ofCase(1).value().size(), 0);

        // Committed while the SMS platform is down: on record, unsent; the step stands.
        sms.down = true;
        QVERIFY(db->transaction([&] { return notifications.notify(1, NotificationKind::ResultReady, QStringLiteral("13812345678"), text); }).ok());
        QCOMPARE(notifications.ofCase(1).value().size(), 1);
        QCOMPARE(notifications.ofCase(1).value().first().sent, false);
        // No phone: nobody to tell, nothing recorded.
        QVERIFY(db->transaction([&] { return notifications.notify(2, NotificationKind::Mailed, QString(), text); }).ok());
        QCOMPARE(notifications.ofCase(2).value().size(), 0);

        // Too fresh to resend (its own send may still be under way); a minute later the platform
        // is back and it goes, once.
        sms.down = false;
        QCOMPARE(notifications.resendUnsent().value(), 0);
        clock.advance(61);
        QCOMPARE(notifications.resendUnsent().value(), 1);
        QCOMPARE(sms.sent.size(), 1);
        QVERIFY(sms.sent.first().endsWith(text));
        QCOMPARE(notifications.ofCase(1).value().first().sent, true);
        clock.advance(600);
        QCOMPARE(notifications.resendUnsent().value(), 0);
        QCOMPARE(sms.sent.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaseNotifications)
#include "tst_case_notifications.moc"
