// The catalogue versions' section of the 管理 tab (issue 13). Its models pass
// QAbstractItemModelTester and show what they should (a version's state and times; a diff as
// groups, matters and what changed in them). Against the real server, the city's administrator
// imports a file (a bad one is refused in words, and nothing is added), reads its changes, puts it
// in force from a later day and withdraws that, then puts it in force now after confirming; a hall
// administrator has no such section.
#include "tests/support/ClientLogin.h"
#include "tests/support/ExtraAccount.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/CatalogueDiffModel.h"
#include "ui/admin/CatalogueVersionTableModel.h"
#include "ui/admin/CatalogueVersionsPage.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {
CatalogueDiff::Named named(const char *code, const QString &zh, const char *en)
{
    return {QString::fromLatin1(code), {zh, QString::fromLatin1(en)}};
}

CatalogueDiff sampleDiff()
{
    CatalogueDiff d;
    d.fromVersion = QStringLiteral("2026.11.2");
    d.toVersion = QStringLiteral("2027.1");
    d.added = {named("SI-099", QStringLiteral("新事项"), "New matter")};
    d.removed = {named("SI-002", QStringLiteral("旧事项"), "Old matter"), named("SI-003", QStringLiteral("另一旧事项"), "Another")};
    d.changed = {CatalogueDiff::ChangedMatter{named("SI-008", QStringLiteral("职工养老保险关系转入"), "Pension transfer-in"),
                                              {QStringLiteral("time_limit_days")},
                                              {named("pledge", QStringLiteral("个人承诺书"), "Personal pledge")},
                                              {},
                                              {}}};
    return d;
}

QString display(const QAbstractItemModel &m, const QModelIndex &i)
{
    return m.data(i, Qt::DisplayRole).toString();
}

