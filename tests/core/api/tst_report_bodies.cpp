// The reports' bodies (core/domain/api/ReportBodies.h): a filled report reads back equal from
// the JSON it writes (nulls for measures of nothing included), rows are flat and their fields are
// the CSV's columns in order, and a body that does not fit is refused naming each bad field.
#include "core/domain/api/ReportBodies.h"
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

    void csvColumnsAreTheRowsFields()
    {
        const QueueReport r = queueReport();
        const QJsonObject row = r.rows.first().toJson();
        const QStringList columns = QueueReportRow::csvColumns();
        QCOMPARE(columns.size(), row.size());
        for (const QString &c : columns)
            QVERIFY2(row.contains(c), qPrintable(c));
        QCOMPARE(columns.first(), QStringLiteral("key"));
        QCOMPARE(columns.last(), QStringLiteral("rectifications_closed"));
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
