// The reports against the real server (issue 14): every report endpoint × role × own / below /
// other hall answers the status the table says; bad ranges, groupings and formats are refused
// with 422 and a translated message, an unknown hall with 404; the CSV starts with the UTF-8
// byte order mark, has the documented header and reads back to the JSON figures, row by row.
#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/RatingBodies.h"
#include "core/domain/api/ReportBodies.h"
#include "core/domain/reports/CsvTable.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ExtraAccount.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
// The server's service day now, at the demo city's halls.
QString today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
}
} // namespace

class TestServerReports : public QObject
{
    Q_OBJECT
    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QHash<QString, QString> m_token;

    HttpReply report(const QString &kind, const QString &user, const QString &query, const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers = extra;
        if (!user.isEmpty())
            headers.append({"Authorization", "Bearer " + m_token.value(user).toLatin1()});
        return m_http->send("GET", QStringLiteral("/api/v1/reports/%1?%2").arg(kind, query), {}, headers);
    }
    QString range() const { return QStringLiteral("from=%1&to=%1").arg(today()); }
    HttpReply post(const QString &path, const QJsonObject &body, const QString &user)
    {
        return m_http->post(path, body, m_token.value(user));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.stop();
        QVERIFY(test::addAccountLikeAdmin(m_server.databasePath(), QStringLiteral("fc_admin"), QStringLiteral("admin"), QStringLiteral("MY-FC")));
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        for (const char *user : {"teller1", "cj_teller1", "reviewer1", "supervisor1", "fc_supervisor", "admin", "fc_admin"}) {
            m_token.insert(QString::fromLatin1(user), m_http->login(QString::fromLatin1(user), QStringLiteral("demo1234")));
            QVERIFY2(!m_token.value(QString::fromLatin1(user)).isEmpty(), user);
        }
        for (const char *device : {"kiosk-city", "display-city"}) {
            m_token.insert(QString::fromLatin1(device), m_http->login(QString::fromLatin1(device), QStringLiteral("device1234")));
            QVERIFY2(!m_token.value(QString::fromLatin1(device)).isEmpty(), device);
        }

        // Today at the city hall: two tickets, one served and rated 不满意, one a no-show; one
        // ticket at the township below the county.
        const QJsonObject cd{{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}};
        const qint64 a = post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), cd, QStringLiteral("kiosk-city")).json().value(QLatin1String("id")).toInteger();
        const qint64 b = post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), cd, QStringLiteral("kiosk-city")).json().value(QLatin1String("id")).toInteger();
        QCOMPARE(post(QStringLiteral("/api/v1/halls/MY-FC-CJ/tickets"), cd, QStringLiteral("cj_teller1")).status, 201);
        QVERIFY(a && b);
        const HttpReply open = m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/1"),
                                            QJsonDocument(WindowStateChange{WindowState::Open, {}, std::nullopt}.toJson()).toJson(),
                                            {{"Authorization", "Bearer " + m_token.value(QStringLiteral("teller1")).toLatin1()},
                                             {"Content-Type", "application/json"}});
        QCOMPARE(open.status, 200);
        const QString teller = QStringLiteral("teller1");
        const QJsonObject window1{{QLatin1String("window"), 1}};
        QCOMPARE(post(QStringLiteral("/api/v1/halls/MY-CITY/windows/1/call-next"), {}, teller).json().value(QLatin1String("id")).toInteger(), a);
        QCOMPARE(post(QStringLiteral("/api/v1/tickets/%1/serve").arg(a), window1, teller).status, 200);
        QCOMPARE(post(QStringLiteral("/api/v1/tickets/%1/finish").arg(a),
                      FinishRequest{1, {{QStringLiteral("CD-003"), MatterOutcome::Done, {}}}}.toJson(), teller).status,
                 200);
        QCOMPARE(post(QStringLiteral("/api/v1/tickets/%1/rating").arg(a), RatingRequest{QStringLiteral("CD-003"), RatingLevel::Dissatisfied}.toJson(),
                      teller).status,
                 201);
        QCOMPARE(post(QStringLiteral("/api/v1/halls/MY-CITY/windows/1/call-next"), {}, teller).json().value(QLatin1String("id")).toInteger(), b);
        QCOMPARE(post(QStringLiteral("/api/v1/tickets/%1/no-show").arg(b), window1, teller).status, 200);
        // And a case accepted at window 1.
        const HttpReply accepted = post(QStringLiteral("/api/v1/cases"), test::si008Intake(QStringLiteral("11010519491231002X"), QStringLiteral("张三"), 1), teller);
        QVERIFY2(accepted.status == 201, accepted.body.constData());
    }

    void whoSeesWhat_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("hall"); // "": the account's own (no `hall` parameter)
        QTest::addColumn<int>("status");
        //                                   user              hall          status
        QTest::newRow("city supervisor, own")       << "supervisor1"   << ""         << 200;
        QTest::newRow("city supervisor, city")      << "supervisor1"   << "MY-CITY"  << 200;
        QTest::newRow("city supervisor, county")    << "supervisor1"   << "MY-FC"    << 200;
        QTest::newRow("city supervisor, township")  << "supervisor1"   << "MY-FC-CJ" << 200;
        QTest::newRow("city supervisor, unknown")   << "supervisor1"   << "NOPE"     << 404;
        QTest::newRow("county supervisor, own")     << "fc_supervisor" << ""         << 200;
        QTest::newRow("county supervisor, own named") << "fc_supervisor" << "MY-FC"  << 200;
        QTest::newRow("county supervisor, below")   << "fc_supervisor" << "MY-FC-CJ" << 200;
        QTest::newRow("county supervisor, other")   << "fc_supervisor" << "MY-YX"    << 403;
        QTest::newRow("county supervisor, above")   << "fc_supervisor" << "MY-CITY"  << 403;
        QTest::newRow("county supervisor, unknown") << "fc_supervisor" << "NOPE"     << 404;
        QTest::newRow("city administrator, county") << "admin"         << "MY-YX"    << 200;
        QTest::newRow("city administrator, own")    << "admin"         << ""         << 200;
        QTest::newRow("county administrator, own")  << "fc_admin"      << ""         << 403;
        QTest::newRow("county administrator, below") << "fc_admin"     << "MY-FC-CJ" << 403;
        QTest::newRow("teller, own")                << "teller1"       << ""         << 403;
        QTest::newRow("reviewer, own")              << "reviewer1"     << ""         << 403;
        QTest::newRow("kiosk, own")                 << "kiosk-city"    << ""         << 403;
        QTest::newRow("display, own")               << "display-city"  << ""         << 403;
        QTest::newRow("nobody")                     << ""              << ""         << 401;
    }

    void whoSeesWhat()
    {
        QFETCH(QString, user);
        QFETCH(QString, hall);
        QFETCH(int, status);
        const QString query = range() + (hall.isEmpty() ? QString() : QStringLiteral("&hall=") + hall);
        for (const QString &kind : {QStringLiteral("queue"), QStringLiteral("cases")}) {
            for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv")}) {
                const HttpReply r = report(kind, user, query + QStringLiteral("&format=") + format);
                QVERIFY2(r.status == status, qPrintable(QStringLiteral("%1 %2: %3 %4").arg(kind, format).arg(r.status).arg(QString::fromUtf8(r.body))));
                if (status != 200)
                    QVERIFY(r.json().value(QLatin1String("error")).toObject().contains(QLatin1String("message")));
            }
        }
    }

    void theCountySeesItsTownship()
    {
        const HttpReply r = report(QStringLiteral("queue"), QStringLiteral("fc_supervisor"), range());
        QCOMPARE(r.status, 200);
        const QueueReport q = QueueReport::fromJson(r.json()).value();
        // The county hall, its street office and its three community service stations.
        QCOMPARE(q.halls, QStringList({QStringLiteral("MY-FC"), QStringLiteral("MY-FC-CJ"), QStringLiteral("MY-FC-GS"),
                                       QStringLiteral("MY-FC-NH"), QStringLiteral("MY-FC-QY")}));
        QCOMPARE(q.total.issued, 1);
        QCOMPARE(q.rows.size(), 1);
        QCOMPARE(q.rows.first().key, QStringLiteral("MY-FC-CJ"));
    }

    void badRequests_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("no dates") << "queue" << "group=hall" << "from";
        QTest::newRow("not a date") << "queue" << "from=2026-11-02&to=02.11.2026" << "to";
        QTest::newRow("backwards") << "queue" << "from=2026-11-02&to=2026-11-01" << "to";
        QTest::newRow("367 days") << "cases" << "from=2026-01-01&to=2027-01-02" << "to";
        QTest::newRow("queue by office") << "queue" << "from=2026-11-02&to=2026-11-02&group=office" << "group";
        QTest::newRow("cases by hour") << "cases" << "from=2026-11-02&to=2026-11-02&group=hour" << "group";
        QTest::newRow("xml") << "cases" << "from=2026-11-02&to=2026-11-02&format=xml" << "format";
    }

    void badRequests()
    {
        QFETCH(QString, kind);
        QFETCH(QString, query);
        QFETCH(QString, field);
        const HttpReply r = report(kind, QStringLiteral("supervisor1"), query);
        QCOMPARE(r.status, 422);
        const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("validation_failed"));
        QVERIFY(error.value(QLatin1String("fields")).toObject().contains(field));
    }

    void refusalsAreTranslated()
    {
        const QString backwards = QStringLiteral("from=2026-11-02&to=2026-11-01");
        // The network stack names the machine's language unless told: ask for Chinese.
        const QList<QPair<QByteArray, QByteArray>> chinese{{"Accept-Language", "zh-CN"}};
        const HttpReply zh = report(QStringLiteral("queue"), QStringLiteral("supervisor1"), backwards, chinese);
        QCOMPARE(zh.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("统计截止日期 2026-11-01 早于起始日期 2026-11-02。"));
        const HttpReply en = report(QStringLiteral("queue"), QStringLiteral("supervisor1"), backwards, {{"Accept-Language", "en"}});
        QCOMPARE(en.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("The report's last day 2026-11-01 is before its first day 2026-11-02."));
        const HttpReply other = report(QStringLiteral("cases"), QStringLiteral("fc_supervisor"), range() + QStringLiteral("&hall=MY-YX"), chinese);
        QCOMPARE(other.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("大厅 MY-YX 不在您的主管范围内，无法查看其统计数据。"));
        const HttpReply unknown = report(QStringLiteral("queue"), QStringLiteral("supervisor1"), range() + QStringLiteral("&hall=NOPE"),
                                         {{"Accept-Language", "en"}});
        QCOMPARE(unknown.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("There is no hall NOPE."));
    }

    void theCityHallsDay()
    {
        const HttpReply r = report(QStringLiteral("queue"), QStringLiteral("supervisor1"), range() + QStringLiteral("&hall=MY-CITY&group=window"));
        QCOMPARE(r.status, 200);
        const QueueReport q = QueueReport::fromJson(r.json()).value();
        QCOMPARE(q.total.issued, 3);
        QCOMPARE(q.total.served, 1);
        QCOMPARE(q.total.noShow, 1);
        QCOMPARE(q.total.dissatisfied, 1);
        QCOMPARE(q.total.rectificationsOpen, 1);
        QCOMPARE(q.total.rectificationsOverdue, 0);
        QCOMPARE(q.total.satisfaction, 0.0);
        const HttpReply c = report(QStringLiteral("cases"), QStringLiteral("supervisor1"), range());
        QCOMPARE(CaseReport::fromJson(c.json()).value().total.accepted, 1);
        QCOMPARE(CaseReport::fromJson(c.json()).value().total.pending, 1);
    }

    void csvReadsBackToTheJson_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("group");
        QTest::addColumn<bool>("byAccept"); // Accept: text/csv instead of format=csv
        QTest::newRow("queue by hall") << "queue" << "hall" << false;
        QTest::newRow("queue by window, Accept") << "queue" << "window" << true;
        QTest::newRow("queue by teller") << "queue" << "teller" << false;
        QTest::newRow("queue by matter") << "queue" << "matter" << false;
        QTest::newRow("cases by office") << "cases" << "office" << true;
    }

    void csvReadsBackToTheJson()
    {
        QFETCH(QString, kind);
        QFETCH(QString, group);
        QFETCH(bool, byAccept);
        const QString query = range() + QStringLiteral("&group=") + group;
        const HttpReply json = report(kind, QStringLiteral("supervisor1"), query);
        QCOMPARE(json.status, 200);
        const HttpReply csv = byAccept ? report(kind, QStringLiteral("supervisor1"), query, {{"Accept", "text/csv"}})
                                       : report(kind, QStringLiteral("supervisor1"), query + QStringLiteral("&format=csv"));
        QCOMPARE(csv.status, 200);
        QCOMPARE(csv.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
        QVERIFY(csv.header("Content-Disposition").startsWith("attachment; filename=\""));
        QVERIFY(csv.body.startsWith("\xEF\xBB\xBF"));

        const QStringList columns = kind == QLatin1String("queue") ? QueueReportRow::csvColumns() : CaseReportRow::csvColumns();
        QCOMPARE(columns.mid(0, 5), QStringList({QStringLiteral("key"), QStringLiteral("hall"), QStringLiteral("name_zh"),
                                                  QStringLiteral("name_en"), kind == QLatin1String("queue") ? QStringLiteral("issued") : QStringLiteral("accepted")}));
        QVERIFY(csv.body.mid(3).startsWith(columns.join(QLatin1Char(',')).toUtf8() + "\r\n"));
        const QList<QStringList> lines = CsvTable::parse(csv.body);
        const QJsonArray rows = json.json().value(QLatin1String("rows")).toArray();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(lines.size(), rows.size() + 1);
        QCOMPARE(lines.first(), columns);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const QStringList cells = lines.at(i + 1);
            QCOMPARE(cells.size(), columns.size());
            QCOMPARE(row.size(), columns.size()); // every field of the row is a column
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QJsonValue v = row.value(columns.at(c));
                const QString where = QStringLiteral("row %1 %2").arg(i).arg(columns.at(c));
                if (v.isNull())
                    QVERIFY2(cells.at(c).isEmpty(), qPrintable(where));
                else if (v.isDouble())
                    QVERIFY2(cells.at(c).toDouble() == v.toDouble(), qPrintable(where + QStringLiteral(": ") + cells.at(c)));
                else
                    QVERIFY2(cells.at(c) == v.toString(), qPrintable(where));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestServerReports)
#include "tst_server_reports.moc"
