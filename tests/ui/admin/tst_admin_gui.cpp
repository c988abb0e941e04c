// Issue 13 acceptance, through the desktop client against the real server: the city
// administrator creates a township hall with two windows and a teller in the 管理 tab; the
// teller logs in with the one-time password, is made to choose their own first (the dialog
// refuses what the server refuses), and calls a ticket at the new hall's window. Also: any user
// changes their password from the account menu; disabling and resetting from the accounts page.
#include "core/client/AdminClient.h"
#include "core/client/ClientSession.h"
#include "core/client/TellerDesk.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/admin/AccountTableModel.h"
#include "ui/admin/AccountsPage.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/ChangeTableModel.h"
#include "ui/admin/ChangesPage.h"
#include "ui/admin/DeviceTableModel.h"
#include "ui/admin/DevicesPage.h"
#include "ui/admin/FormFeedback.h"
#include "ui/admin/HallTreeModel.h"
#include "ui/admin/HallsAdminPage.h"
#include "ui/admin/WindowTableModel.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ChangePasswordDialog.h"
#include "ui/desk/CitizenScreen.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/TellerQueuePanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace ow;

namespace {

const QString kHall = QStringLiteral("MY-FC-TN");
const QString kTeller = QStringLiteral("tn_teller1");

// Answers the modal dialog named `name` once it is up (a dialog's exec() blocks the caller until
// then). Dialogs that come and go before it are left alone.
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

void setText(QWidget *dialog, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    edit->setText(text);
    Q_EMIT edit->textEdited(text);
}

void click(QWidget *parent, const QString &name)
{
    auto *button = child<QPushButton>(parent, name);
    QVERIFY2(button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

// The account's row in the accounts table, or -1.
int rowOf(AccountTableModel *model, const QString &username)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->account(row)->username == username)
            return row;
    }
    return -1;
}

} // namespace

class TestAdminGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_admin_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
    }

    // Only accounts with admin.manage see the tab.
    void onlyAdministratorsSeeTheTab()
    {
        ClientController teller(test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("teller1")));
        teller.start();
        QTRY_VERIFY_WITH_TIMEOUT(teller.mainWindow() != nullptr, 20000);
        QVERIFY(!teller.mainWindow()->adminPage());
        QVERIFY(!teller.mainWindow()->findChild<AdminPage *>());
        ClientController admin(test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("admin")));
        admin.start();
        QTRY_VERIFY_WITH_TIMEOUT(admin.mainWindow() != nullptr, 20000);
        AdminPage *page = admin.mainWindow()->adminPage();
        QVERIFY(page);
        auto *tabs = child<QTabWidget>(admin.mainWindow(), QStringLiteral("mainTabs"));
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("管理"));
    }

    void administratorCreatesHallWindowsAndTeller()
    {
        ClientController controller(test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("admin")));
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        MainWindow *main = controller.mainWindow();
        AdminPage *admin = main->adminPage();
        auto *tabs = child<QTabWidget>(main, QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(admin);
        HallsAdminPage *halls = admin->hallsPage();
        admin->sections()->setCurrentWidget(halls);
        QTRY_VERIFY_WITH_TIMEOUT(halls->hallModel()->indexOf(QStringLiteral("MY-FC")).isValid(), 10000);

        // A township hall below Fucheng district.
        halls->selectHall(QStringLiteral("MY-FC"));
        whenDialog(QStringLiteral("hallForm"), [](QDialog *form) {
            setText(form, QStringLiteral("hallCode"), kHall);
            setText(form, QStringLiteral("hallNameZh"), QStringLiteral("涪城区塘汛镇便民服务中心"));
            setText(form, QStringLiteral("hallNameEn"), QStringLiteral("Tangxun Town Service Centre, Fucheng District"));
            setText(form, QStringLiteral("hallAddress"), QStringLiteral("四川省绵阳市涪城区塘汛镇"));
            setText(form, QStringLiteral("hallLatitude"), QStringLiteral("31.4139"));
            setText(form, QStringLiteral("hallLongitude"), QStringLiteral("104.7528"));
            QCOMPARE(child<QComboBox>(form, QStringLiteral("hallLevel"))->currentData().toInt(), static_cast<int>(OrgLevel::Township));
            click(form, QStringLiteral("formOk"));
        });
        click(halls, QStringLiteral("newHallButton"));
        QTRY_COMPARE_WITH_TIMEOUT(halls->selectedHallCode(), kHall, 10000);
        const AdminHall *created = admin->admin().hall(kHall);
        QVERIFY(created);
        QCOMPARE(created->parent, QStringLiteral("MY-FC"));
        QVERIFY(created->level == OrgLevel::Township);
        QCOMPARE(created->hours.size(), 5);
        QCOMPARE(*created->latitude, 31.4139);

        // Two windows: a comprehensive one, and a dedicated one for pensions.
        whenDialog(QStringLiteral("windowForm"), [](QDialog *form) {
            QCOMPARE(child<QSpinBox>(form, QStringLiteral("windowNumber"))->value(), 1);
            setText(form, QStringLiteral("windowLabel"), QStringLiteral("1号窗口 综合"));
            click(form, QStringLiteral("formOk"));
        });
        click(halls, QStringLiteral("addWindowButton"));
        QTRY_COMPARE_WITH_TIMEOUT(halls->windowModel()->rowCount(), 1, 10000);
        whenDialog(QStringLiteral("windowForm"), [](QDialog *form) {
            QCOMPARE(child<QSpinBox>(form, QStringLiteral("windowNumber"))->value(), 2);
            auto *kind = child<QComboBox>(form, QStringLiteral("windowKind"));
            kind->setCurrentIndex(kind->findData(static_cast<int>(WindowKind::Dedicated)));
            auto *table = child<QTableWidget>(form, QStringLiteral("windowCategories"));
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("pension"))
                    table->item(row, 0)->setCheckState(Qt::Checked);
            }
            setText(form, QStringLiteral("windowLabel"), QStringLiteral("2号窗口 养老"));
            click(form, QStringLiteral("formOk"));
        });
        click(halls, QStringLiteral("addWindowButton"));
        QTRY_COMPARE_WITH_TIMEOUT(halls->windowModel()->rowCount(), 2, 10000);
        const AdminWindow *second = halls->windowModel()->window(1);
        QCOMPARE(second->number, 2);
        QVERIFY(second->kind == WindowKind::Dedicated);
        QCOMPARE(second->categories, QStringList{QStringLiteral("pension")});
        QCOMPARE(second->label, QStringLiteral("2号窗口 养老"));

        // The teller of the new hall; their one-time password is shown once.
        AccountsPage *accounts = admin->accountsPage();
        admin->sections()->setCurrentWidget(accounts);
        whenDialog(QStringLiteral("accountForm"), [](QDialog *form) {
            setText(form, QStringLiteral("accountUsername"), kTeller);
            setText(form, QStringLiteral("accountNameZh"), QStringLiteral("唐小溪"));
            setText(form, QStringLiteral("accountNameEn"), QStringLiteral("Tang Xiaoxi"));
            setText(form, QStringLiteral("accountStaffNo"), QStringLiteral("MY-TN-0001"));
            auto *hall = child<QComboBox>(form, QStringLiteral("accountHall"));
            hall->setCurrentIndex(hall->findData(kHall));
            QVERIFY(hall->currentIndex() >= 0);
            click(form, QStringLiteral("formOk"));
        });
        QString oneTime;
        whenDialog(QStringLiteral("oneTimeSecretDialog"), [&oneTime](QDialog *dialog) {
            oneTime = child<QLabel>(dialog, QStringLiteral("oneTimeSecret"))->text();
            click(dialog, QStringLiteral("secretNotedButton"));
        });
        click(accounts, QStringLiteral("newAccountButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!oneTime.isEmpty(), 10000);
        const int row = rowOf(accounts->model(), kTeller);
        QVERIFY(row >= 0);
        QCOMPARE(accounts->model()->account(row)->hall, kHall);
        QVERIFY(accounts->model()->account(row)->mustChangePassword);
        QCOMPARE(accounts->model()->index(row, AccountTableModel::State).data().toString(), QStringLiteral("待修改密码"));
        m_oneTimePassword = oneTime;

        // The record of changes lists what was done, newest first.
        ChangesPage *changes = admin->changesPage();
        admin->sections()->setCurrentWidget(changes);
        changes->reload();
        QTRY_VERIFY_WITH_TIMEOUT(changes->model()->rowCount() >= 4, 10000);
        QStringList done;
        for (int i = 0; i < 4; ++i) {
            const AdminChange *c = changes->model()->change(i);
            done << c->entity + QLatin1Char(' ') + c->action;
        }
        QCOMPARE(done, (QStringList{QStringLiteral("account create"), QStringLiteral("window create"),
                                    QStringLiteral("window create"), QStringLiteral("hall create")}));
        QCOMPARE(changes->model()->change(0)->key, kTeller);
        QCOMPARE(changes->model()->index(0, ChangeTableModel::Entity).data().toString(), QStringLiteral("账号"));
    }

    // Runs after the administrator's test: the teller and the hall exist.
    void newTellerChangesPasswordThenCallsATicket()
    {
        QVERIFY(!m_oneTimePassword.isEmpty());
        ClientController controller(test::autoLogin(m_server.url(), m_dir.path(), kTeller, m_oneTimePassword));
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.passwordDialog() != nullptr, 20000);
        QVERIFY(!controller.mainWindow()); // nothing else before the password is changed
        ChangePasswordDialog *dialog = controller.passwordDialog();
        QTRY_VERIFY(dialog->isVisible());
        auto *ok = child<QPushButton>(dialog, QStringLiteral("formOk"));
        auto *summary = child<QLabel>(dialog, QStringLiteral("formSummary"));
        QVERIFY(!ok->isEnabled());

        setText(dialog, QStringLiteral("oldPassword"), m_oneTimePassword);
        setText(dialog, QStringLiteral("newPassword"), QStringLiteral("short"));
        QCOMPARE(dialog->feedback()->shownProblem(QStringLiteral("new_password")), QStringLiteral("密码至少需要 10 个字符。"));
        setText(dialog, QStringLiteral("newPassword"), QStringLiteral("TN_TELLER1"));
        QCOMPARE(dialog->feedback()->shownProblem(QStringLiteral("new_password")), QStringLiteral("密码不能与用户名相同。"));
        // The 10,000 most common passwords are refused as they are typed, as the server refuses them.
        setText(dialog, QStringLiteral("newPassword"), QStringLiteral("1234567890"));
        QCOMPARE(dialog->feedback()->shownProblem(QStringLiteral("new_password")),
                 QStringLiteral("这是最常见的密码之一，请换一个更难猜的密码。"));
        setText(dialog, QStringLiteral("newPassword"), QStringLiteral("Tangxun-window-2026"));
        setText(dialog, QStringLiteral("repeatPassword"), QStringLiteral("Tangxun-window-2025"));
        QCOMPARE(dialog->feedback()->shownProblem(QStringLiteral("repeat")), QStringLiteral("两次输入的新密码不一致。"));
        QVERIFY(!ok->isEnabled());
        // What only the server knows: the one-time password typed wrong. Its reason shows under the field.
        setText(dialog, QStringLiteral("repeatPassword"), QStringLiteral("Tangxun-window-2026"));
        setText(dialog, QStringLiteral("oldPassword"), m_oneTimePassword + QStringLiteral("x"));
        QVERIFY2(ok->isEnabled(), qPrintable(summary->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->feedback()->shownProblem(QStringLiteral("old_password")).isEmpty(), 10000);
        QVERIFY(!summary->text().isEmpty());
        QVERIFY(dialog->isVisible());
        QVERIFY(!controller.mainWindow());
        setText(dialog, QStringLiteral("oldPassword"), m_oneTimePassword);

        const QString mine = QStringLiteral("Tangxun-window-2026");
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 10000);
        QVERIFY(!controller.passwordDialog());
        MainWindow *main = controller.mainWindow();
        TellerQueuePanel *panel = main->queuePanel();
        QVERIFY(panel);
        // The old password is gone; the new one logs in.
        QVERIFY(m_http->login(kTeller, m_oneTimePassword).isEmpty());
        const QString token = m_http->login(kTeller, mine);
        QVERIFY(!token.isEmpty());

        // The new hall's windows reach the panel; a walk-in ticket, issued by REST, is called with F1.
        auto *windows = child<QComboBox>(panel, QStringLiteral("windowSelector"));
        QTRY_COMPARE_WITH_TIMEOUT(windows->count(), 2, 10000);
        QCOMPARE(windows->currentData().toInt(), 1);
        const test::HttpReply issued = m_http->post(QStringLiteral("/api/v1/halls/%1/tickets").arg(kHall),
                                                    {{QLatin1String("services"), QJsonArray{QStringLiteral("PE-001")}}}, token);
        QCOMPARE(issued.status, 201);
        const QString number = issued.json().value(QLatin1String("number")).toString();
        QVERIFY(!number.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(panel->desk().isLive(), 10000);
        // The citizen-facing screen comes up with the panel; the keys go to the main window.
        QTRY_VERIFY(panel->citizenScreen()->isVisible());
        main->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(main));
        click(panel, QStringLiteral("openWindowButton")); // open window 1
        auto *message = child<QLabel>(panel, QStringLiteral("queueMessage"));
        QTRY_VERIFY2_WITH_TIMEOUT(panel->desk().windowState() == WindowState::Open, qPrintable(message->text()), 10000);
        QTest::keyClick(main, Qt::Key_F1); // call next
        auto *called = child<QLabel>(panel, QStringLiteral("currentTicketNumber"));
        QTRY_COMPARE_WITH_TIMEOUT(called->text(), number, 10000);
    }

    void anyUserChangesTheirPasswordFromTheAccountMenu()
    {
        ClientController controller(test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("teller3")));
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        MainWindow *main = controller.mainWindow();
        QString shownAfterWrongOld;
        whenDialog(QStringLiteral("changePasswordDialog"), [&shownAfterWrongOld](QDialog *dialog) {
            auto *d = static_cast<ChangePasswordDialog *>(dialog);
            setText(dialog, QStringLiteral("oldPassword"), QStringLiteral("not-my-password"));
            setText(dialog, QStringLiteral("newPassword"), QStringLiteral("Zhang-jing-2026"));
            setText(dialog, QStringLiteral("repeatPassword"), QStringLiteral("Zhang-jing-2026"));
            click(dialog, QStringLiteral("formOk"));
            QTRY_VERIFY_WITH_TIMEOUT(!d->feedback()->shownProblem(QStringLiteral("old_password")).isEmpty(), 10000);
            shownAfterWrongOld = d->feedback()->shownProblem(QStringLiteral("old_password"));
            setText(dialog, QStringLiteral("oldPassword"), QStringLiteral("demo1234"));
            click(dialog, QStringLiteral("formOk"));
        });
        child<QAction>(main, QStringLiteral("changePasswordAction"))->trigger();
        QVERIFY(!shownAfterWrongOld.isEmpty());
        QVERIFY(m_http->login(QStringLiteral("teller3"), QStringLiteral("demo1234")).isEmpty());
        QVERIFY(!m_http->login(QStringLiteral("teller3"), QStringLiteral("Zhang-jing-2026")).isEmpty());
    }

    void disableAndResetFromTheAccountsPage()
    {
        ClientController controller(test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("admin")));
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        AdminPage *admin = controller.mainWindow()->adminPage();
        child<QTabWidget>(controller.mainWindow(), QStringLiteral("mainTabs"))->setCurrentWidget(admin);
        AccountsPage *accounts = admin->accountsPage();
        // The search goes to the server.
        QTest::keyClicks(child<QLineEdit>(accounts, QStringLiteral("accountSearch")), QStringLiteral("teller4"));
        QTRY_COMPARE_WITH_TIMEOUT(accounts->model()->rowCount(), 1, 10000);
        auto *table = child<QTableView>(accounts, QStringLiteral("accountTable"));
        table->selectRow(0);
        const QString before = m_http->login(QStringLiteral("teller4"), QStringLiteral("demo1234"));
        QVERIFY(!before.isEmpty());

        whenDialog(QStringLiteral("confirmDialog"), [](QDialog *box) { click(box, QStringLiteral("confirmButton")); });
        click(accounts, QStringLiteral("toggleAccountButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!accounts->model()->account(0)->active, 10000);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), before).status, 401); // its session is gone at once
        QVERIFY(m_http->login(QStringLiteral("teller4"), QStringLiteral("demo1234")).isEmpty());
        QCOMPARE(child<QPushButton>(accounts, QStringLiteral("toggleAccountButton"))->text(), QStringLiteral("启用(&E)"));
        click(accounts, QStringLiteral("toggleAccountButton")); // enabling asks nothing
        QTRY_VERIFY_WITH_TIMEOUT(accounts->model()->account(0)->active, 10000);

        QString oneTime;
        whenDialog(QStringLiteral("confirmDialog"), [&oneTime](QDialog *box) {
            whenDialog(QStringLiteral("oneTimeSecretDialog"), [&oneTime](QDialog *dialog) {
                oneTime = child<QLabel>(dialog, QStringLiteral("oneTimeSecret"))->text();
                click(dialog, QStringLiteral("secretNotedButton"));
            });
            click(box, QStringLiteral("confirmButton"));
        });
        click(accounts, QStringLiteral("resetPasswordButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!oneTime.isEmpty(), 10000);
        QVERIFY(m_http->login(QStringLiteral("teller4"), QStringLiteral("demo1234")).isEmpty());
        QVERIFY(!m_http->login(QStringLiteral("teller4"), oneTime).isEmpty());
    }

    void devicesGetASecretShownOnce()
    {
        ClientController controller(test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("admin")));
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        AdminPage *admin = controller.mainWindow()->adminPage();
        child<QTabWidget>(controller.mainWindow(), QStringLiteral("mainTabs"))->setCurrentWidget(admin);
        DevicesPage *devices = admin->devicesPage();
        admin->sections()->setCurrentWidget(devices);
        QTRY_VERIFY_WITH_TIMEOUT(devices->model()->rowCount() >= 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(admin->admin().hall(kHall) != nullptr, 10000);

        QString secret;
        whenDialog(QStringLiteral("deviceForm"), [&secret](QDialog *form) {
            setText(form, QStringLiteral("deviceCode"), QStringLiteral("TN-KIOSK-1"));
            auto *hall = child<QComboBox>(form, QStringLiteral("deviceHall"));
            hall->setCurrentIndex(hall->findData(kHall));
            QCOMPARE(child<QLineEdit>(form, QStringLiteral("deviceUsername"))->text(), QStringLiteral("tn-kiosk-1"));
            whenDialog(QStringLiteral("oneTimeSecretDialog"), [&secret](QDialog *dialog) {
                secret = child<QLabel>(dialog, QStringLiteral("oneTimeSecret"))->text();
                click(dialog, QStringLiteral("secretNotedButton"));
            });
            click(form, QStringLiteral("formOk"));
        });
        click(devices, QStringLiteral("addDeviceButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!secret.isEmpty(), 10000);
        const int row = devices->model()->rowOf(QStringLiteral("TN-KIOSK-1"));
        QVERIFY(row >= 0);
        QCOMPARE(devices->model()->index(row, DeviceTableModel::Kind).data().toString(), QStringLiteral("取号机"));
        // The kiosk logs in with its secret and issues a ticket at the new hall.
        const QString kiosk = m_http->login(QStringLiteral("tn-kiosk-1"), secret);
        QVERIFY(!kiosk.isEmpty());
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/%1/tickets").arg(kHall),
                              {{QLatin1String("services"), QJsonArray{QStringLiteral("SI-001")}}}, kiosk)
                     .status,
                 201);

        // A new secret: the old one stops working at once.
        child<QTableView>(devices, QStringLiteral("deviceTable"))->selectRow(row);
        QString renewed;
        whenDialog(QStringLiteral("confirmDialog"), [&renewed](QDialog *box) {
            whenDialog(QStringLiteral("oneTimeSecretDialog"), [&renewed](QDialog *dialog) {
                renewed = child<QLabel>(dialog, QStringLiteral("oneTimeSecret"))->text();
                click(dialog, QStringLiteral("secretNotedButton"));
            });
            click(box, QStringLiteral("confirmButton"));
        });
        click(devices, QStringLiteral("rotateSecretButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!renewed.isEmpty(), 10000);
        QVERIFY(renewed != secret);
        QVERIFY(m_http->login(QStringLiteral("tn-kiosk-1"), secret).isEmpty());
        QVERIFY(!m_http->login(QStringLiteral("tn-kiosk-1"), renewed).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QString m_oneTimePassword;
};

QTEST_MAIN(TestAdminGui)
#include "tst_admin_gui.moc"
