// The 15-minute circle in the desktop client against the real server (issue 16): the catalogue's
// 就近可办 under a matter — from the teller's own hall and from a place typed in, nearest first,
// a bad place said plainly — and the supervisor's 15分钟服务圈 tab: every matter with its share,
// the delegations that would raise coverage most, and the map of a chosen matter drawn offscreen
// (covered points green, the others red, the halls that may accept it, a scale bar). The item
// models pass QAbstractItemModelTester.
#include "tests/support/ClientLogin.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/CatalogueBrowser.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/coverage/CoverageMapWidget.h"
#include "ui/desk/coverage/CoverageMatterModel.h"
#include "ui/desk/coverage/CoveragePage.h"
#include "ui/desk/coverage/NearbyHallsModel.h"
#include "ui/desk/coverage/NearbyHallsPanel.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {
template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no %s", qPrintable(name));
    return w;
}

QStringList column(const QAbstractItemModel *model, int c)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, c).data().toString();
    return out;
}

// With OW_SCREENSHOT_DIR set, the window as it is now, for a person to look at.
void shot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("OW_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

HallReach reach(const QString &code, OrgLevel level, double km, double minutes, bool walk)
{
    HallReach h;
    h.code = code;
    h.name = {code + QStringLiteral("大厅"), code + QStringLiteral(" hall")};
    h.level = level;
    h.distanceKm = km;
    h.minutes = minutes;
    h.walk = walk;
    return h;
}
} // namespace

