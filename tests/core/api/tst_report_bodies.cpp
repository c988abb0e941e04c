// The reports' bodies (core/domain/api/ReportBodies.h): a filled report reads back equal from
// the JSON it writes (nulls for measures of nothing included), rows are flat and their fields are
// the CSV's columns in order, and a body that does not fit is refused naming each bad field.
#include "core/domain/api/AuditBodies.h"
#include "core/domain/api/ReportBodies.h"
#include "core/domain/api/ReportTicketBodies.h"
#include "core/domain/reports/CsvTable.h"

#include <QJsonArray>
#include <QTest>

using namespace ow;

namespace {
QueueFigures queueFigures()
{
    QueueFigures f;
    f.issued = 5;
    f.called = 4;
    f.served = 3;
    f.noShow = 1;
    f.transferred = 1;
    f.waitMean = 615.0;
    f.waitP50 = 570.0;
    f.waitP90 = 930.0;
    f.waitMax = 930.0;
    f.withinPromise = 3;
    f.withinPromiseShare = 0.75;
    f.handled = 3;
    f.handlingMean = 540.0;
    f.handlingP90 = 600.0;
    f.standardMean = 640.0;
    f.withinStandard = 1;
    f.withinStandardShare = 0.3333;
    f.verySatisfied = 1;
    f.dissatisfied = 1;
    f.ratings = 2;
    f.satisfaction = 0.5;
    f.badReviews = 1;
    f.rectificationsOpen = 1;
    f.rectificationsOverdue = 1;
    f.openSeconds = 29400;
    f.pausedSeconds = 1800;
    f.idleSeconds = 25500;
    return f;
}

QueueReport queueReport()
{
    QueueReport r;
    r.from = QDate(2026, 11, 1);
    r.to = QDate(2026, 11, 30);
    r.hall = QStringLiteral("MY-CITY");
    r.group = ReportGroup::Window;
    r.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC);
    r.halls = {QStringLiteral("MY-CITY"), QStringLiteral("MY-FC")};
    r.total = queueFigures();
    WaitHistogram h;
    for (const qint64 wait : {0, 300, 301, 930, 4000})
        h.add(wait);
    r.waitHistogram = h.bins();
    r.rows.append({QStringLiteral("1"), QStringLiteral("MY-CITY"), {QStringLiteral("1号窗, 综合"), QStringLiteral("Window \"1\"")}, queueFigures()});
    r.rows.append({QString(), QStringLiteral("MY-CITY"), {}, QueueFigures{}}); // never reached a window: no measures
    return r;
}
} // namespace

