// Issue 5, offline window mode at the desktop: while online the window holds leased ticket
// numbers; when the server cannot be reached (a fault proxy resets every connection) the teller
// presses F1 and the citizen at the window gets a walk-in ticket from those numbers, is served and
// finished — or marked a no-show — with the status bar counting what waits. Back online, the
// tickets reach the server once, in the hall's history, and the kiosk's numbers never collide.
#include "core/client/ClientSession.h"
#include "core/client/OfflineCounter.h"
#include "core/client/TellerDesk.h"
#include "core/client/SyncAgent.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/PdfText.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/desk/ClientController.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/CitizenScreen.h"
#include "ui/desk/TellerQueuePanel.h"
#include "ui/desk/cases/IntakePage.h"

#include <QAbstractButton>
#include <QInputDialog>
#include <QLineEdit>
#include <QTabWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ow;

class TestOfflineTeller : public QObject
{
    Q_OBJECT
    test::TestServer m_server;
    QTemporaryDir m_dir;

    static void walkIn(TellerQueuePanel *panel, const QString &service)
    {
        test::whenDialogOpens([service](QDialog *d) {
            auto *input = static_cast<QInputDialog *>(d);
            for (const QString &item : input->comboBoxItems()) {
                if (item.endsWith(service))
                    input->setTextValue(item);
            }
            d->accept();
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("callNextButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_offline_teller"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
    }

    void walkInsWhileOfflineReachTheHallOnce()
    {
        test::FaultProxy proxy(m_server.port());
        QVERIFY(proxy.listen());
        const ClientController::Options o = test::autoLogin(proxy.url(), m_dir.path(), QStringLiteral("teller1"));
        ClientController controller(o);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        MainWindow *main = controller.mainWindow();
        main->show();
        ClientSession &session = controller.session();
        session.setProbeIntervalMs(200);
        SyncAgent *sync = session.sync();
        sync->setBackoff(50, 200);
        TellerQueuePanel *panel = main->queuePanel();
        TellerDesk &desk = panel->desk();
        QTRY_VERIFY_WITH_TIMEOUT(desk.offline().availableTotal() > 0, 10000); // leased while online
        const int held = desk.offline().availableTotal();

        // The link drops.
        test::FaultProxy::Odds down;
        down.reset = 1.0;
        proxy.setOdds(down);
        session.probe();
        QTRY_VERIFY_WITH_TIMEOUT(desk.isOffline(), 10000);
        auto *state = panel->findChild<QLabel *>(QStringLiteral("windowState"));
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QStringLiteral("离线")), qPrintable(state->text()), 5000);

        // F1: a walk-in ticket from the lease, served and finished here.
        walkIn(panel, QStringLiteral("SI-008"));
        QTRY_VERIFY_WITH_TIMEOUT(desk.current().has_value(), 5000);
        const QString first = desk.current()->number;
        QVERIFY2(first.size() == 4 && first.at(0).isLetter(), qPrintable(first));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("currentTicketNumber"))->text(), first);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("recallButton")), Qt::LeftButton); // not offline
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("queueMessage"))->text().contains(QStringLiteral("离线")));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("serveButton")), Qt::LeftButton);
        QVERIFY(desk.current()->state == TicketState::Serving);
        desk.finishAllDone();
        QVERIFY(!desk.current().has_value());
        // The citizen rates it on their screen; the rating waits in the outbox after the ticket.
        auto *bad = panel->citizenScreen()->findChild<QPushButton *>(QStringLiteral("rating_dissatisfied"));
        QVERIFY(bad);
        QTRY_VERIFY(bad->isVisible());
        QTest::mouseClick(bad, Qt::LeftButton);
        QCOMPARE(sync->pendingCount(), 2);
        // A second one, who walks away: a no-show.
        walkIn(panel, QStringLiteral("SI-008"));
        QTRY_VERIFY_WITH_TIMEOUT(desk.current().has_value(), 5000);
        const QString second = desk.current()->number;
        QVERIFY(second != first);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("noShowButton")), Qt::LeftButton);
        QVERIFY(!desk.current().has_value());
        QCOMPARE(desk.offline().availableTotal(), held - 2);
        QCOMPARE(sync->pendingCount(), 3);

        // A case accepted offline: its number comes from the window's leased block, and the
        // receipt printed now carries it.
        QVERIFY(desk.offline().availableCaseNumbers() > 0);
        IntakePage *intake = main->intakePage();
        intake->setDocumentOutput(DocumentOutput::pdfDirectory(m_dir.filePath(QStringLiteral("docs"))));
        main->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(intake);
        intake->startMatter(QStringLiteral("SI-008"));
        QTRY_VERIFY(intake->findChild<QLineEdit *>(QStringLiteral("field:transfer_from"))->isVisible());
        const QString id = QStringLiteral("11010519491231002X");
        const QList<QPair<QString, QString>> typed{{QStringLiteral("applicantIdNumber"), id},
                                                   {QStringLiteral("applicantName"), QStringLiteral("赵建国")},
                                                   {QStringLiteral("field:name"), QStringLiteral("赵建国")},
                                                   {QStringLiteral("field:id_number"), id},
                                                   {QStringLiteral("field:phone"), QStringLiteral("13700001111")},
                                                   {QStringLiteral("field:transfer_from"), QStringLiteral("北京市")},
                                                   {QStringLiteral("field:transfer_out_agency"), QStringLiteral("北京市社会保险基金管理中心")}};
        for (const auto &[name, text] : typed)
            intake->findChild<QLineEdit *>(name)->setText(text);
        for (const QString &m : {QStringLiteral("id_card"), QStringLiteral("transfer_cert")})
            QTest::mouseClick(intake->findChild<QAbstractButton *>(QStringLiteral("material:%1:received").arg(m)), Qt::LeftButton);
        QTest::mouseClick(intake->findChild<QPushButton *>(QStringLiteral("acceptButton")), Qt::LeftButton);
        const QString offlineCase = intake->lastCaseNumber();
        QVERIFY2(offlineCase.startsWith(QLatin1String("MY-CITY-")), qPrintable(intake->findChild<QLabel *>(QStringLiteral("intakeMessage"))->text()));
        const QString receipt = test::pdfText(intake->lastDocument());
        QVERIFY2(receipt.contains(offlineCase) && receipt.contains(QStringLiteral("承诺办结日期")), qPrintable(receipt));
        QCOMPARE(sync->pendingCount(), 4);
        auto *pending = main->findChild<QLabel *>(QStringLiteral("outboxPending"));
        QTRY_COMPARE_WITH_TIMEOUT(pending->text(), MainWindow::tr("%n change(s) waiting for the server", nullptr, 4), 5000);

        // Meanwhile the kiosk goes on issuing from the server's own counter.
        test::SyncHttp http(m_server.url());
        const QString kiosk = http.login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        const test::HttpReply k = http.post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), {{QLatin1String("services"), QJsonArray{QStringLiteral("SI-008")}}}, kiosk);
        QCOMPARE(k.status, 201);
        const QString kioskNumber = k.json().value(QLatin1String("number")).toString();
        QVERIFY(kioskNumber != first && kioskNumber != second);

        // The link is back: both tickets are pushed once and are in the hall's history.
        proxy.setOdds({});
        QTRY_VERIFY_WITH_TIMEOUT(!desk.isOffline(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sync->pendingCount(), 0, 15000);
        QCOMPARE(sync->problemCount(), 0);
        const QString day = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
        const test::HttpReply a = http.get(QStringLiteral("/api/v1/public/tickets/MY-CITY/%1/%2").arg(day, first));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QLatin1String("state")).toString(), QStringLiteral("finished"));
        const test::HttpReply b = http.get(QStringLiteral("/api/v1/public/tickets/MY-CITY/%1/%2").arg(day, second));
        QCOMPARE(b.json().value(QLatin1String("state")).toString(), QStringLiteral("no_show"));
        QTRY_COMPARE_WITH_TIMEOUT(pending->text(), MainWindow::tr("All changes sent"), 5000);
        // The case is there under the number the receipt shows, its clock started offline.
        const test::HttpReply c = http.get(QStringLiteral("/api/v1/cases/") + offlineCase, http.login(QStringLiteral("teller1"), QStringLiteral("demo1234")));
        QCOMPARE(c.status, 200);
        QCOMPARE(c.json().value(QLatin1String("state")).toString(), QStringLiteral("in_review"));
        QVERIFY(receipt.contains(c.json().value(QLatin1String("due_date")).toString())); // the promise printed offline holds
        // The bad rating of the offline ticket reached the supervisor's rectification list.
        const QJsonArray open = http.get(QStringLiteral("/api/v1/halls/MY-CITY/rectifications"), http.login(QStringLiteral("supervisor1"), QStringLiteral("demo1234")))
                                    .json().value(QLatin1String("rectifications")).toArray();
        QVERIFY2(std::any_of(open.begin(), open.end(), [&first](const QJsonValue &v) { return QJsonDocument(v.toObject()).toJson().contains(first.toUtf8()); }),
                 qPrintable(QJsonDocument(open).toJson()));
    }
};

QTEST_MAIN(TestOfflineTeller)
#include "tst_offline_teller.moc"