// The bundled catalogue as `version`, SI-008 with a time limit of 9 working days.
QString writeCatalogue(const QTemporaryDir &dir, const QString &version)
{
    QJsonObject root = QJsonDocument::fromJson(Catalogue::bundledJson()).object();
    root.insert(QLatin1String("version"), version);
    QJsonArray services = root.value(QLatin1String("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        QJsonObject s = services.at(i).toObject();
        if (s.value(QLatin1String("code")).toString() == QLatin1String("SI-008")) {
            s.insert(QLatin1String("time_limit_days"), 9);
            services.replace(i, s);
        }
    }
    root.insert(QLatin1String("services"), services);
    const QString path = dir.filePath(version + QStringLiteral(".json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) <= 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no %s", qPrintable(name));
    return w;
}

void click(QWidget *parent, const QString &name)
{
    auto *button = child<QPushButton>(parent, name);
    QVERIFY2(button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}
} // namespace

class TestCatalogueVersionsGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::TestServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_catalogue_versions_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        m_server.stop();
        QVERIFY(test::addAccountLikeAdmin(m_server.databasePath(), QStringLiteral("fc_admin"), QStringLiteral("admin"), QStringLiteral("MY-FC")));
        QVERIFY(m_server.start());
    }

    void versionModel()
    {
        CatalogueVersionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        CatalogueVersionInfo active{QStringLiteral("2026.11.2"), CatalogueVersionState::Active, 85, 9,
                                    QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC), QString(), {},
                                    QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC)};
        CatalogueVersionInfo waiting{QStringLiteral("2027.1"), CatalogueVersionState::Scheduled, 86, 9,
                                     QDateTime(QDate(2026, 12, 7), QTime(2, 0), Qt::UTC), QStringLiteral("admin"), QDate(2027, 1, 1), {}};
        model.setVersions({waiting, active});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("2026.11.2")), 1);
        QCOMPARE(display(model, model.index(0, CatalogueVersionTableModel::State)), QStringLiteral("预约生效"));
        QCOMPARE(display(model, model.index(0, CatalogueVersionTableModel::InForce)), QStringLiteral("自 2027-01-01 起"));
        QVERIFY(display(model, model.index(0, CatalogueVersionTableModel::Imported)).endsWith(QStringLiteral("admin 导入")));
        QCOMPARE(display(model, model.index(1, CatalogueVersionTableModel::State)), QStringLiteral("使用中"));
        QVERIFY(model.data(model.index(1, 0), Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.headerData(CatalogueVersionTableModel::Matters, Qt::Horizontal).toString(), QStringLiteral("事项数"));
        model.setVersions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void diffModel()
    {
        CatalogueDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.setDiff(sampleDiff());
        QCOMPARE(model.rowCount(), 3); // added, removed, changed (empty groups left out)
        QCOMPARE(display(model, model.index(0, 0)), QStringLiteral("新增事项（1）"));
        QCOMPARE(display(model, model.index(1, 0)), QStringLiteral("删除事项（2）"));
        const QModelIndex changed = model.index(2, 0);
        QCOMPARE(display(model, changed), QStringLiteral("变更事项（1）"));
        const QModelIndex matter = model.index(0, 0, changed);
        QCOMPARE(display(model, matter), QStringLiteral("SI-008 职工养老保险关系转入"));
        QCOMPARE(model.rowCount(matter), 2);
        QCOMPARE(display(model, model.index(0, 0, matter)), QStringLiteral("变更：承诺时限（工作日）"));
        QCOMPARE(display(model, model.index(1, 0, matter)), QStringLiteral("新增材料：个人承诺书"));
        QCOMPARE(model.data(model.index(1, 0, matter), CatalogueDiffModel::KindRole).toInt(), int(CatalogueDiffModel::Added));
        QCOMPARE(model.parent(model.index(1, 0, matter)), matter);
        model.setDiff(CatalogueDiff{});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(display(model, model.index(0, 0)), QStringLiteral("与使用中的版本没有差别。"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void onlyTheCityAdministratorHasTheSection()
    {
        ClientController hallAdmin(test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("fc_admin")));
        hallAdmin.start();
        QTRY_VERIFY_WITH_TIMEOUT(hallAdmin.mainWindow() != nullptr, 20000);
        QVERIFY(hallAdmin.mainWindow()->adminPage());
        QVERIFY(!hallAdmin.mainWindow()->adminPage()->catalogueVersionsPage());
        QVERIFY(!hallAdmin.mainWindow()->findChild<CatalogueVersionsPage *>());
    }

    void importReviewScheduleActivate()
    {
        ClientController controller(test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("admin")));
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        MainWindow *main = controller.mainWindow();
        AdminPage *admin = main->adminPage();
        child<QTabWidget>(main, QStringLiteral("mainTabs"))->setCurrentWidget(admin);
        CatalogueVersionsPage *page = admin->catalogueVersionsPage();
        QVERIFY(page);
        QCOMPARE(admin->sections()->tabText(admin->sections()->indexOf(page)), QStringLiteral("事项清单版本"));
        admin->sections()->setCurrentWidget(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->versionsModel()->rowCount(), 1, 10000);
        const QString bundled = page->versionsModel()->version(0)->version;
        auto *table = child<QTableView>(page, QStringLiteral("catalogueVersionTable"));
        // The version in force: nothing to put in force.
        QTRY_COMPARE_WITH_TIMEOUT(table->selectionModel()->selectedRows().size(), 1, 5000);
        QVERIFY(!child<QPushButton>(page, QStringLiteral("activateCatalogueButton"))->isEnabled());
        auto *message = child<QLabel>(page, QStringLiteral("catalogueMessage"));

        // A file that is not a catalogue: said in words, nothing added.
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"version": "2027.9", "categories": [], "services": [{"code": "X"}]})");
        f.close();
        QSignalSpy answered(page, &CatalogueVersionsPage::answered);
        page->importFile(bad);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
        QVERIFY2(message->text().startsWith(QStringLiteral("事项清单文件未通过校验")), qPrintable(message->text()));
        page->importFile(m_dir.filePath(QStringLiteral("missing.json")));
        QCOMPARE(answered.size(), 2);
        QCOMPARE(message->text(), QStringLiteral("missing.json 不是 JSON 格式的事项清单文件。"));
        QCOMPARE(page->versionsModel()->rowCount(), 1);

        // A new version: imported, selected, its changes shown.
        page->importFile(writeCatalogue(m_dir, QStringLiteral("2027.1")));
        QTRY_COMPARE_WITH_TIMEOUT(page->versionsModel()->rowCount(), 2, 10000);
        QCOMPARE(message->text(), QStringLiteral("事项清单版本 2027.1 已导入，尚未启用：请核对变更内容后再启用。"));
        QTRY_VERIFY_WITH_TIMEOUT(page->changesModel()->diff().toVersion == QLatin1String("2027.1"), 10000);
        QCOMPARE(child<QLabel>(page, QStringLiteral("catalogueChangesTitle"))->text(),
                 QStringLiteral("版本 2027.1 相对于使用中的版本（%1）的变更：").arg(bundled));
        const QModelIndex changed = page->changesModel()->index(0, 0);
        QCOMPARE(display(*page->changesModel(), changed), QStringLiteral("变更事项（1）"));
        QVERIFY(display(*page->changesModel(), page->changesModel()->index(0, 0, changed)).startsWith(QStringLiteral("SI-008 ")));

        // From a later day, then withdrawn.
        auto *day = child<QDateEdit>(page, QStringLiteral("activateOnDate"));
        day->setDate(QDate::currentDate().addDays(10));
        click(page, QStringLiteral("scheduleCatalogueButton"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(page->versionsModel()->version(0)->state), toString(CatalogueVersionState::Scheduled), 10000);
        QCOMPARE(message->text(), QStringLiteral("事项清单版本 2027.1 将于 %1 起生效。").arg(day->date().toString(Qt::ISODate)));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page, QStringLiteral("unscheduleCatalogueButton"))->isEnabled(), 5000);
        click(page, QStringLiteral("unscheduleCatalogueButton"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(page->versionsModel()->version(0)->state), toString(CatalogueVersionState::Pending), 10000);

        // Now, after confirming.
        test::whenDialogOpens([](QDialog *confirm) { QTest::mouseClick(child<QPushButton>(confirm, QStringLiteral("confirmButton")), Qt::LeftButton); });
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page, QStringLiteral("activateCatalogueButton"))->isEnabled(), 5000);
        click(page, QStringLiteral("activateCatalogueButton"));
        QTRY_COMPARE_WITH_TIMEOUT(toString(page->versionsModel()->version(0)->state), toString(CatalogueVersionState::Active), 10000);
        QCOMPARE(toString(page->versionsModel()->version(1)->state), toString(CatalogueVersionState::Superseded));
        QCOMPARE(message->text(), QStringLiteral("事项清单版本 2027.1 已启用。"));
        test::SyncHttp http(m_server.url());
        const QJsonObject catalogue = http.get(QStringLiteral("/api/v1/catalogue"), http.login(QStringLiteral("teller1"), QStringLiteral("demo1234"))).json();
        QCOMPARE(catalogue.value(QLatin1String("version")).toString(), QStringLiteral("2027.1"));
    }
};

QTEST_MAIN(TestCatalogueVersionsGui)
#include "tst_catalogue_versions_gui.moc"
