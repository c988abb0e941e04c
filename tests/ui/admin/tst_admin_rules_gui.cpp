// The working-day calendar and a hall's queue rules in the 管理 tab, through the desktop client
// against the real server: the city administrator sees 2026's Spring Festival holidays, imports a
// 2027 calendar file chosen in the file dialog, and has a malformed file refused with the server's
// reasons and nothing changed; then changes Fucheng district's promise and adds a priority group,
// which the server holds, and puts the hall back on the city's defaults. A county administrator
// sees the queue rules but not the calendar.
#include "core/client/AdminClient.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/ExtraAccount.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/CalendarDayModel.h"
#include "ui/admin/CalendarPage.h"
#include "ui/admin/FormFeedback.h"
#include "ui/admin/PriorityGroupModel.h"
#include "ui/admin/QueueRulesPage.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ow;

namespace {

const QString kHall = QStringLiteral("MY-FC");

// Answers the modal dialog named `name` once it is up.
void whenDialog(const QString &name, std::function<void(QDialog *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, answer] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name)
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
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

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Chooses `path` in the calendar page's file dialog, as the administrator would.
void importThroughTheDialog(CalendarPage *page, const QString &path)
{
    whenDialog(QStringLiteral("calendarFileDialog"), [path](QDialog *dialog) {
        // The path typed into the file name (selectFile() leaves a focused name field alone).
        child<QLineEdit>(dialog, QStringLiteral("fileNameEdit"))->setText(path);
        dialog->accept(); // QFileDialog's own accept(): it takes the file named
        if (dialog->isVisible()) {
            dialog->reject(); // not taken: fail, rather than wait for ever
            QFAIL("the file dialog did not take the file");
        }
    });
    click(page, QStringLiteral("importCalendarButton"));
}

QStringList years(const QJsonObject &calendar)
{
    QStringList out;
    for (const QJsonValue &y : calendar.value(QLatin1String("years")).toArray())
        out << QStringLiteral("%1 %2").arg(y.toObject().value(QLatin1String("year")).toInt()).arg(y.toObject().value(QLatin1String("source")).toString());
    return out;
}

} // namespace

class TestAdminRulesGui : public QObject
{
    Q_OBJECT