class TestCoverageGui : public QObject
{
    Q_OBJECT
    test::TestServer m_server;


private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_coverage_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
    }

    void modelsPassTheTester()
    {
        NearbyHallsModel halls;
        QAbstractItemModelTester t1(&halls, QAbstractItemModelTester::FailureReportingMode::Fatal);
        halls.setHalls({reach(QStringLiteral("A"), OrgLevel::Community, 0.25, 4.3, true),
                        reach(QStringLiteral("B"), OrgLevel::County, 12.6, 44, false)});
        QCOMPARE(halls.rowCount(), 2);
        QCOMPARE(halls.index(0, NearbyHallsModel::DistanceColumn).data().toString(), QStringLiteral("250 米"));
        QCOMPARE(halls.index(0, NearbyHallsModel::TimeColumn).data().toString(), QStringLiteral("步行约 4 分钟"));
        QCOMPARE(halls.index(1, NearbyHallsModel::DistanceColumn).data().toString(), QStringLiteral("13 公里"));
        QCOMPARE(halls.index(1, NearbyHallsModel::TimeColumn).data().toString(), QStringLiteral("乘车约 44 分钟"));
        QCOMPARE(halls.index(1, NearbyHallsModel::LevelColumn).data().toString(), QStringLiteral("县（市、区）级大厅"));
        halls.setHalls({});
        QCOMPARE(halls.rowCount(), 0);

        CoverageMatterModel matters;
        QAbstractItemModelTester t2(&matters, QAbstractItemModelTester::FailureReportingMode::Fatal);
        MatterCoverage m{QStringLiteral("LR-004"), {QStringLiteral("劳务派遣经营许可"), QStringLiteral("Labour dispatch")},
                         OrgLevel::City, 100, 0.1, {{OrgLevel::County, 300, 0.3}, {OrgLevel::Community, 500, 0.5}}};
        matters.setMatters({m});
        QCOMPARE(matters.index(0, CoverageMatterModel::ShareColumn).data().toString(), QStringLiteral("10.0%"));
        QCOMPARE(matters.index(0, CoverageMatterModel::RaiseColumn).data().toString(), QStringLiteral("社区服务站 → 50.0%"));
        QCOMPARE(matters.index(0, CoverageMatterModel::LevelColumn).data().toString(), QStringLiteral("仅市级大厅"));
        QCOMPARE(matters.rowOf(QStringLiteral("LR-004")), 0);
        QCOMPARE(CoverageMatterModel::raiseText(DelegationGain{m.service, m.name, OrgLevel::City, OrgLevel::Community, 0.1, 0.5, 400},
                                                QStringLiteral("zh_CN")),
                 QStringLiteral("将「劳务派遣经营许可」下放至社区服务站，覆盖率可由 10.0% 提升至 50.0%。"));
    }

    void nearbyHallsInTheCatalogue()
    {
        QTemporaryDir dir;
        ClientController controller(test::autoLogin(m_server.url(), dir.path(), QStringLiteral("fc_teller1")));
        MainWindow *main = test::openMainWindow(controller, QSize{1280, 800});
        QVERIFY(main);
        NearbyHallsPanel *panel = main->nearbyHalls();
        QVERIFY(panel);
        auto *tabs = child<QTabWidget>(main, QStringLiteral("mainTabs"));
        auto *catalogue = child<CatalogueBrowser>(main, QStringLiteral("catalogueBrowser"));
        tabs->setCurrentWidget(catalogue);
        QTRY_VERIFY_WITH_TIMEOUT(catalogue->visibleServiceCount() > 0, 20000);
        // 工伤认定申请 (district halls and above), from the teller's own hall 涪城区: that hall first.
        child<QLineEdit>(catalogue, QStringLiteral("catalogueSearch"))->setText(QStringLiteral("WI-001"));
        QTRY_COMPARE_WITH_TIMEOUT(catalogue->shownService(), QStringLiteral("WI-001"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 5, 20000);
        const QStringList names = column(panel->model(), NearbyHallsModel::HallColumn);
        QCOMPARE(names.first(), QStringLiteral("涪城区人社服务大厅"));
        QCOMPARE(names.at(1), QStringLiteral("游仙区人社服务大厅"));
        for (const QString &level : column(panel->model(), NearbyHallsModel::LevelColumn))
            QVERIFY2(level == QStringLiteral("市级大厅") || level == QStringLiteral("县（市、区）级大厅"), qPrintable(level));
        QCOMPARE(panel->model()->index(0, NearbyHallsModel::DistanceColumn).data().toString(), QStringLiteral("0 米"));
        QVERIFY(panel->status().contains(QStringLiteral("15 分钟内可到达")));
        shot(main, QStringLiteral("nearby-halls-own-hall"));

        // From a place typed in: 江油's centre — 江油市 first.
        auto *origin = child<QComboBox>(panel, QStringLiteral("nearbyOrigin"));
        origin->setCurrentIndex(1);
        auto *lat = child<QLineEdit>(panel, QStringLiteral("nearbyLatitude"));
        auto *lon = child<QLineEdit>(panel, QStringLiteral("nearbyLongitude"));
        QVERIFY(lat->isVisible());
        QCOMPARE(lat->text(), QStringLiteral("31.4561")); // starts at one's own hall
        lat->setText(QStringLiteral("31.779"));
        lon->setText(QStringLiteral("104.746"));
        QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("nearbySearch")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->index(0, NearbyHallsModel::HallColumn).data().toString(),
                                  QStringLiteral("江油市人社服务大厅"), 20000);
        shot(main, QStringLiteral("nearby-halls-jiangyou"));
        // A place that is no place is said so, and the list is emptied.
        lat->setText(QStringLiteral("95"));
        QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("nearbySearch")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 0, 5000);
        QVERIFY(panel->status().contains(QStringLiteral("纬度")));
        // A city-only matter: the city hall alone.
        lat->setText(QStringLiteral("31.779"));
        child<QLineEdit>(catalogue, QStringLiteral("catalogueSearch"))->setText(QStringLiteral("LR-004"));
        QTRY_COMPARE_WITH_TIMEOUT(column(panel->model(), NearbyHallsModel::HallColumn),
                                  QStringList{QStringLiteral("绵阳市人力资源和社会保障局政务服务大厅")}, 20000);
        QVERIFY(panel->status().contains(QStringLiteral("15 分钟内没有")));
    }

    void theSupervisorsCoverageMap()
    {
        QTemporaryDir dir;
        ClientController controller(test::autoLogin(m_server.url(), dir.path(), QStringLiteral("supervisor1")));
        MainWindow *main = test::openMainWindow(controller, QSize{1280, 800});
        QVERIFY(main);
        CoveragePage *page = main->coveragePage();
        QVERIFY(page);
        auto *tabs = child<QTabWidget>(main, QStringLiteral("mainTabs"));
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("15分钟服务圈"));
        tabs->setCurrentWidget(page); // loads when first shown
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 85, 20000);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QString best = child<QLabel>(page, QStringLiteral("coverageBestDelegations"))->text();
        QVERIFY2(best.startsWith(QStringLiteral("• 将「")) && best.contains(QStringLiteral("覆盖率可由")), qPrintable(best));
        QVERIFY(page->status().contains(QStringLiteral("示意")));
        // The table is sorted by share, lowest first.
        auto *table = child<QTableView>(page, QStringLiteral("coverageMatters"));
        const QModelIndex first = table->model()->index(0, CoverageMatterModel::ShareColumn);
        const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, CoverageMatterModel::ShareColumn);
        QVERIFY(first.data(CoverageMatterModel::ShareRole).toDouble() <= last.data(CoverageMatterModel::ShareRole).toDouble());

        // Choose 工伤认定申请: the map shows its halls and which points are covered.
        const int row = page->model()->rowOf(QStringLiteral("WI-001"));
        QVERIFY(row >= 0);
        const QModelIndex shown = static_cast<const QAbstractProxyModel *>(table->model())->mapFromSource(page->model()->index(row, 0));
        table->setCurrentIndex(shown);
        CoverageMapWidget *map = page->map();
        QTRY_COMPARE_WITH_TIMEOUT(map->report().matters.size(), 1, 20000);
        QCOMPARE(map->report().matters.first().service, QStringLiteral("WI-001"));
        const int covered = map->coveredPointCount();
        QVERIFY(covered > 0 && covered < map->report().points.size());
        QTest::qWait(100);
        shot(main, QStringLiteral("coverage-map"));

        // Drawn offscreen, the whole city and then its centre (a larger scale): a covered point
        // is green where it is drawn, an uncovered one red — those not under a hall's mark.
        map->grab();
        const double cityScale = map->scaleBarKm();
        QVERIFY(cityScale > 0);
        auto *extent = child<QComboBox>(page, QStringLiteral("coverageExtent"));
        QCOMPARE(extent->itemText(1), QStringLiteral("中心城区"));
        extent->setCurrentIndex(1);
        QCOMPARE(map->extent(), CoverageMapWidget::Extent::Urban);
        const QImage image = map->grab().toImage();
        QVERIFY2(map->scaleBarKm() < cityScale, qPrintable(QString::number(map->scaleBarKm())));
        int greens = 0, reds = 0, coveredShown = 0, uncoveredShown = 0;
        for (const CoveragePoint &p : map->report().points) {
            const QPointF at = map->project(p.point.at);
            if (!QRectF(map->rect()).adjusted(4, 4, -4, -4).contains(at))
                continue; // outside the centre
            bool underHall = false;
            for (const HallReach &h : map->report().halls)
                underHall = underHall || QLineF(map->project(h.at), at).length() < 12;
            if (underHall)
                continue;
            const QColor c = image.pixelColor(at.toPoint());
            if (p.minutes && *p.minutes <= 15) {
                ++coveredShown;
                greens += c.green() > c.red() + 40 ? 1 : 0;
            } else {
                ++uncoveredShown;
                reds += c.red() > c.green() + 40 ? 1 : 0;
            }
        }
        // Points may overlap in the city centre: most, not all, show their own colour.
        QVERIFY2(coveredShown >= 5 && greens >= coveredShown * 2 / 3, qPrintable(QStringLiteral("%1 of %2").arg(greens).arg(coveredShown)));
        QVERIFY2(uncoveredShown >= 1 && reds >= uncoveredShown * 2 / 3, qPrintable(QStringLiteral("%1 of %2").arg(reds).arg(uncoveredShown)));
        shot(main, QStringLiteral("coverage-map-centre"));
    }
};

QTEST_MAIN(TestCoverageGui)
#include "tst_coverage_gui.moc"
