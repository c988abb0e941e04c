// The 绩效 (performance) tab and a teller's 我的绩效 through the desktop client against the real
// server (issue 14): tickets issued, served, rated and missed at the city hall through REST, then
// the supervisor's charts hold exactly them — the hour they were issued, the waits within the
// promise and the promise marked, each window's and teller's bar, the five rating levels, today on
// the thirty days' trend — and the drill-down goes hall → window → teller → the tickets behind
// the bad review (double-clicks) and back. A teller sees their own figures, not a colleague's.
#include "core/client/PerformanceClient.h"
#include "core/client/PerformanceDrillDown.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/QueueDriver.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/performance/DrillDownPanel.h"
#include "ui/desk/performance/FigureTableModel.h"
#include "ui/desk/performance/MyFiguresModel.h"
#include "ui/desk/performance/MyFiguresPage.h"
#include "ui/desk/performance/PerformanceCharts.h"
#include "ui/desk/performance/PerformancePage.h"
#include "ui/desk/performance/PerformanceText.h"
#include "ui/desk/performance/TicketTableModel.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ow;

namespace {

const QString kCity = QStringLiteral("MY-CITY");
const QString kCd = QStringLiteral("CD-003");

QDateTime shanghaiNow()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai"));
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no %s", qPrintable(name));
    return w;
}

template<typename T>
T *series(QChartView *view, const QString &name)
{
    for (QAbstractSeries *s : view->chart()->series()) {
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    }
    qFatal("%s has no series %s", qPrintable(view->objectName()), qPrintable(name));
}

QBarSet *setNamed(QAbstractBarSeries *bars, const QString &name)
{
    for (QBarSet *s : bars->barSets()) {
        if (s->objectName() == name)
            return s;
    }
    qFatal("no bar set %s", qPrintable(name));
}

double sum(const QBarSet *set)
{
    double out = 0;
    for (int i = 0; i < set->count(); ++i)
        out += set->at(i);
    return out;
}

// Each category of a one-set bar chart with its value.
QHash<QString, double> byCategory(QAbstractBarSeries *bars)
{
    const auto *axis = qobject_cast<QBarCategoryAxis *>(bars->attachedAxes().first());
    QHash<QString, double> out;
    const QBarSet *set = bars->barSets().first();
    for (int i = 0; i < axis->count(); ++i)
        out.insert(axis->at(i), set->at(i));
    return out;
}

// The row shown in `view` whose Name column reads `name`.
int shownRow(QTableView *view, const QString &name)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, FigureTableModel::Name).data().toString() == name)
            return r;
    }
    return -1;
}

void doubleClick(QTableView *view, int row, int column)
{
    const QRect cell = view->visualRect(view->model()->index(row, column));
    QVERIFY2(cell.isValid(), "the cell is not on screen");
    // As a person double-clicks: the first click's press selects the cell, the second one's
    // double-click event opens it (QTest::mouseDClick sends only the second).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

} // namespace