    AdminPage *openAdministration(ClientController &controller)
    {
        controller.start();
        if (!QTest::qWaitFor([&controller] { return controller.mainWindow() != nullptr; }, 20000))
            return nullptr;
        AdminPage *admin = controller.mainWindow()->adminPage();
        child<QTabWidget>(controller.mainWindow(), QStringLiteral("mainTabs"))->setCurrentWidget(admin);
        return admin;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_admin_rules_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_files.isValid());
        QVERIFY(m_server.start());
        m_server.stop();
        QVERIFY(test::addAccountLikeAdmin(m_server.databasePath(), QStringLiteral("fc_admin"), QStringLiteral("admin"), kHall));
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
        m_token = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        QVERIFY(!m_token.isEmpty());
    }

    void calendarShowsImportsAndRefuses()
    {
        ClientController controller(test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("admin")));
        AdminPage *admin = openAdministration(controller);
        QVERIFY(admin);
        CalendarPage *calendar = admin->calendarPage();
        QVERIFY(calendar);
        QCOMPARE(admin->sections()->tabText(admin->sections()->indexOf(calendar)), QStringLiteral("工作日历"));
        admin->sections()->setCurrentWidget(calendar);
        QTRY_VERIFY_WITH_TIMEOUT(admin->admin().calendar().size() >= 2, 10000);

        // 2026, built in: the Spring Festival's nine days off, and the Saturday worked before them.
        calendar->showYear(2026);
        QCOMPARE(calendar->currentYear(), 2026);
        auto *year = child<QComboBox>(calendar, QStringLiteral("calendarYear"));
        QCOMPARE(year->currentText(), QStringLiteral("2026年（系统内置）"));
        CalendarDayModel *days = calendar->model();
        for (int d = 15; d <= 23; ++d) {
            const int row = days->rowOf(QDate(2026, 2, d));
            QVERIFY2(row >= 0, qPrintable(QString::number(d)));
            QCOMPARE(days->index(row, CalendarDayModel::Kind).data().toString(), QStringLiteral("法定节假日"));
            QCOMPARE(days->index(row, CalendarDayModel::Note).data().toString(), QStringLiteral("2月15日至2月23日放假，共9天"));
        }
        QCOMPARE(days->index(days->rowOf(QDate(2026, 2, 14)), CalendarDayModel::Kind).data().toString(), QStringLiteral("调休上班日"));
        QCOMPARE(days->index(days->rowOf(QDate(2026, 2, 14)), CalendarDayModel::Weekday).data().toString(), QStringLiteral("周六"));
        QVERIFY(child<QLabel>(calendar, QStringLiteral("calendarSummary"))->text().contains(QStringLiteral("系统内置")));

        // 2027, from a JSON file chosen in the dialog.
        const QByteArray year2027 = R"({"about": "2027", "years": {"2027": {
            "holidays": ["2027-01-01", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12"],
            "working_weekends": ["2027-02-20"]}}})";
        importThroughTheDialog(calendar, write(m_files, QStringLiteral("calendar-2027.json"), year2027));
        QTRY_COMPARE_WITH_TIMEOUT(calendar->currentYear(), 2027, 10000);
        QCOMPARE(year->currentText(), QStringLiteral("2027年（已导入）"));
        QCOMPARE(days->rowCount(), 9);
        QCOMPARE(days->index(days->rowOf(QDate(2027, 2, 9)), CalendarDayModel::Note).data().toString(), QStringLiteral("2月6日至2月12日放假，共7天"));
        QCOMPARE(days->index(days->rowOf(QDate(2027, 2, 20)), CalendarDayModel::Kind).data().toString(), QStringLiteral("调休上班日"));
        auto *message = child<QLabel>(calendar, QStringLiteral("calendarMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("已导入")) && message->text().contains(QStringLiteral("2027")),
                 qPrintable(message->text()));
        const QStringList after2027{QStringLiteral("2025 builtin"), QStringLiteral("2026 builtin"), QStringLiteral("2027 imported")};
        QCOMPARE(years(m_http->get(QStringLiteral("/api/v1/admin/calendar"), m_token).json()), after2027);

        // A malformed CSV: refused with the line at fault, in Chinese, and nothing changed.
        const QList<CalendarYearView> before = admin->admin().calendar();
        importThroughTheDialog(calendar, write(m_files, QStringLiteral("calendar-2028.csv"),
                                               QByteArray("date,kind,name\n2028-01-01,holiday,元旦\n2028-01-03,day off,x\n")));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("未导入")), 10000);
        // The place as a person reads it, the reason in the desk's language.
        QVERIFY2(message->text().contains(QStringLiteral("• 第 3 行，“kind”列：须为 holiday（节假日）或 workday（调休上班）。")),
                 qPrintable(message->text()));
        QVERIFY2(!message->text().contains(QStringLiteral("was not imported")), qPrintable(message->text()));
        QCOMPARE(admin->admin().calendar(), before);
        QCOMPARE(calendar->currentYear(), 2027);
        QCOMPARE(years(m_http->get(QStringLiteral("/api/v1/admin/calendar"), m_token).json()), after2027);

        // Not JSON at all: the file as a whole is refused.
        importThroughTheDialog(calendar, write(m_files, QStringLiteral("broken.json"), QByteArray("{\"years\": {\"2028\": [")));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("broken.json 未导入")), 10000);
        QVERIFY2(message->text().contains(QStringLiteral("• 整个文件：不是有效的 JSON")), qPrintable(message->text()));
        QCOMPARE(years(m_http->get(QStringLiteral("/api/v1/admin/calendar"), m_token).json()), after2027);

        // A file that is neither: refused before anything is sent.
        calendar->importFile(write(m_files, QStringLiteral("calendar.txt"), QByteArray("2028-01-01")));
        QVERIFY2(message->text().contains(QStringLiteral(".json")), qPrintable(message->text()));
        QCOMPARE(admin->admin().calendar(), before);
    }

    void queueRulesSavedAndBackToTheDefaults()
    {
        ClientController controller(test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("admin")));
        AdminPage *admin = openAdministration(controller);
        QVERIFY(admin);
        QueueRulesPage *page = admin->queueRulesPage();
        QCOMPARE(admin->sections()->tabText(admin->sections()->indexOf(page)), QStringLiteral("排队规则"));
        admin->sections()->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(admin->admin().hall(kHall) != nullptr, 10000);
        page->selectHall(kHall);
        QTRY_VERIFY_WITH_TIMEOUT(page->loaded() && page->loaded()->hall == kHall, 10000);
        QVERIFY(!page->loaded()->own);
        const QueueRules defaults = page->loaded()->rules;
        QCOMPARE(child<QLabel>(page, QStringLiteral("queueRulesSource"))->text(), QStringLiteral("本大厅使用全市默认排队规则。"));
        QVERIFY(!child<QPushButton>(page, QStringLiteral("useCityDefaultsButton"))->isEnabled());

        auto *promise = child<QSpinBox>(page, QStringLiteral("promiseMinutes"));
        QCOMPARE(promise->value(), defaults.promiseMinutes);
        QCOMPARE(promise->maximum(), QueueRules::kMaxPromise);
        promise->setValue(25);

        // A new group: checked as it is filled in.
        auto *save = child<QPushButton>(page, QStringLiteral("saveQueueRulesButton"));
        auto *summary = child<QLabel>(page, QStringLiteral("formSummary"));
        PriorityGroupModel *groups = page->groupModel();
        const int before = groups->rowCount();
        click(page, QStringLiteral("addPriorityGroupButton"));
        QCOMPARE(groups->rowCount(), before + 1);
        QVERIFY(!save->isEnabled());
        QCOMPARE(summary->text(), QStringLiteral("第 %1 类优先人群：请填写人群代码。").arg(before + 1));
        auto *table = child<QTableView>(page, QStringLiteral("priorityGroupTable"));
        table->closePersistentEditor(table->currentIndex());
        QVERIFY(groups->setData(groups->index(before, PriorityGroupModel::Code), QStringLiteral("Elderly")));
        QVERIFY(groups->setData(groups->index(before, PriorityGroupModel::NameZh), QStringLiteral("退役军人")));
        QVERIFY(groups->setData(groups->index(before, PriorityGroupModel::NameEn), QStringLiteral("Veteran")));
        QCOMPARE(page->feedback()->shownProblem(QStringLiteral("priority_groups")),
                 QStringLiteral("第 %1 类优先人群：人群代码 elderly 重复。").arg(before + 1));
        QVERIFY(!groups->problem(before, PriorityGroupModel::Code).isEmpty());
        QVERIFY(!save->isEnabled());
        QVERIFY(groups->setData(groups->index(before, PriorityGroupModel::Code), QStringLiteral("veteran")));
        QCOMPARE(page->feedback()->shownProblem(QStringLiteral("priority_groups")), QString());
        QVERIFY2(save->isEnabled(), qPrintable(summary->text()));

        click(page, QStringLiteral("saveQueueRulesButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page->loaded() && page->loaded()->own, 10000);
        QCOMPARE(child<QLabel>(page, QStringLiteral("queueRulesSource"))->text(), QStringLiteral("本大厅使用本大厅自定的排队规则。"));
        QVERIFY(child<QLabel>(page, QStringLiteral("queueRulesMessage"))->text().contains(QStringLiteral("已保存")));

        // The server holds them.
        const QString path = QStringLiteral("/api/v1/admin/halls/%1/queue-rules").arg(kHall);
        QJsonObject held = m_http->get(path, m_token).json();
        QVERIFY(held.value(QLatin1String("own")).toBool());
        QCOMPARE(held.value(QLatin1String("promise_minutes")).toInt(), 25);
        const QJsonArray heldGroups = held.value(QLatin1String("priority_groups")).toArray();
        QCOMPARE(heldGroups.size(), before + 1);
        const QJsonObject veteran = heldGroups.last().toObject();
        QCOMPARE(veteran.value(QLatin1String("code")).toString(), QStringLiteral("veteran"));
        QCOMPARE(veteran.value(QLatin1String("name_zh")).toString(), QStringLiteral("退役军人"));
        QCOMPARE(veteran.value(QLatin1String("name_en")).toString(), QStringLiteral("Veteran"));

        // Back to the city's defaults, after asking.
        whenDialog(QStringLiteral("confirmDialog"), [](QDialog *box) { click(box, QStringLiteral("confirmButton")); });
        click(page, QStringLiteral("useCityDefaultsButton"));
        QTRY_VERIFY_WITH_TIMEOUT(page->loaded() && !page->loaded()->own, 10000);
        QCOMPARE(promise->value(), defaults.promiseMinutes);
        QCOMPARE(groups->rowCount(), before);
        held = m_http->get(path, m_token).json();
        QVERIFY(!held.value(QLatin1String("own")).toBool());
        QCOMPARE(held.value(QLatin1String("promise_minutes")).toInt(), defaults.promiseMinutes);
        QCOMPARE(held.value(QLatin1String("priority_groups")).toArray().size(), before);
    }

    // The calendar is the city's; a county's administrator manages the rules of their own halls.
    void countyAdministratorSeesRulesButNoCalendar()
    {
        ClientController controller(test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("fc_admin")));
        AdminPage *admin = openAdministration(controller);
        QVERIFY(admin);
        QVERIFY(!admin->calendarPage());
        QVERIFY(!admin->findChild<CalendarPage *>());
        QueueRulesPage *page = admin->queueRulesPage();
        admin->sections()->setCurrentWidget(page);
        // Their own hall, chosen for them.
        QTRY_VERIFY_WITH_TIMEOUT(page->loaded() && page->loaded()->hall == kHall, 10000);
        QCOMPARE(child<QComboBox>(page, QStringLiteral("queueRulesHall"))->findData(QStringLiteral("MY-CITY")), -1);
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_files;
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QString m_token;
};

QTEST_MAIN(TestAdminRulesGui)
#include "tst_admin_rules_gui.moc"
