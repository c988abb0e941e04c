// Training halls (培训大厅, issue 17) against the real server: an administrator marks a hall as a
// training hall (a teller may not); the real queue runs there, but none of it reaches the figures
// of the halls above it, the hall is no answer to "nearest hall that can handle it", and the risk
// rules leave it alone — work outside its opening hours raises no alert, where the same work
// raises one once the hall is an ordinary hall again. Its own report stays the trainer's to read.
#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/ReportBodies.h"
#include "core/domain/api/RiskBodies.h"
#include "tests/support/HallHours.h"
#include "tests/support/QueueDriver.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace ow;
using ow::test::HttpReply;
using ow::test::QueueDriver;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
QString today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
}
} // namespace

class TestServerTraining : public QObject
{
    Q_OBJECT
    TestServer m_server;
    QHash<QString, QString> m_token;

    HttpReply send(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &user)
    {
        return SyncHttp(m_server.url())
            .send(method, path, method == "GET" ? QByteArray() : QJsonDocument(body).toJson(),
                  {{"Authorization", "Bearer " + m_token.value(user).toLatin1()}, {"Content-Type", "application/json"}});
    }
    int issuedIn(const QString &hall)
    {
        const HttpReply r = send("GET", QStringLiteral("/api/v1/reports/queue?hall=%1&from=%2&to=%2").arg(hall, today()), {}, QStringLiteral("supervisor1"));
        if (r.status != 200)
            qWarning("report: %d %s", r.status, r.body.constData());
        return r.json().value(QLatin1String("total")).toObject().value(QLatin1String("issued")).toInt(-1);
    }
    int afterHoursAlertsAt(const QString &hall)
    {
        const HttpReply r = send("GET", QStringLiteral("/api/v1/risk/alerts?hall=%1").arg(hall), {}, QStringLiteral("supervisor1"));
        int n = 0;
        const RiskAlertList list = RiskAlertList::fromJson(r.json()).value();
        for (const RiskAlert &a : list.alerts)
            n += a.rule == RiskRuleId::AfterHours && a.hall == hall;
        return n;
    }
    bool sweep()
    {
        return send("POST", QStringLiteral("/api/v1/risk/sweep?day=") + today(), {}, QStringLiteral("admin")).status == 200;
    }
    HttpReply markTraining(bool on, const QString &user = QStringLiteral("admin"))
    {
        return send("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ"), {{QLatin1String("training"), on}}, user);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        SyncHttp http(m_server.url());
        for (const char *user : {"admin", "supervisor1", "fc_supervisor", "cj_teller1", "kiosk-fc"}) {
            const QString name = QString::fromLatin1(user);
            m_token.insert(name, http.login(name, name.startsWith(QLatin1String("kiosk")) ? QStringLiteral("device1234") : QStringLiteral("demo1234")));
            QVERIFY2(!m_token.value(name).isEmpty(), user);
        }
    }

    void anAdministratorMarksATrainingHall()
    {
        QCOMPARE(markTraining(true, QStringLiteral("cj_teller1")).status, 403);
        const HttpReply r = markTraining(true);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json().value(QLatin1String("training")).toBool(), true);
        // Everyone who reads the halls sees it (the desk shows its 培训 band from this).
        const HttpReply halls = send("GET", QStringLiteral("/api/v1/org/halls"), {}, QStringLiteral("cj_teller1"));
        bool seen = false;
        for (const QJsonValue &v : halls.json().value(QLatin1String("halls")).toArray())
            seen = seen || (v.toObject().value(QLatin1String("code")).toString() == QLatin1String("MY-FC-CJ")
                            && v.toObject().value(QLatin1String("training")).toBool());
        QVERIFY(seen);
    }

    void itsWorkStaysOutOfTheFiguresAbove()
    {
        const int district = issuedIn(QStringLiteral("MY-FC"));
        const int city = issuedIn(QStringLiteral("MY-CITY"));
        QVERIFY(district >= 0 && city >= 0);
        SyncHttp http(m_server.url());
        QueueDriver queue(http);
        QVERIFY(queue.open(QStringLiteral("MY-FC-CJ"), 1, m_token.value(QStringLiteral("cj_teller1"))));
        QVERIFY(queue.issue(QStringLiteral("MY-FC-CJ"), m_token.value(QStringLiteral("cj_teller1")), {QStringLiteral("CD-001")}));
        QVERIFY(queue.issue(QStringLiteral("MY-FC-CJ"), m_token.value(QStringLiteral("cj_teller1")), {QStringLiteral("CD-001")}));
        QVERIFY(queue.serveNext(QStringLiteral("MY-FC-CJ"), 1, QStringLiteral("CD-001"), m_token.value(QStringLiteral("cj_teller1"))));
        // An ordinary district ticket to show the figures do move.
        QVERIFY(queue.issue(QStringLiteral("MY-FC"), m_token.value(QStringLiteral("kiosk-fc")), {QStringLiteral("CD-001")}));
        QCOMPARE(issuedIn(QStringLiteral("MY-FC")), district + 1);
        QCOMPARE(issuedIn(QStringLiteral("MY-CITY")), city + 1);
        // The training hall's own figures: the trainer's view.
        QCOMPARE(issuedIn(QStringLiteral("MY-FC-CJ")), 2);
    }

    void itIsNoAnswerToTheNearestHall()
    {
        const HttpReply r = send("GET", QStringLiteral("/api/v1/org/halls/nearest?hall=MY-FC-CJ&limit=100&service=CD-001"), {}, QStringLiteral("kiosk-fc"));
        QCOMPARE(r.status, 200);
        const QJsonArray halls = r.json().value(QLatin1String("halls")).toArray();
        QVERIFY(!halls.isEmpty());
        for (const QJsonValue &v : halls)
            QVERIFY(v.toObject().value(QLatin1String("code")).toString() != QLatin1String("MY-FC-CJ"));
    }

    void theRiskRulesLeaveItAlone()
    {
        // The hall opens for one minute a day, twelve hours from now: everything is after hours.
        const QJsonArray hours = test::hoursOneMinuteTwelveHoursAway();
        QCOMPARE(send("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ"), {{QLatin1String("hours"), hours}}, QStringLiteral("admin")).status, 200);
        SyncHttp http(m_server.url());
        QueueDriver queue(http);
        QVERIFY(queue.issue(QStringLiteral("MY-FC-CJ"), m_token.value(QStringLiteral("cj_teller1")), {QStringLiteral("CD-001")}));
        QVERIFY(sweep());
        QTest::qWait(500);
        QCOMPARE(afterHoursAlertsAt(QStringLiteral("MY-FC-CJ")), 0);

        // The same work once the hall is an ordinary hall again: the rule fires.
        QCOMPARE(markTraining(false).status, 200);
        QVERIFY(queue.issue(QStringLiteral("MY-FC-CJ"), m_token.value(QStringLiteral("cj_teller1")), {QStringLiteral("CD-001")}));
        QTRY_VERIFY_WITH_TIMEOUT(afterHoursAlertsAt(QStringLiteral("MY-FC-CJ")) == 1, 10000);
    }
};

QTEST_GUILESS_MAIN(TestServerTraining)
#include "tst_server_training.moc"
