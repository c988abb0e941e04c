// The session, org and sync contract types (core/domain/api/SessionBodies.h, SyncBodies.h,
// Account, Hall): every fully filled value reads back equal from what it writes, and a body that
// does not fit is refused naming the field.
#include "core/domain/api/SessionBodies.h"
#include "core/domain/api/SyncBodies.h"

#include <QJsonArray>
#include <QTest>

using namespace ow;

namespace {

template<typename T>
T readBack(const T &value)
{
    auto back = T::fromJson(value.toJson());
    if (!back)
        qFatal("does not read back: %s", qPrintable(back.error().detail));
    return back.value();
}

QStringList badFields(const Error &e)
{
    QStringList keys = e.extra.value(QLatin1String("fields")).toObject().keys();
    keys.sort();
    return keys;
}

Account account()
{
    Account a;
    a.id = 7;
    a.username = QStringLiteral("reviewer1");
    a.role = Role::Reviewer;
    a.hallCode = QStringLiteral("MY-FC");
    a.hallName = {QStringLiteral("涪城区人社服务大厅"), QStringLiteral("Fucheng District HR&SS Service Hall")};
    a.hallLevel = OrgLevel::County;
    a.name = {QStringLiteral("李强"), QStringLiteral("Li Qiang")};
    a.staffNo = QStringLiteral("FC-0007");
    a.categories = {QStringLiteral("pension"), QStringLiteral("employment")};
    return a;
}

Hall hall()
{
    Hall h;
    h.code = QStringLiteral("MY-FC-CJ");
    h.level = OrgLevel::Township;
    h.parentCode = QStringLiteral("MY-FC");
    h.name = {QStringLiteral("城郊街道便民服务中心"), QStringLiteral("Chengjiao Street Service Centre")};
    h.address = QStringLiteral("绵阳市涪城区城郊街道");
    h.timeZone = QStringLiteral("Asia/Shanghai");
    h.windows = {Window{1, WindowKind::Comprehensive, {}, {}},
                 Window{2, WindowKind::Dedicated, {QStringLiteral("pension")}, {{QStringLiteral("pension"), 2}}}};
    return h;
}

SyncOperation operation(qint64 seq)
{
    return {QStringLiteral("op-%1").arg(seq), seq, QStringLiteral("POST"), QStringLiteral("/api/v1/tickets/%1/serve").arg(seq),
            QJsonObject{{QLatin1String("window"), 3}}, QDateTime(QDate(2026, 11, 2), QTime(9, 30, 0, 250), QTimeZone::utc()),
            QStringLiteral("teller1")};
}

} // namespace