class TestPerformanceGui : public QObject
{
    Q_OBJECT


private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_performance_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
        test::SyncHttp http(m_server.url());
        test::QueueDriver q(http);
        const QString kiosk = http.login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        const QString t1 = http.login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        const QString t2 = http.login(QStringLiteral("teller2"), QStringLiteral("demo1234"));
        QVERIFY(!kiosk.isEmpty() && !t1.isEmpty() && !t2.isEmpty());
        // Six tickets: window 1 (teller1) serves three, rated 非常满意, 满意, 不满意; window 2
        // (teller2) serves one, rated 非常满意, and calls one who is not there; one waits.
        for (int i = 0; i < 6; ++i) {
            const int hour = shanghaiNow().time().hour();
            QVERIFY(q.issue(kCity, kiosk, {kCd}));
            m_issuedByHour[hour] += 1;
        }
        QVERIFY(q.open(kCity, 1, t1));
        QVERIFY(q.open(kCity, 2, t2));
        QVERIFY(q.serveNext(kCity, 1, kCd, t1, RatingLevel::VerySatisfied));
        QVERIFY(q.serveNext(kCity, 1, kCd, t1, RatingLevel::Satisfied));
        m_badTicket = q.serveNext(kCity, 1, kCd, t1, RatingLevel::Dissatisfied);
        QVERIFY(m_badTicket);
        QVERIFY(q.serveNext(kCity, 2, kCd, t2, RatingLevel::VerySatisfied));
        const qint64 gone = q.callNext(kCity, 2, t2);
        QVERIFY(gone && q.noShow(gone, 2, t2));
    }

    void theChartsHoldTheDay()
    {
        QTemporaryDir dir;
        ClientController controller(test::autoLogin(m_server.url(), dir.path(), QStringLiteral("supervisor1")));
        MainWindow *main = test::openMainWindow(controller);
        QVERIFY(main);
        QVERIFY(!main->myFiguresPage()); // supervisors have no window of their own
        PerformancePage *page = main->performancePage();
        QVERIFY(page);
        auto *tabs = child<QTabWidget>(main, QStringLiteral("mainTabs"));
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("绩效"));
        tabs->setCurrentWidget(page); // loads when first shown
        PerformanceClient &data = page->figures();
        QTRY_VERIFY_WITH_TIMEOUT(!data.isLoading() && data.byHall().total.issued == 6, 20000);
        QCOMPARE(data.hall(), kCity);
        QCOMPARE(data.to(), page->today());

        // The cards.
        QCOMPARE(child<QLabel>(page, QStringLiteral("cardIssued"))->text(), QStringLiteral("6"));
        QCOMPARE(child<QLabel>(page, QStringLiteral("cardServed"))->text(), QStringLiteral("4"));
        QCOMPARE(child<QLabel>(page, QStringLiteral("cardSatisfaction"))->text(), QStringLiteral("75.0%"));
        QCOMPARE(child<QLabel>(page, QStringLiteral("cardWithinPromise"))->text(), QStringLiteral("100.0%"));
        QCOMPARE(child<QLabel>(page, QStringLiteral("cardBadReviews"))->text(), QStringLiteral("1（整改中 1）"));

        PerformanceCharts *charts = page->charts();
        // By hour: the tickets at the hour they were issued; the four weeks before had none.
        QChartView *hourly = child<QChartView>(charts, QStringLiteral("hourlyChart"));
        QVERIFY(hourly->chart()->title().contains(QStringLiteral("分时段取号量")));
        const QHash<QString, double> hours = byCategory(series<QBarSeries>(hourly, QStringLiteral("hourToday")));
        for (int h = 0; h < 24; ++h) {
            if (hours.contains(QString::number(h)))
                QCOMPARE(hours.value(QString::number(h)), double(m_issuedByHour.value(h)));
            else
                QCOMPARE(m_issuedByHour.value(h), 0);
        }
        auto *usual = series<QLineSeries>(hourly, QStringLiteral("hourUsual"));
        QCOMPARE(usual->count(), hours.size());
        for (const QPointF &p : usual->points())
            QCOMPARE(p.y(), 0.0);

        // The waits: five called within seconds, in the first bar, within the 15-minute promise,
        // which is marked on the edge of the third bar.
        QChartView *histogram = child<QChartView>(charts, QStringLiteral("waitHistogramChart"));
        auto *waits = series<QStackedBarSeries>(histogram, QStringLiteral("waitBars"));
        QCOMPARE(setNamed(waits, QStringLiteral("waitWithinPromise"))->at(0), 5.0);
        QCOMPARE(sum(setNamed(waits, QStringLiteral("waitWithinPromise"))), 5.0);
        QCOMPARE(sum(setNamed(waits, QStringLiteral("waitBeyondPromise"))), 0.0);
        QCOMPARE(setNamed(waits, QStringLiteral("waitWithinPromise"))->count(), 13);
        auto *promise = series<QLineSeries>(histogram, QStringLiteral("promiseMarker"));
        QCOMPARE(promise->at(0).x(), 3.0);
        QVERIFY(promise->name().contains(QStringLiteral("15")));

        // The ratings, level by level.
        QChartView *ratings = child<QChartView>(charts, QStringLiteral("ratingsChart"));
        auto *levels = series<QHorizontalStackedBarSeries>(ratings, QStringLiteral("ratingBars"));
        QCOMPARE(sum(setNamed(levels, QStringLiteral("ratingVerySatisfied"))), 2.0);
        QCOMPARE(sum(setNamed(levels, QStringLiteral("ratingSatisfied"))), 1.0);
        QCOMPARE(sum(setNamed(levels, QStringLiteral("ratingBasicallySatisfied"))), 0.0);
        QCOMPARE(sum(setNamed(levels, QStringLiteral("ratingDissatisfied"))), 1.0);
        QCOMPARE(sum(setNamed(levels, QStringLiteral("ratingVeryDissatisfied"))), 0.0);
        QCOMPARE(setNamed(levels, QStringLiteral("ratingDissatisfied"))->label(), QStringLiteral("不满意"));

        // Windows and tellers: served, then satisfaction.
        QChartView *windows = child<QChartView>(charts, QStringLiteral("windowChart"));
        QChartView *tellers = child<QChartView>(charts, QStringLiteral("tellerChart"));
        QHash<QString, double> w = byCategory(series<QHorizontalBarSeries>(windows, QStringLiteral("windowBars")));
        QCOMPARE(w.value(QStringLiteral("1号窗口")), 3.0);
        QCOMPARE(w.value(QStringLiteral("2号窗口")), 1.0);
        QCOMPARE(w.size(), 2);
        QHash<QString, double> t = byCategory(series<QHorizontalBarSeries>(tellers, QStringLiteral("tellerBars")));
        QCOMPARE(t.value(QStringLiteral("王丽")), 3.0);
        QCOMPARE(t.value(QStringLiteral("李明")), 1.0);
        child<QComboBox>(charts, QStringLiteral("compareFigure"))->setCurrentIndex(int(PerformanceCharts::Compare::Satisfaction));
        w = byCategory(series<QHorizontalBarSeries>(windows, QStringLiteral("windowBars")));
        QCOMPARE(w.value(QStringLiteral("1号窗口")), 66.7);
        QCOMPARE(w.value(QStringLiteral("2号窗口")), 100.0);
        QVERIFY(windows->chart()->title().contains(QStringLiteral("满意度")));

        // Today on the trend.
        QChartView *trend = child<QChartView>(charts, QStringLiteral("trendChart"));
        auto *issued = series<QLineSeries>(trend, QStringLiteral("trendIssued"));
        auto *served = series<QLineSeries>(trend, QStringLiteral("trendServed"));
        auto *satisfaction = series<QLineSeries>(trend, QStringLiteral("trendSatisfaction"));
        QCOMPARE(issued->count(), 1); // the only day the hall issued anything
        QCOMPARE(issued->at(0).y(), 6.0);
        QCOMPARE(served->at(0).y(), 4.0);
        QCOMPARE(satisfaction->at(0).y(), 75.0);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(issued->at(0).x())).date(), page->today());
    }

    void theDrillDownReachesTheTickets()
    {
        QTemporaryDir dir;
        ClientController controller(test::autoLogin(m_server.url(), dir.path(), QStringLiteral("supervisor1")));
        MainWindow *main = test::openMainWindow(controller);
        QVERIFY(main);
        PerformancePage *page = main->performancePage();
        child<QTabWidget>(main, QStringLiteral("mainTabs"))->setCurrentWidget(page);
        DrillDownPanel *panel = page->drillPanel();
        page->sections()->setCurrentWidget(panel);
        PerformanceDrillDown &drill = page->drillDown();
        QTRY_VERIFY_WITH_TIMEOUT(!drill.isLoading() && !drill.rows().isEmpty(), 20000);
        QAbstractItemModelTester figuresTester(panel->figures(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester ticketsTester(panel->tickets(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTableView *table = panel->table();
        auto *path = child<QLabel>(panel, QStringLiteral("drillPath"));
        auto *back = child<QPushButton>(panel, QStringLiteral("drillBack"));
        QVERIFY(!back->isEnabled());

        // The halls, ranked: only the city hall had anything today.
        QCOMPARE(drill.level(), PerformanceDrillDown::Level::Halls);
        QCOMPARE(table->model()->rowCount(), 1);
        const int city = shownRow(table, QStringLiteral("绵阳市人力资源和社会保障局政务服务大厅"));
        QCOMPARE(city, 0);
        QCOMPARE(table->model()->index(city, FigureTableModel::Rank).data().toString(), QStringLiteral("1"));
        QCOMPARE(table->model()->index(city, FigureTableModel::Served).data().toString(), QStringLiteral("4"));

        // → its windows: 1, 2 and the ticket still waiting.
        doubleClick(table, city, FigureTableModel::Name);
        QTRY_COMPARE_WITH_TIMEOUT(int(drill.level()), int(PerformanceDrillDown::Level::Windows), 10000);
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(back->isEnabled());
        const int window1 = shownRow(table, QStringLiteral("1号窗口"));
        QVERIFY(window1 >= 0);
        QVERIFY(shownRow(table, QStringLiteral("未到窗口")) >= 0);
        QCOMPARE(table->model()->index(window1, FigureTableModel::Satisfaction).data().toString(), QStringLiteral("66.7%"));

        // → the tellers at window 1: teller1.
        doubleClick(table, window1, FigureTableModel::Name);
        QTRY_COMPARE_WITH_TIMEOUT(int(drill.level()), int(PerformanceDrillDown::Level::Tellers), 10000);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, FigureTableModel::Name).data().toString(), QStringLiteral("王丽"));
        QCOMPARE(table->model()->index(0, FigureTableModel::BadReviews).data().toString(), QStringLiteral("1"));
        QVERIFY(path->text().contains(QStringLiteral("1号窗口")));

        // → the ticket behind her bad review.
        doubleClick(table, 0, FigureTableModel::BadReviews);
        QTRY_COMPARE_WITH_TIMEOUT(int(drill.level()), int(PerformanceDrillDown::Level::Tickets), 10000);
        QCOMPARE(drill.tickets().count, 1);
        QCOMPARE(drill.tickets().tickets.first().id, m_badTicket);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, TicketTableModel::Rating).data().toString(), QStringLiteral("不满意"));
        QCOMPARE(table->model()->index(0, TicketTableModel::Teller).data().toString(), QStringLiteral("王丽"));
        QCOMPARE(table->model()->index(0, TicketTableModel::Window).data().toString(), QStringLiteral("1号窗口"));
        QCOMPARE(table->model()->index(0, TicketTableModel::Outcome).data().toString(), QStringLiteral("已办结"));
        QVERIFY(path->text().endsWith(QStringLiteral("王丽 · 差评")));
        QCOMPARE(child<QLabel>(panel, QStringLiteral("drillCount"))->text(), QStringLiteral("共 1 张号票"));

        // Back up, one level at a time.
        QTest::mouseClick(back, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(int(drill.level()), int(PerformanceDrillDown::Level::Tellers), 10000);
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::mouseClick(back, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(int(drill.level()), int(PerformanceDrillDown::Level::Windows), 10000);
        QCOMPARE(table->model()->rowCount(), 3);

        // Every served ticket of window 1: from the served column of the tellers' level.
        QVERIFY(panel->openShown(shownRow(table, QStringLiteral("1号窗口")), FigureTableModel::Name));
        QTRY_COMPARE_WITH_TIMEOUT(int(drill.level()), int(PerformanceDrillDown::Level::Tellers), 10000);
        QVERIFY(panel->openShown(0, FigureTableModel::Served));
        QTRY_COMPARE_WITH_TIMEOUT(int(drill.level()), int(PerformanceDrillDown::Level::Tickets), 10000);
        QCOMPARE(drill.tickets().count, 3);
        QCOMPARE(toString(drill.tickets().figure), QStringLiteral("served"));
    }

    void aTellerSeesTheirOwn_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("served");
        QTest::addColumn<QString>("noShows");
        QTest::addColumn<QString>("satisfaction");
        QTest::newRow("teller1") << "teller1" << "3" << "0" << "66.7%";
        QTest::newRow("teller2") << "teller2" << "1" << "1" << "100.0%";
        QTest::newRow("teller3") << "teller3" << "0" << "0" << "—";
    }

    void aTellerSeesTheirOwn()
    {
        QFETCH(QString, user);
        QFETCH(QString, served);
        QFETCH(QString, noShows);
        QFETCH(QString, satisfaction);
        QTemporaryDir dir;
        ClientController controller(test::autoLogin(m_server.url(), dir.path(), user));
        MainWindow *main = test::openMainWindow(controller);
        QVERIFY(main);
        QVERIFY(!main->performancePage()); // tellers do not read the hall's figures
        MyFiguresPage *mine = main->myFiguresPage();
        QVERIFY(mine);
        auto *tabs = child<QTabWidget>(main, QStringLiteral("mainTabs"));
        QCOMPARE(tabs->tabText(tabs->indexOf(mine)), QStringLiteral("我的绩效"));
        QAbstractItemModelTester tester(mine->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        tabs->setCurrentWidget(mine);
        QTRY_VERIFY_WITH_TIMEOUT(!mine->isLoading() && mine->today().hall == kCity && mine->month().hall == kCity, 20000);
        QCOMPARE(mine->today().from, shanghaiNow().date()); // the hall's day, whatever the machine's time zone
        MyFiguresModel *m = mine->model();
        const auto cell = [m](int row, int column) { return m->index(row, column).data().toString(); };
        QCOMPARE(cell(MyFiguresModel::Served, MyFiguresModel::Today), served);
        QCOMPARE(cell(MyFiguresModel::Served, MyFiguresModel::ThisMonth), served); // a new server: nothing before today
        QCOMPARE(cell(MyFiguresModel::NoShow, MyFiguresModel::Today), noShows);
        QCOMPARE(cell(MyFiguresModel::Satisfaction, MyFiguresModel::Today), satisfaction);
        QCOMPARE(cell(MyFiguresModel::Served, MyFiguresModel::Figure), QStringLiteral("办结"));
        QCOMPARE(child<QLabel>(mine, QStringLiteral("myServedToday"))->text(), served);
        for (const QueueReportRow &row : mine->today().rows)
            QCOMPARE(row.key, user);
    }

private:
    test::TestServer m_server;
    QHash<int, int> m_issuedByHour;
    qint64 m_badTicket = 0;
};

QTEST_MAIN(TestPerformanceGui)
#include "tst_performance_gui.moc"
