// The performance screens' item models and the rules under them, without a server: each model
// passes QAbstractItemModelTester through its changes; the ranking (ties share a rank, rows
// without the figure are not ranked, waits rank the shortest first); what a double-click on each
// column lists; the tickets' outcomes and ratings in words; a teller's figures side by side; the
// hours, weeks and days the charts are drawn from (PerformanceClient).
#include "core/client/PerformanceClient.h"
#include "core/domain/reports/QueueRanking.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/performance/FigureTableModel.h"
#include "ui/desk/performance/MyFiguresModel.h"
#include "ui/desk/performance/PerformanceText.h"
#include "ui/desk/performance/TicketTableModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace ow;

namespace {

QueueReportRow row(const QString &key, int issued, int served, std::optional<double> satisfaction, std::optional<double> wait)
{
    QueueReportRow r;
    r.key = key;
    r.hall = QStringLiteral("MY-CITY");
    r.figures.issued = issued;
    r.figures.served = served;
    r.figures.satisfaction = satisfaction;
    r.figures.waitMean = wait;
    return r;
}

} // namespace

class TestPerformanceModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { LanguageManager::apply(QStringLiteral("zh_CN")); }

    void ranking_data()
    {
        QTest::addColumn<int>("by");
        QTest::addColumn<QList<int>>("ranks");
        // satisfaction 0.9, 0.95, 0.9, none; waits 300, 600, 120, none; served 10, 12, 12, 0 (issued 0)
        QTest::newRow("satisfaction") << int(QueueRanking::By::Satisfaction) << QList<int>{2, 1, 2, 0};
        QTest::newRow("mean wait") << int(QueueRanking::By::WaitMean) << QList<int>{2, 3, 1, 0};
        QTest::newRow("served") << int(QueueRanking::By::Served) << QList<int>{3, 1, 1, 0};
    }

    void ranking()
    {
        QFETCH(int, by);
        QFETCH(QList<int>, ranks);
        const QList<QueueReportRow> rows{row(QStringLiteral("1"), 12, 10, 0.9, 300), row(QStringLiteral("2"), 14, 12, 0.95, 600),
                                         row(QStringLiteral("3"), 13, 12, 0.9, 120), row(QStringLiteral("4"), 0, 0, std::nullopt, std::nullopt)};
        QList<QueueFigures> figures;
        for (const QueueReportRow &r : rows)
            figures << r.figures;
        QCOMPARE(QueueRanking::ranks(figures, QueueRanking::By(by)), ranks);

        FigureTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRows(rows, FigureTableModel::Rows::Windows);
        model.setRankBy(QueueRanking::By(by));
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(model.index(i, FigureTableModel::Rank).data().toString(), ranks.at(i) ? QString::number(ranks.at(i)) : QStringLiteral("—"));
        // Sorted by rank, the unranked row comes last.
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(FigureTableModel::SortRole);
        sorted.sort(FigureTableModel::Rank);
        QCOMPARE(sorted.index(3, FigureTableModel::Name).data().toString(), QStringLiteral("4号窗口"));
    }

    void figureRows()
    {
        FigureTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QueueReportRow teller = row(QStringLiteral("teller1"), 20, 18, 0.8571, 754.4);
        teller.name = {QStringLiteral("王丽"), QStringLiteral("Wang Li")};
        teller.figures.withinPromiseShare = 0.75;
        teller.figures.badReviews = 2;
        teller.figures.rectificationsOpen = 1;
        teller.figures.openSeconds = 29400;
        teller.figures.pausedSeconds = 1800;
        teller.figures.idleSeconds = 25200;
        model.setRows({teller, row(QString(), 3, 0, std::nullopt, std::nullopt)}, FigureTableModel::Rows::Tellers);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(FigureTableModel::ColumnCount));
        QCOMPARE(model.headerData(FigureTableModel::Name, Qt::Horizontal).toString(), QStringLiteral("柜员"));
        QCOMPARE(model.index(0, FigureTableModel::Name).data().toString(), QStringLiteral("王丽"));
        QCOMPARE(model.index(1, FigureTableModel::Name).data().toString(), QStringLiteral("无柜员"));
        QCOMPARE(model.index(0, FigureTableModel::WaitMean).data().toString(), QStringLiteral("12分34秒"));
        QCOMPARE(model.index(1, FigureTableModel::WaitMean).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, FigureTableModel::Satisfaction).data().toString(), QStringLiteral("85.7%"));
        QCOMPARE(model.index(0, FigureTableModel::WithinPromise).data().toString(), QStringLiteral("75.0%"));
        QCOMPARE(model.index(0, FigureTableModel::BadReviews).data().toString(), QStringLiteral("2"));
        // The window time: hours past an hour, none as a dash (a row by matter has none).
        QCOMPARE(model.index(0, FigureTableModel::OpenTime).data().toString(), QStringLiteral("8小时10分钟"));
        QCOMPARE(model.index(0, FigureTableModel::PausedTime).data().toString(), QStringLiteral("30分钟"));
        QCOMPARE(model.index(0, FigureTableModel::IdleTime).data().toString(), QStringLiteral("7小时"));
        QCOMPARE(model.index(0, FigureTableModel::OpenTime).data(FigureTableModel::SortRole).toDouble(), 29400.0);
        QCOMPARE(model.index(1, FigureTableModel::IdleTime).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.headerData(FigureTableModel::IdleTime, Qt::Horizontal).toString(), QStringLiteral("空闲时长"));
        // Poor shares and bad reviews stand out.
        QVERIFY(model.index(0, FigureTableModel::Satisfaction).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(0, FigureTableModel::BadReviews).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, FigureTableModel::Served).data(Qt::ForegroundRole).isValid());
        model.setRows({}, FigureTableModel::Rows::Halls);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.headerData(FigureTableModel::Name, Qt::Horizontal).toString(), QStringLiteral("大厅"));
    }

    void whatADoubleClickLists_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("figure");
        QTest::newRow("name") << int(FigureTableModel::Name) << "issued";
        QTest::newRow("issued") << int(FigureTableModel::Issued) << "issued";
        QTest::newRow("served") << int(FigureTableModel::Served) << "served";
        QTest::newRow("no-shows") << int(FigureTableModel::NoShow) << "no_show";
        QTest::newRow("within the promise") << int(FigureTableModel::WithinPromise) << "beyond_promise";
        QTest::newRow("satisfaction") << int(FigureTableModel::Satisfaction) << "rated";
        QTest::newRow("bad reviews") << int(FigureTableModel::BadReviews) << "bad_reviews";
        QTest::newRow("being rectified") << int(FigureTableModel::RectificationsOpen) << "bad_reviews";
    }

    void whatADoubleClickLists()
    {
        QFETCH(int, column);
        QFETCH(QString, figure);
        QCOMPARE(toString(FigureTableModel::figureOf(column)), figure);
    }

    void tickets()
    {
        TicketTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ReportTicket served;
        served.id = 1;
        served.number = QStringLiteral("A023");
        served.issuedAt = QDateTime(QDate(2026, 11, 2), QTime(1, 12, 9), QTimeZone::utc());
        served.firstCalledAt = served.issuedAt.addSecs(1171);
        served.window = 2;
        served.teller = QStringLiteral("teller1");
        served.tellerName = {QStringLiteral("王丽"), QStringLiteral("Wang Li")};
        served.matters = {{QStringLiteral("CD-003"), {QStringLiteral("社会保障卡补换"), {}}}, {QStringLiteral("PE-005"), {}}};
        served.waitSeconds = 1171;
        served.withinPromise = false;
        served.handlingSeconds = 540;
        served.served = true;
        served.transferred = true;
        served.ratings = {{QStringLiteral("CD-003"), RatingLevel::Satisfied}, {QStringLiteral("PE-005"), RatingLevel::VeryDissatisfied}};
        served.residentId = QStringLiteral("1101**********002X");
        ReportTicket waiting;
        waiting.id = 2;
        waiting.number = QStringLiteral("A024");
        waiting.issuedAt = served.issuedAt;
        model.setTickets({served, waiting}, QTimeZone("Asia/Shanghai"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TicketTableModel::Issued).data().toString(), QStringLiteral("2026-11-02 09:12"));
        QCOMPARE(model.index(0, TicketTableModel::Window).data().toString(), QStringLiteral("2号窗口"));
        QCOMPARE(model.index(0, TicketTableModel::Matters).data().toString(), QStringLiteral("社会保障卡补换、PE-005"));
        QCOMPARE(model.index(0, TicketTableModel::Wait).data().toString(), QStringLiteral("19分31秒"));
        QVERIFY(model.index(0, TicketTableModel::Wait).data(Qt::ForegroundRole).isValid()); // beyond the promise
        QCOMPARE(model.index(0, TicketTableModel::Handling).data().toString(), QStringLiteral("9分钟"));
        QCOMPARE(model.index(0, TicketTableModel::Outcome).data().toString(), QStringLiteral("已办结、曾转移"));
        QCOMPARE(model.index(0, TicketTableModel::Rating).data().toString(), QStringLiteral("满意、非常不满意"));
        QCOMPARE(model.index(0, TicketTableModel::ResidentId).data().toString(), QStringLiteral("1101**********002X"));
        QCOMPARE(model.index(1, TicketTableModel::Outcome).data().toString(), QStringLiteral("未叫号"));
        QCOMPARE(model.index(1, TicketTableModel::Window).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, TicketTableModel::Wait).data().toString(), QStringLiteral("—"));
        model.setTickets({}, QTimeZone::utc());
        QCOMPARE(model.rowCount(), 0);
    }

    void myFigures()
    {
        MyFiguresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), int(MyFiguresModel::RowCount));
        QCOMPARE(model.index(MyFiguresModel::Served, MyFiguresModel::Today).data().toString(), QStringLiteral("0"));
        QueueFigures today;
        today.served = 7;
        today.satisfaction = 1.0;
        today.handlingMean = 95.0;
        QueueFigures month;
        month.served = 140;
        month.satisfaction = 0.9125;
        model.setFigures(today, month);
        QCOMPARE(model.index(MyFiguresModel::Served, MyFiguresModel::Today).data().toString(), QStringLiteral("7"));
        QCOMPARE(model.index(MyFiguresModel::Served, MyFiguresModel::ThisMonth).data().toString(), QStringLiteral("140"));
        QCOMPARE(model.index(MyFiguresModel::Satisfaction, MyFiguresModel::ThisMonth).data().toString(), QStringLiteral("91.3%"));
        QCOMPARE(model.index(MyFiguresModel::HandlingMean, MyFiguresModel::Today).data().toString(), QStringLiteral("1分35秒"));
        QCOMPARE(model.index(MyFiguresModel::HandlingMean, MyFiguresModel::ThisMonth).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.headerData(MyFiguresModel::ThisMonth, Qt::Horizontal).toString(), QStringLiteral("本月"));
    }

    void hoursWeeksAndDays()
    {
        QueueReport byHour;
        byHour.rows = {row(QStringLiteral("08"), 5, 0, {}, {}), row(QStringLiteral("14"), 9, 0, {}, {})};
        const QList<int> hours = PerformanceClient::perHour(byHour);
        QCOMPARE(hours.size(), 24);
        QCOMPARE(hours.at(8), 5);
        QCOMPARE(hours.at(14), 9);
        QCOMPARE(hours.at(9), 0);
        QList<int> other(24, 0);
        other[8] = 2;
        const QList<double> mean = PerformanceClient::meanPerHour({hours, other, QList<int>(24, 0), QList<int>(24, 0)});
        QCOMPARE(mean.at(8), 1.75);
        QCOMPARE(mean.at(14), 2.25);
        QCOMPARE(PerformanceClient::meanPerHour({}), QList<double>(24, 0.0));

        QueueReport byDay;
        byDay.rows = {row(QStringLiteral("2026-11-03"), 40, 38, 0.9, {})};
        const auto days = PerformanceClient::perDay(byDay, QDate(2026, 11, 2), QDate(2026, 11, 4));
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.at(0).first, QDate(2026, 11, 2));
        QCOMPARE(days.at(0).second.issued, 0);
        QCOMPARE(days.at(1).second.served, 38);
        QCOMPARE(days.at(2).first, QDate(2026, 11, 4));
    }

    void words()
    {
        QCOMPARE(PerformanceText::duration(59.6), QStringLiteral("1分钟"));
        QCOMPARE(PerformanceText::duration(45.0), QStringLiteral("45秒"));
        QCOMPARE(PerformanceText::duration(std::nullopt), QStringLiteral("—"));
        QCOMPARE(PerformanceText::percent(0.8333), QStringLiteral("83.3%"));
        QCOMPARE(PerformanceText::window(QStringLiteral("3"), {QStringLiteral("综合"), QStringLiteral("General")}), QStringLiteral("3号窗口（综合）"));
        LanguageManager::apply(QStringLiteral("en"));
        QCOMPARE(PerformanceText::duration(754.0), QStringLiteral("12 min 34 s"));
        QCOMPARE(PerformanceText::window(QStringLiteral("3"), {QStringLiteral("综合"), QStringLiteral("General")}), QStringLiteral("Window 3 (General)"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
    }
};

QTEST_MAIN(TestPerformanceModels)
#include "tst_performance_models.moc"
