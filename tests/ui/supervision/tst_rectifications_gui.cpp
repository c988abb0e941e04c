// Issue 14, acceptance 3, through the desktop client against the real server: a citizen rates a
// served matter 非常不满意; the supervisor finds it on the 整改 tab, cannot close it before
// contacting the citizen, records the contact, types the cause and the action and closes it —
// and the ticket's timeline (GET /api/v1/tickets/{id}) shows every step, the server lists it as
// closed, and so does the tab.
//
// With OW_RECTIFICATION_SHOTS=DIR the tab is saved as PNGs (run under Xvfb with QT_QPA_PLATFORM=xcb).
#include "core/client/ClientSession.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/RatedTicket.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/supervision/RectificationForm.h"
#include "ui/desk/supervision/RectificationTableModel.h"
#include "ui/desk/supervision/RectificationsPage.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OW_RECTIFICATION_SHOTS");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestRectificationsGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_rectifications_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
    }

    void onlySupervisorsHaveTheTab()
    {
        ClientController teller(test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("teller")), QStringLiteral("teller1")));
        teller.start();
        QTRY_VERIFY_WITH_TIMEOUT(teller.mainWindow() != nullptr, 20000);
        QVERIFY(!teller.mainWindow()->rectificationsPage());
        QVERIFY(!teller.mainWindow()->findChild<RectificationsPage *>());
    }

    void supervisorClosesARectificationFromTheDesk()
    {
        const QString tellerToken = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        const test::RatedTicket rated = test::badlyRated(*m_http, tellerToken, QStringLiteral("MY-CITY"));
        QVERIFY(rated.rectificationId > 0);

        ClientController supervisor(test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("supervisor")), QStringLiteral("supervisor1")));
        supervisor.start();
        QTRY_VERIFY_WITH_TIMEOUT(supervisor.mainWindow() != nullptr, 20000);
        MainWindow *main = supervisor.mainWindow();
        main->resize(1400, 860);
        main->show();
        RectificationsPage *page = main->rectificationsPage();
        QVERIFY(page);
        auto *tabs = child<QTabWidget>(main, "mainTabs");
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("整改"));
        tabs->setCurrentWidget(page);

        // The bad rating is listed, open, with its ticket, teller and matter.
        RectificationTableModel &model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(rated.rectificationId) >= 0, 15000);
        const int row = model.rowOf(rated.rectificationId);
        QCOMPARE(model.data(model.index(row, RectificationTableModel::State)).toString(), QStringLiteral("整改中"));
        QCOMPARE(model.data(model.index(row, RectificationTableModel::TicketColumn)).toString(), rated.number);
        QCOMPARE(model.data(model.index(row, RectificationTableModel::Level)).toString(), QStringLiteral("非常不满意"));
        QCOMPARE(model.data(model.index(row, RectificationTableModel::Teller)).toString(), QStringLiteral("王丽 (MY-C-0001)"));

        QSignalSpy detailed(page, &RectificationsPage::detailed);
        QVERIFY(page->select(rated.rectificationId));
        QTRY_VERIFY_WITH_TIMEOUT(detailed.size() >= 1, 10000);
        RectificationForm &form = page->form();
        QVERIFY(child<QLabel>(&form, "rectificationSummary")->text().contains(rated.number));
        auto *record = child<QPushButton>(&form, "recordContactButton");
        auto *close = child<QPushButton>(&form, "closeRectificationButton");
        // Not closable before anybody contacted the citizen, and no contact without how and the answer.
        QVERIFY(!close->isEnabled());
        QCOMPARE(child<QLabel>(&form, "closeProblem")->text(), QStringLiteral("办结前请至少登记一次对群众的回访。"));
        QVERIFY(!record->isEnabled());
        shot(main, QStringLiteral("1-rectification-open"));

        // The contact: by telephone, the citizen satisfied with the explanation.
        auto *channel = child<QComboBox>(&form, "contactChannel");
        auto *answer = child<QComboBox>(&form, "citizenAnswer");
        channel->setCurrentIndex(channel->findData(QStringLiteral("phone")));
        answer->setCurrentIndex(answer->findData(QStringLiteral("satisfied")));
        QTRY_VERIFY(record->isEnabled());
        QSignalSpy changed(page, &RectificationsPage::changed);
        QTest::mouseClick(record, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QCOMPARE(form.detail()->followUps.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(model.rowOf(rated.rectificationId), RectificationTableModel::Contacts)).toInt(), 1, 10000);

        // The closing: the cause and the action typed.
        child<QPlainTextEdit>(&form, "rectificationCause")->setPlainText(QStringLiteral("窗口人员对社保卡状态查询的解释不清楚"));
        QVERIFY(!close->isEnabled());
        child<QPlainTextEdit>(&form, "rectificationAction")->setPlainText(QStringLiteral("已对窗口人员开展业务培训，并向群众致歉"));
        QTRY_VERIFY(close->isEnabled());
        shot(main, QStringLiteral("2-rectification-filled"));
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
        QVERIFY(form.detail()->closure);
        QVERIFY(!form.detail()->closure->late);
        QVERIFY(!child<QWidget>(&form, "closeGroup")->isEnabled());
        QVERIFY(!child<QLabel>(&form, "closureSummary")->text().isEmpty());

        // On the ticket's timeline, as the server gives the ticket's history.
        const QString token = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        const test::HttpReply ticket = m_http->get(QStringLiteral("/api/v1/tickets/%1").arg(rated.ticketId), token);
        QCOMPARE(ticket.status, 200);
        QStringList kinds;
        QJsonObject closing;
        for (const QJsonValue &e : ticket.json().value(QLatin1String("events")).toArray()) {
            kinds << e.toObject().value(QLatin1String("kind")).toString();
            if (kinds.last() == QLatin1String("rectification_closed"))
                closing = e.toObject().value(QLatin1String("detail")).toObject();
        }
        QVERIFY(kinds.contains(QStringLiteral("rectification_opened")));
        QVERIFY(kinds.contains(QStringLiteral("rectification_followed_up")));
        QCOMPARE(kinds.last(), QStringLiteral("rectification_closed"));
        QCOMPARE(closing.value(QLatin1String("action")).toString(), QStringLiteral("已对窗口人员开展业务培训，并向群众致歉"));
        QCOMPARE(closing.value(QLatin1String("answer")).toString(), QStringLiteral("satisfied"));

        // Closed in the server's list, and in the tab: gone from the open ones, there under 已办结.
        bool listed = false;
        for (const QJsonValue &v :
             m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/rectifications?state=closed"), token).json().value(QLatin1String("rectifications")).toArray())
            listed = listed || v.toObject().value(QLatin1String("id")).toInteger() == rated.rectificationId;
        QVERIFY(listed);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(rated.rectificationId), -1, 10000);
        child<QComboBox>(page, "rectificationStateFilter")->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(rated.rectificationId) >= 0, 10000);
        QCOMPARE(model.data(model.index(model.rowOf(rated.rectificationId), RectificationTableModel::State)).toString(), QStringLiteral("已办结"));
        shot(main, QStringLiteral("3-rectification-closed"));
    }

private:
    QTemporaryDir m_dir;
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
};

QTEST_MAIN(TestRectificationsGui)
#include "tst_rectifications_gui.moc"
