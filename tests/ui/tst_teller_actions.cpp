// The teller's less frequent operations through the queue panel against the real server:
// calling a chosen ticket out of order (reason asked), transferring the current ticket to another
// window at the front of its line, and parking it while the citizen steps away.
#include "core/client/TellerDesk.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/desk/ClientController.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/SupervisorQueueScreen.h"
#include "ui/desk/TellerQueuePanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ow;

using test::whenDialogOpens;

class TestTellerActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teller_actions"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
        m_kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        QVERIFY(!m_kiosk.isEmpty());
    }

    void callChosenTransferPark()
    {
        QStringList numbers;
        for (int i = 0; i < 3; ++i) {
            const test::HttpReply r = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                                   {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}}, m_kiosk);
            QCOMPARE(r.status, 201);
            numbers << r.json().value(QLatin1String("number")).toString();
        }
        const ClientController::Options o = test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("teller2"));
        ClientController controller(o);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        TellerQueuePanel *panel = controller.mainWindow()->queuePanel();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->desk().isLive(), 15000);
        auto *waiting = panel->findChild<QTableWidget *>(QStringLiteral("waitingList"));
        auto *number = panel->findChild<QLabel *>(QStringLiteral("currentTicketNumber"));
        auto *message = panel->findChild<QLabel *>(QStringLiteral("queueMessage"));
        QTRY_COMPARE_WITH_TIMEOUT(waiting->rowCount(), 3, 10000);
        click(panel, "openWindowButton");
        QTRY_VERIFY_WITH_TIMEOUT(panel->desk().windowState() == WindowState::Open, 10000);
        const int window = panel->desk().window();

        // Nothing chosen: the panel says what to do.
        waiting->clearSelection();
        waiting->setCurrentCell(-1, -1);
        click(panel, "callChosenButton");
        QVERIFY(!message->text().isEmpty());

        // The third ticket out of order: cancelling the reason sends nothing; with a reason it is called.
        waiting->selectRow(2);
        whenDialogOpens([](QDialog *d) { d->reject(); });
        click(panel, "callChosenButton");
        QCOMPARE(number->text(), QStringLiteral("—"));
        waiting->selectRow(2);
        whenDialogOpens([](QDialog *d) {
            static_cast<QInputDialog *>(d)->setTextValue(QStringLiteral("轮椅，需要优先"));
            d->accept();
        });
        click(panel, "callChosenButton");
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), numbers[2], 10000);

        // Transfer it to window 6, to the front of the line there.
        whenDialogOpens([](QDialog *d) {
            d->findChild<QSpinBox *>(QStringLiteral("transferWindow"))->setValue(6);
            d->findChild<QComboBox *>(QStringLiteral("transferPosition"))->setCurrentIndex(0);
            d->findChild<QLineEdit *>(QStringLiteral("transferReason"))->setText(QStringLiteral("需要工伤专窗"));
            d->accept();
        });
        click(panel, "transferButton");
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), QStringLiteral("—"), 10000);
        const QString teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        const auto bearer = QList<QPair<QByteArray, QByteArray>>{{"Authorization", "Bearer " + teller.toLatin1()},
                                                                  {"Content-Type", "application/json"}};
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/6"), R"({"state":"open"})", bearer).status, 200);
        const test::HttpReply atSix = m_http->send("POST", QStringLiteral("/api/v1/halls/MY-CITY/windows/6/call-next"), "{}", bearer);
        QCOMPARE(atSix.json().value(QLatin1String("number")).toString(), numbers[2]);

        // The teller's own next ticket, parked for 10 minutes.
        click(panel, "callNextButton");
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), numbers[0], 10000);
        whenDialogOpens([](QDialog *d) {
            static_cast<QInputDialog *>(d)->setIntValue(10);
            d->accept();
        });
        click(panel, "parkButton");
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), QStringLiteral("—"), 10000);
        const QJsonObject snap = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), teller).json();
        QCOMPARE(snap.value(QLatin1String("parked")).toArray().size(), 1);
        QCOMPARE(snap.value(QLatin1String("parked")).toArray().first().toObject().value(QLatin1String("number")).toString(), numbers[0]);
        QVERIFY(window > 0);
    }

    void supervisorChangesAProfileAndMovesATicket()
    {
        const ClientController::Options o = test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("supervisor")), QStringLiteral("supervisor1"));
        ClientController controller(o);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        SupervisorQueueScreen *screen = controller.mainWindow()->supervisorScreen();
        QVERIFY(screen);
        QTRY_VERIFY_WITH_TIMEOUT(screen->monitor().isLive(), 15000);
        auto *windows = screen->findChild<QTableWidget *>(QStringLiteral("supervisorWindows"));
        auto *message = screen->findChild<QLabel *>(QStringLiteral("supervisorMessage"));

        // The first window the teller test opened becomes a pension-and-card window preferring
        // pension 2:1.
        QTRY_VERIFY_WITH_TIMEOUT(windows->rowCount() >= 1, 10000);
        const int number = windows->item(0, 0)->data(Qt::UserRole).toInt();
        QVERIFY(number > 0);
        windows->selectRow(0);
        whenDialogOpens([](QDialog *d) {
            d->findChild<QComboBox *>(QStringLiteral("profileKind"))->setCurrentIndex(1);
            d->findChild<QCheckBox *>(QStringLiteral("profileCategory_pension"))->setChecked(true);
            d->findChild<QCheckBox *>(QStringLiteral("profileCategory_card"))->setChecked(true);
            d->findChild<QSpinBox *>(QStringLiteral("profileWeight_pension"))->setValue(2);
            d->accept();
        });
        click(screen, "supervisorWindowProfile");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QString::number(number)), 10000);
        const QString teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QJsonObject saved;
        for (const QJsonValue &h : m_http->get(QStringLiteral("/api/v1/org/halls"), teller).json().value(QLatin1String("halls")).toArray()) {
            for (const QJsonValue &w : h.toObject().value(QLatin1String("windows")).toArray()) {
                if (h.toObject().value(QLatin1String("code")).toString() == QLatin1String("MY-CITY")
                    && w.toObject().value(QLatin1String("number")).toInt() == number)
                    saved = w.toObject();
            }
        }
        QCOMPARE(saved.value(QLatin1String("kind")).toString(), QStringLiteral("dedicated"));
        QCOMPARE(saved.value(QLatin1String("categories")).toArray().size(), 2);
        QCOMPARE(saved.value(QLatin1String("weights")).toObject().value(QLatin1String("pension")).toInt(), 2);

        // The oldest waiting ticket is moved to the back of the line.
        m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), {{QLatin1String("services"), QJsonArray{QStringLiteral("SI-001")}}}, m_kiosk);
        auto *longest = screen->findChild<QTableWidget *>(QStringLiteral("longestWaits"));
        QTRY_VERIFY_WITH_TIMEOUT(longest->rowCount() >= 2, 10000);
        const QString oldest = longest->item(0, 0)->text();
        longest->selectRow(0);
        whenDialogOpens([](QDialog *d) {
            d->findChild<QComboBox *>(QStringLiteral("movePosition"))->setCurrentIndex(1);
            d->accept();
        });
        click(screen, "supervisorMoveTicket");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(oldest), 10000);
        const QJsonArray line = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), teller).json().value(QLatin1String("waiting")).toArray();
        QCOMPARE(line.last().toObject().value(QLatin1String("number")).toString(), oldest);
    }

private:
    static void click(QWidget *panel, const char *name)
    {
        auto *b = panel->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(b, name);
        b->click();
    }

    QTemporaryDir m_dir;
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QString m_kiosk;
};

QTEST_MAIN(TestTellerActions)
#include "tst_teller_actions.moc"