class TestSessionBodies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionBodiesReadBack()
    {
        const HealthAnswer health{QStringLiteral("ok"), QStringLiteral("0.1.0"), 10, QStringLiteral("0123456789abcdef0123456789abcdef")};
        QVERIFY(readBack(health) == health);
        const LoginRequest login{QStringLiteral("teller1"), QStringLiteral("demo1234")};
        QVERIFY(readBack(login) == login);
        const LoginAnswer answer{QStringLiteral("tok-en"), QDateTime(QDate(2026, 11, 2), QTime(21, 0), QTimeZone::utc()), account()};
        QVERIFY(readBack(answer) == answer);
        QVERIFY(readBack(account()) == account());
        QVERIFY(readBack(hall()) == hall());
        const HallsAnswer halls{{hall(), Hall{}}};
        QVERIFY(readBack(halls) == halls);
    }

    void loginNamesWhatIsMissing()
    {
        auto none = LoginRequest::fromJson({});
        QVERIFY(!none.ok());
        QCOMPARE(toString(none.error().code), QStringLiteral("validation_failed"));
        QCOMPARE(badFields(none.error()), (QStringList{QStringLiteral("password"), QStringLiteral("username")}));
        auto blank = LoginRequest::fromJson({{QLatin1String("username"), QStringLiteral("  ")}, {QLatin1String("password"), 5}});
        QCOMPARE(badFields(blank.error()), (QStringList{QStringLiteral("password"), QStringLiteral("username")}));
    }

    void answersThatDoNotFitAreNamed()
    {
        QJsonObject a = LoginAnswer{QStringLiteral("t"), {}, account()}.toJson();
        QJsonObject acc = a.value(QLatin1String("account")).toObject();
        acc.insert(QLatin1String("role"), QStringLiteral("astronaut"));
        QJsonObject hallPart = acc.value(QLatin1String("hall")).toObject();
        hallPart.insert(QLatin1String("level"), 3);
        acc.insert(QLatin1String("hall"), hallPart);
        a.insert(QLatin1String("account"), acc);
        a.remove(QLatin1String("token"));
        auto bad = LoginAnswer::fromJson(a);
        QVERIFY(!bad.ok());
        QCOMPARE(badFields(bad.error()),
                 (QStringList{QStringLiteral("account.hall.level"), QStringLiteral("account.role"), QStringLiteral("token")}));

        QJsonObject h = HallsAnswer{{hall()}}.toJson();
        QJsonArray list = h.value(QLatin1String("halls")).toArray();
        QJsonObject first = list.at(0).toObject();
        QJsonArray windows = first.value(QLatin1String("windows")).toArray();
        QJsonObject w = windows.at(1).toObject();
        w.insert(QLatin1String("kind"), QStringLiteral("teleport"));
        windows.replace(1, w);
        first.insert(QLatin1String("windows"), windows);
        list.replace(0, first);
        h.insert(QLatin1String("halls"), list);
        QCOMPARE(badFields(HallsAnswer::fromJson(h).error()), (QStringList{QStringLiteral("halls[0].windows[1].kind")}));
    }

    void syncBodiesReadBack()
    {
        SyncPush push{QStringLiteral("kiosk-7f3a"), {operation(1), operation(2)}};
        SyncOperation bodyless = operation(3);
        bodyless.method = QStringLiteral("DELETE");
        bodyless.body.reset();
        push.ops.append(bodyless);
        QVERIFY(readBack(push) == push);
        const SyncPushAnswer answer{QStringLiteral("abc"), 2,
                                    {{QStringLiteral("op-1"), 1, SyncOutcome::Acked, 200, QJsonObject{{QLatin1String("id"), 1}}},
                                     {QStringLiteral("op-2"), 2, SyncOutcome::Rejected, 403, QJsonObject{{QLatin1String("error"), QJsonObject{}}}},
                                     {QStringLiteral("op-3"), 3, SyncOutcome::Retry, 503, QJsonValue()},
                                     {QStringLiteral("op-4"), 4, SyncOutcome::Gap, 409, QJsonArray{1, 2}}}};
        QVERIFY(readBack(answer) == answer);
        const SyncCursor cursor{QStringLiteral("abc"), QStringLiteral("kiosk-7f3a"), 41};
        QVERIFY(readBack(cursor) == cursor);
    }

    void pushesThatAreNotOneAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("push");
        QTest::addColumn<QString>("field");
        const QJsonObject good = SyncPush{QStringLiteral("d"), {operation(1), operation(2)}}.toJson();
        const auto withOp = [&good](const char *key, const QJsonValue &value) {
            QJsonObject p = good;
            QJsonArray ops = p.value(QLatin1String("ops")).toArray();
            QJsonObject op = ops.at(0).toObject();
            op.insert(QLatin1String(key), value);
            ops.replace(0, op);
            p.insert(QLatin1String("ops"), ops);
            return p;
        };
        QJsonObject noDevice = good;
        noDevice.remove(QLatin1String("device"));
        QTest::newRow("no device") << noDevice << QStringLiteral("device");
        QJsonObject longDevice = good;
        longDevice.insert(QLatin1String("device"), QString(SyncPush::kMaxDeviceLength + 1, QLatin1Char('d')));
        QTest::newRow("device too long") << longDevice << QStringLiteral("device");
        QJsonObject noOps = good;
        noOps.insert(QLatin1String("ops"), QJsonArray{});
        QTest::newRow("no operations") << noOps << QStringLiteral("ops");
        QTest::newRow("no op id") << withOp("op_id", QString()) << QStringLiteral("op_id");
        QTest::newRow("op id too long") << withOp("op_id", QString(SyncOperation::kMaxOpIdLength + 1, QLatin1Char('x'))) << QStringLiteral("op_id");
        QTest::newRow("sequence not positive") << withOp("seq", 0) << QStringLiteral("seq");
        QTest::newRow("GET is not replayed") << withOp("method", QStringLiteral("GET")) << QStringLiteral("method");
        QTest::newRow("no path") << withOp("path", QString()) << QStringLiteral("path");
        QTest::newRow("body not an object") << withOp("body", QJsonArray{1}) << QStringLiteral("body");
        QTest::newRow("op id twice") << withOp("op_id", QStringLiteral("op-2")) << QStringLiteral("ops");
        QTest::newRow("sequence twice") << withOp("seq", 2) << QStringLiteral("ops");
    }

    void pushesThatAreNotOneAreRefused()
    {
        QFETCH(QJsonObject, push);
        QFETCH(QString, field);
        auto parsed = SyncPush::fromJson(push);
        QVERIFY(!parsed.ok());
        QCOMPARE(toString(parsed.error().code), QStringLiteral("validation_failed"));
        QCOMPARE(badFields(parsed.error()), QStringList{field});
    }

    void operationsComeInSequenceOrder()
    {
        auto parsed = SyncPush::fromJson(SyncPush{QStringLiteral("d"), {operation(5), operation(2), operation(9)}}.toJson());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().ops.size(), 3);
        QCOMPARE(parsed.value().ops[0].seq, 2);
        QCOMPARE(parsed.value().ops[1].seq, 5);
        QCOMPARE(parsed.value().ops[2].seq, 9);
    }

    void outcomesFromStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("200") << 200 << QStringLiteral("acked");
        QTest::newRow("201") << 201 << QStringLiteral("acked");
        QTest::newRow("204") << 204 << QStringLiteral("acked");
        QTest::newRow("409") << 409 << QStringLiteral("conflict");
        QTest::newRow("403") << 403 << QStringLiteral("rejected");
        QTest::newRow("422") << 422 << QStringLiteral("rejected");
    }

    void outcomesFromStatus()
    {
        QFETCH(int, status);
        QFETCH(QString, outcome);
        QCOMPARE(toString(syncOutcomeOfStatus(status)), outcome);
        QVERIFY(syncOutcomeFromString(outcome) == std::optional<SyncOutcome>(syncOutcomeOfStatus(status)));
    }
};

QTEST_GUILESS_MAIN(TestSessionBodies)
#include "tst_session_bodies.moc"