class TestReportBodies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queueRoundTrip()
    {
        const QueueReport r = queueReport();
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QLatin1String("report")).toString(), QStringLiteral("queue"));
        QCOMPARE(json.value(QLatin1String("group")).toString(), QStringLiteral("window"));
        const QJsonObject empty = json.value(QLatin1String("rows")).toArray().at(1).toObject();
        QVERIFY(empty.value(QLatin1String("wait_mean_s")).isNull());
        QVERIFY(empty.value(QLatin1String("name_zh")).isNull());
        QCOMPARE(empty.value(QLatin1String("key")).toString(), QString());
        auto back = QueueReport::fromJson(json);
        QVERIFY(back.ok());
        QVERIFY(back.value() == r);
        QCOMPARE(back.value().toJson(), json);
        // No window filter: null; the histogram's thirteen bars, the last one open.
        QVERIFY(json.value(QLatin1String("window")).isNull());
        const QJsonArray bins = json.value(QLatin1String("wait_histogram")).toArray();
        QCOMPARE(bins.size(), 13);
        QCOMPARE(bins.at(0).toObject().value(QLatin1String("count")).toInt(), 2); // 0 and 300: up to five minutes included
        QCOMPARE(bins.at(1).toObject().value(QLatin1String("count")).toInt(), 1); // 301
        QCOMPARE(bins.at(3).toObject().value(QLatin1String("count")).toInt(), 1); // 930: 15–20 minutes
        QVERIFY(bins.at(12).toObject().value(QLatin1String("to_s")).isNull());
        QCOMPARE(bins.at(12).toObject().value(QLatin1String("count")).toInt(), 1);
        QueueReport narrowed = r;
        narrowed.window = 3;
        QCOMPARE(QueueReport::fromJson(narrowed.toJson()).value().window, 3);
    }

    void histogramBars_data()
    {
        QTest::addColumn<qint64>("wait");
        QTest::addColumn<int>("bar");
        QTest::newRow("nothing") << qint64(0) << 0;
        QTest::newRow("five minutes") << qint64(300) << 0;
        QTest::newRow("a second more") << qint64(301) << 1;
        QTest::newRow("fifteen minutes") << qint64(900) << 2;
        QTest::newRow("59:59") << qint64(3599) << 11;
        QTest::newRow("an hour") << qint64(3600) << 11;
        QTest::newRow("an hour and a second") << qint64(3601) << 12;
        QTest::newRow("a day") << qint64(86400) << 12;
    }

    void histogramBars()
    {
        QFETCH(qint64, wait);
        QFETCH(int, bar);
        QCOMPARE(WaitHistogram::barOf(wait), bar);
    }

    void ticketListRoundTrip()
    {
        ReportTicketList l;
        l.from = QDate(2026, 11, 1);
        l.to = QDate(2026, 11, 30);
        l.hall = QStringLiteral("MY-CITY");
        l.group = ReportGroup::Teller;
        l.key = QStringLiteral("teller1");
        l.window = 2;
        l.figure = TicketFigure::BadReviews;
        l.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC);
        l.count = 2;
        ReportTicket t;
        t.id = 4711;
        t.number = QStringLiteral("A023");
        t.hall = QStringLiteral("MY-CITY");
        t.serviceDay = QDate(2026, 11, 2);
        t.issuedAt = QDateTime(QDate(2026, 11, 2), QTime(1, 12, 9), Qt::UTC);
        t.firstCalledAt = QDateTime(QDate(2026, 11, 2), QTime(1, 31, 40), Qt::UTC);
        t.window = 2;
        t.teller = QStringLiteral("teller1");
        t.tellerName = {QStringLiteral("王丽"), QStringLiteral("Wang Li")};
        t.matters = {{QStringLiteral("CD-003"), {QStringLiteral("社会保障卡补换"), QStringLiteral("Card replacement")}}};
        t.waitSeconds = 1171;
        t.withinPromise = false;
        t.handlingSeconds = 540;
        t.served = true;
        t.ratings = {{QStringLiteral("CD-003"), RatingLevel::Dissatisfied}};
        t.residentId = QStringLiteral("1101**********002X");
        l.tickets = {t, ReportTicket{}};
        l.tickets[1].id = 4712;
        l.tickets[1].number = QStringLiteral("A024");
        l.tickets[1].hall = QStringLiteral("MY-CITY");
        l.tickets[1].serviceDay = t.serviceDay;
        l.tickets[1].issuedAt = t.issuedAt;
        const QJsonObject json = l.toJson();
        const QJsonObject never = json.value(QLatin1String("tickets")).toArray().at(1).toObject();
        for (const char *field : {"first_called_at", "window", "teller", "wait_s", "within_promise", "handling_s", "resident_id"})
            QVERIFY2(never.value(QLatin1String(field)).isNull(), field);
        auto back = ReportTicketList::fromJson(json);
        QVERIFY(back.ok());
        QVERIFY(back.value() == l);
        QCOMPARE(back.value().toJson(), json);

        QJsonObject bad = json;
        bad.remove(QLatin1String("key"));
        bad.insert(QLatin1String("figure"), QStringLiteral("smiles"));
        bad.insert(QLatin1String("group"), QStringLiteral("office"));
        const auto refused = ReportTicketList::fromJson(bad);
        QVERIFY(!refused.ok());
        QStringList fields = refused.error().extra.value(QLatin1String("fields")).toObject().keys();
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("figure"), QStringLiteral("group"), QStringLiteral("key")}));
    }

    void caseRoundTrip()
    {
        CaseReport r;
        r.from = QDate(2026, 9, 28);
        r.to = QDate(2026, 10, 9);
        r.hall = QStringLiteral("MY-CITY");
        r.group = ReportGroup::Reviewer;
        r.generatedAt = QDateTime(QDate(2026, 10, 28), QTime(2, 0), Qt::UTC);
        r.halls = {QStringLiteral("MY-CITY")};
        r.total = CaseFigures{5, 1, 1, 1, 1, 2, 1, 2, 2, 1, 0.5};
        r.rows.append({QStringLiteral("reviewer1"), QStringLiteral("MY-CITY"), {QStringLiteral("陈晓燕"), QStringLiteral("Chen Xiaoyan")}, r.total});
        auto back = CaseReport::fromJson(r.toJson());
        QVERIFY(back.ok());
        QVERIFY(back.value() == r);
    }

    void auditDayRoundTrip()
    {
        const AuditDayReport a{QDate(2026, 12, 7), QStringLiteral("Asia/Shanghai"), 3, 8, 10, QString(64, QLatin1Char('a'))};
        auto back = AuditDayReport::fromJson(a.toJson());
        QVERIFY(back.ok());
        QVERIFY(back.value() == a);
        QJsonObject bad = a.toJson();
        bad.remove(QLatin1String("day"));
        bad.insert(QLatin1String("rows"), QStringLiteral("3"));
        const auto refused = AuditDayReport::fromJson(bad);
        QVERIFY(!refused.ok());
        QStringList fields = refused.error().extra.value(QLatin1String("fields")).toObject().keys();
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("day"), QStringLiteral("rows")}));
    }

    void csvColumnsAreTheRowsFields()
    {
        const QueueReport r = queueReport();
        const QJsonObject row = r.rows.first().toJson();
        const QStringList columns = QueueReportRow::csvColumns();
        QCOMPARE(columns.size(), row.size());
        for (const QString &c : columns)
            QVERIFY2(row.contains(c), qPrintable(c));
        QCOMPARE(columns.first(), QStringLiteral("key"));
        QCOMPARE(columns.last(), QStringLiteral("idle_seconds")); // the window time last
        QCOMPARE(CaseReportRow::csvColumns().size(), CaseReportRow{}.toJson().size());

        const QByteArray csv = r.toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "key,hall,name_zh,name_en,issued,called,served,no_show,"));
        const QList<QStringList> lines = CsvTable::parse(csv);
        QCOMPARE(lines.size(), 3); // header and two rows: no total
        QCOMPARE(lines.at(1).mid(0, 5), (QStringList{QStringLiteral("1"), QStringLiteral("MY-CITY"), QStringLiteral("1号窗, 综合"),
                                                      QStringLiteral("Window \"1\""), QStringLiteral("5")}));
        QCOMPARE(lines.at(1).at(columns.indexOf(QStringLiteral("within_standard_share"))), QStringLiteral("0.3333"));
        QCOMPARE(lines.at(2).at(columns.indexOf(QStringLiteral("wait_mean_s"))), QString());
    }

    void refusals()
    {
        QJsonObject json = queueReport().toJson();
        json.insert(QLatin1String("group"), QStringLiteral("office")); // not a grouping of the queue report
        json.remove(QLatin1String("from"));
        QJsonArray rows = json.value(QLatin1String("rows")).toArray();
        QJsonObject row = rows.at(0).toObject();
        row.insert(QLatin1String("issued"), -1);
        row.remove(QLatin1String("served"));
        rows.replace(0, row);
        json.insert(QLatin1String("rows"), rows);
        const auto bad = QueueReport::fromJson(json);
        QVERIFY(!bad.ok());
        QStringList fields = bad.error().extra.value(QLatin1String("fields")).toObject().keys();
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("from"), QStringLiteral("group"), QStringLiteral("rows[0].issued"),
                                      QStringLiteral("rows[0].served")}));
        QJsonObject cases = queueReport().toJson();
        QVERIFY(!CaseReport::fromJson(cases).ok()); // a queue report is not a case report
    }
};

QTEST_GUILESS_MAIN(TestReportBodies)
#include "tst_report_bodies.moc"
