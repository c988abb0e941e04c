// The ticket kiosk against the real server, driven by clicks on its named buttons: two matters
// from two categories, no priority, an ID number typed wrong then right, a ticket issued and
// printed as PDF, and the hall's queue (read as a teller) holding it. Also: an unreachable
// server and a revoked device session end on the error page and recover with "try again".
#include "core/client/ClientSession.h"
#include "core/domain/security/Role.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/ResidentId.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/kiosk/KioskScreen.h"
#include "ui/kiosk/KioskText.h"
#include "ui/kiosk/TicketPrinter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

const QString kGoodId = QStringLiteral("11010519491231002X");     // GB 11643 example number
const QString kBadChecksum = QStringLiteral("110105194912310021"); // same, wrong check character

// Compatibility form: Qt's PDF text map turns some ideographs into the look-alike Kangxi radicals
// (人 → ⼈), which NFKC folds back (see tst_ticket_printer).
QString nfkc(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC);
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(10000);
    return nfkc(QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s"))));
}

} // namespace

class TestKioskScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_kiosk_screen"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_teller.isEmpty());
    }

    void init()
    {
        m_session = std::make_unique<ClientSession>(m_dir.filePath(QStringLiteral("data")), m_clock);
        m_session->login(m_server.url(), QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isLoggedIn() && m_session->catalogue(), 10000);
        m_screen = std::make_unique<KioskScreen>(*m_session, m_clock, TicketPrinter::pdfDirectory(pdfDir()));
        m_screen->resize(1600, 900);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    }

    void cleanup()
    {
        m_screen.reset();
        m_session.reset();
    }

    void issueTwoMattersWithIdNumber()
    {
        // Someone is already waiting for a card matter, so this ticket is the hall's E002.
        const QString kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                              {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-001")}}}, kiosk)
                     .status,
                 201);
        m_screen->setReturnDelayMs(3000);
        QSignalSpy issued(m_screen.get(), &KioskScreen::ticketIssued);

        QVERIFY(label(QStringLiteral("hallName"))->text().contains(QStringLiteral("绵阳市")));
        // All nine categories, each with its queue letter.
        QCOMPARE(m_screen->findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^categoryButton_"))).size(), 9);
        QVERIFY(button(QStringLiteral("categoryButton_card"))->findChild<QLabel *>(QStringLiteral("prefixBadge"))->text()
                == QStringLiteral("E"));
        shot(QStringLiteral("1-categories"));

        QVERIFY(tap(QStringLiteral("categoryButton_card")));
        QCOMPARE(label(QStringLiteral("mattersTitle"))->text(), QStringLiteral("社会保障卡"));
        shot(QStringLiteral("2-matters"));
        QVERIFY(tap(QStringLiteral("matterButton_CD-003")));
        QVERIFY(button(QStringLiteral("removeMatter_CD-003"))->isVisible());

        // One visit, several matters: add one from another category.
        QVERIFY(tap(QStringLiteral("addMatterButton")));
        QVERIFY(button(QStringLiteral("selectedBarButton"))->isVisible());
        QVERIFY(tap(QStringLiteral("categoryButton_records")));
        QVERIFY(tap(QStringLiteral("matterButton_RP-001")));
        QVERIFY(button(QStringLiteral("removeMatter_CD-003"))->isVisible());
        QVERIFY(button(QStringLiteral("removeMatter_RP-001"))->isVisible());
        shot(QStringLiteral("3-selected"));
        QVERIFY(tap(QStringLiteral("mattersNextButton")));

        shot(QStringLiteral("4-priority"));
        QVERIFY(tap(QStringLiteral("priorityButton_none")));

        // ID number: a wrong check character is caught as typed; X only as the last character.
        QVERIFY(m_screen->findChild<QWidget *>(QStringLiteral("idKeypad"))->isVisible());
        QVERIFY(!button(QStringLiteral("idKey_X"))->isEnabled());
        QVERIFY(!button(QStringLiteral("idConfirmButton"))->isEnabled());
        QVERIFY(type(kBadChecksum.left(10)));
        QVERIFY(label(QStringLiteral("idProblem"))->text().contains(QLatin1String("8")));
        QVERIFY(type(kBadChecksum.mid(10)));
        QVERIFY(label(QStringLiteral("idProblem"))->text().contains(ResidentId::problemText(ResidentId::Problem::BadChecksum)));
        QVERIFY(!button(QStringLiteral("idConfirmButton"))->isEnabled());
        QVERIFY(!button(QStringLiteral("idKey_0"))->isEnabled()); // 18 typed: no more digits
        shot(QStringLiteral("5-id-error"));
        QVERIFY(tap(QStringLiteral("idKey_backspace")));
        QVERIFY(button(QStringLiteral("idKey_X"))->isEnabled());
        QVERIFY(tap(QStringLiteral("idKey_clear")));
        QVERIFY(type(kGoodId));
        QCOMPARE(ResidentId::check(kGoodId, QDate::currentDate()), ResidentId::Problem::None);
        QVERIFY(button(QStringLiteral("idConfirmButton"))->isEnabled());
        QVERIFY(!label(QStringLiteral("idProblem"))->text().contains(ResidentId::problemText(ResidentId::Problem::BadChecksum)));
        shot(QStringLiteral("6-id-ok"));
        QVERIFY(tap(QStringLiteral("idConfirmButton")));

        // The confirmation shows the number masked only.
        const QString summary = label(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("1101**********002X")), qPrintable(summary));
        QVERIFY(!summary.contains(kGoodId));
        QVERIFY(summary.contains(QStringLiteral("社会保障卡应用状态查询")));
        QVERIFY(summary.contains(QStringLiteral("个人参保证明查询打印")));
        shot(QStringLiteral("7-confirm"));
        QVERIFY(tap(QStringLiteral("issueButton")));

        QLabel *number = label(QStringLiteral("ticketNumber"));
        QTRY_VERIFY_WITH_TIMEOUT(number->isVisible(), 10000);
        QCOMPARE(number->text(), QStringLiteral("E002"));
        QCOMPARE(issued.size(), 1);
        QCOMPARE(issued.at(0).at(0).toString(), QStringLiteral("E002"));
        // The server counts who is ahead (the E001 taken before), though the kiosk may not read the queue.
        QLabel *ahead = label(QStringLiteral("peopleAhead"));
        QVERIFY(ahead->isVisible());
        QCOMPARE(ahead->text(), KioskScreen::tr("%n people waiting ahead of you", nullptr, 1));

        // Printed as PDF: the number, the hall, the matters, the ID masked.
        const QString pdf = QDir(pdfDir()).filePath(QStringLiteral("E002.pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pdf), 5000);
        QCOMPARE(m_screen->lastPrinted(), pdf);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(nfkc(QStringLiteral("E002"))), qPrintable(text));
        QVERIFY2(text.contains(nfkc(QStringLiteral("绵阳市人力资源和社会保障局政务服务大厅"))), qPrintable(text));
        QVERIFY2(text.contains(nfkc(QStringLiteral("社会保障卡应用状态查询"))), qPrintable(text));
        QVERIFY2(text.contains(nfkc(QStringLiteral("1101**********002X"))), qPrintable(text));
        QVERIFY(!text.contains(kGoodId));
        shot(QStringLiteral("8-ticket"));

        // The hall's queue, as a teller sees it, has the ticket waiting with both matters.
        const test::HttpReply queue = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), m_teller);
        QCOMPARE(queue.status, 200);
        QJsonObject mine;
        for (const QJsonValue &v : queue.json().value(QLatin1String("waiting")).toArray()) {
            if (v.toObject().value(QLatin1String("number")).toString() == QLatin1String("E002"))
                mine = v.toObject();
        }
        QVERIFY2(!mine.isEmpty(), queue.body.constData());
        QCOMPARE(mine.value(QLatin1String("state")).toString(), QStringLiteral("waiting"));
        QCOMPARE(mine.value(QLatin1String("channel")).toString(), QStringLiteral("kiosk"));
        const QJsonArray matters = mine.value(QLatin1String("matters")).toArray();
        QCOMPARE(matters.size(), 2);
        QCOMPARE(matters.at(0).toObject().value(QLatin1String("service")).toString(), QStringLiteral("CD-003"));
        QCOMPARE(matters.at(1).toObject().value(QLatin1String("service")).toString(), QStringLiteral("RP-001"));
        QVERIFY(!mine.contains(QLatin1String("priority_group")));
        QCOMPARE(mine.value(QLatin1String("resident_id")).toString(), QStringLiteral("1101**********002X"));

        // After a few seconds the screen starts over for the next citizen, with nothing kept.
        QTRY_VERIFY_WITH_TIMEOUT(button(QStringLiteral("categoryButton_card"))->isVisible(), 6000);
        QVERIFY(!button(QStringLiteral("selectedBarButton"))->isVisible());
        QVERIFY(tap(QStringLiteral("categoryButton_card")));
        QVERIFY(button(QStringLiteral("matterButton_CD-003"))->property("chosen").toBool() == false);
    }

    void unreachableServerThenRetry()
    {
        QVERIFY(chooseOneMatter(QStringLiteral("CD-005")));
        const QUrl good = m_session->api().baseUrl();
        m_session->api().setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))); // nothing listens there
        QVERIFY(tap(QStringLiteral("issueButton")));
        QLabel *error = label(QStringLiteral("issueError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!error->text().contains(QLatin1String("refused"))); // our sentence, not the socket's
        shot(QStringLiteral("9-error"));

        m_session->api().setBaseUrl(good);
        QVERIFY(tap(QStringLiteral("retryButton")));
        QLabel *number = label(QStringLiteral("ticketNumber"));
        QTRY_VERIFY_WITH_TIMEOUT(number->isVisible(), 10000);
        QVERIFY2(number->text().startsWith(QLatin1Char('E')), qPrintable(number->text()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(pdfDir()).filePath(number->text() + QStringLiteral(".pdf"))), 5000);
    }

    void revokedSessionAsksForLoginThenRetry()
    {
        QVERIFY(chooseOneMatter(QStringLiteral("CD-006")));
        // The device's token is revoked behind its back: the server answers 401.
        const test::HttpReply out = m_http->send("DELETE", QStringLiteral("/api/v1/sessions/current"), {},
                                                 {{"Authorization", "Bearer " + m_session->api().token().toUtf8()}});
        QVERIFY2(out.status == 204 || out.status == 200, out.body.constData());
        QSignalSpy expired(m_screen.get(), &KioskScreen::sessionExpired);
        QVERIFY(tap(QStringLiteral("issueButton")));
        QTRY_VERIFY_WITH_TIMEOUT(label(QStringLiteral("issueError"))->isVisible(), 10000);
        QCOMPARE(expired.size(), 1);

        // What onewindow-kiosk does on that signal: log in again; then "try again" works.
        QSignalSpy loggedIn(m_session.get(), &ClientSession::loginFinished);
        m_session->login(m_server.url(), QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.size(), 1, 10000);
        QVERIFY(loggedIn.at(0).at(0).toBool());
        QVERIFY(tap(QStringLiteral("retryButton")));
        QTRY_VERIFY_WITH_TIMEOUT(label(QStringLiteral("ticketNumber"))->isVisible(), 10000);
    }

    void peopleAheadAndWaitFromTheServer()
    {
        // The server answers the issue with the people ahead and, once a window able to serve
        // the ticket is open, the estimated wait (here from the catalogue's defaults).
        m_screen.reset();
        m_session = std::make_unique<ClientSession>(m_dir.filePath(QStringLiteral("data")), m_clock);
        m_session->login(m_server.url(), QStringLiteral("teller3"), QStringLiteral("demo1234"));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isLoggedIn() && m_session->catalogue(), 10000);
        m_screen = std::make_unique<KioskScreen>(*m_session, m_clock, TicketPrinter::pdfDirectory(pdfDir()));
        m_screen->resize(1600, 900);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));

        const QString teller2 = m_http->login(QStringLiteral("teller2"), QStringLiteral("demo1234"));
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/2"), R"({"state":"open"})",
                              {{"Authorization", "Bearer " + teller2.toUtf8()}, {"Content-Type", "application/json"}})
                     .status,
                 200);
        const int waiting = static_cast<int>(
            m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), m_teller).json().value(QLatin1String("waiting")).toArray().size());
        QVERIFY(waiting > 0); // the earlier tests' tickets

        QVERIFY(chooseOneMatter(QStringLiteral("CD-009")));
        QVERIFY(tap(QStringLiteral("issueButton")));
        QLabel *ahead = label(QStringLiteral("peopleAhead"));
        QTRY_VERIFY_WITH_TIMEOUT(ahead->isVisible(), 10000);
        QCOMPARE(ahead->text(), KioskScreen::tr("%n people waiting ahead of you", nullptr, waiting));
        QLabel *wait = label(QStringLiteral("estimatedWait"));
        QVERIFY(wait->isVisible());
        QVERIFY2(wait->text().contains(QStringLiteral("–")), qPrintable(wait->text()));
        QVERIFY(!wait->text().contains(QStringLiteral("%")));
        shot(QStringLiteral("8b-ticket-with-queue"));
        const QString pdf = QDir(pdfDir()).filePath(label(QStringLiteral("ticketNumber"))->text() + QStringLiteral(".pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pdf), 5000);
        QVERIFY(pdfText(pdf).contains(nfkc(TicketPrinter::tr("%n people waiting ahead of you", nullptr, waiting)).remove(QLatin1Char(' '))));
    }

    void appointmentCheckInByCode()
    {
        // Booked by the 12333 hotline for the next quarter hour: inside the check-in window.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDateTime slot = now.addSecs(15 * 60 - (now.time().minute() % 15) * 60 - now.time().second());
        slot.setTime(QTime(slot.time().hour(), slot.time().minute()));
        const test::HttpReply booked = m_http->post(QStringLiteral("/api/v1/appointments"),
                                                    {{QLatin1String("hall"), QStringLiteral("MY-CITY")},
                                                     {QLatin1String("service"), QStringLiteral("CD-003")},
                                                     {QLatin1String("slot_at"), slot.toString(Qt::ISODate)},
                                                     {QLatin1String("channel"), QStringLiteral("hotline")}},
                                                    m_teller);
        QCOMPARE(booked.status, 201);
        const QString code = booked.json().value(QLatin1String("code")).toString();

        QVERIFY(tap(QStringLiteral("appointmentButton")));
        QVERIFY(m_screen->findChild<QWidget *>(QStringLiteral("appointmentKeypad"))->isVisible());
        QVERIFY(!button(QStringLiteral("appointmentConfirmButton"))->isEnabled());
        // A wrong code: told so on the page, nothing issued.
        for (QChar c : QStringLiteral("99999999"))
            QVERIFY(tap(QStringLiteral("appointmentKey_") + c));
        QVERIFY(!button(QStringLiteral("appointmentKey_1"))->isEnabled()); // 8 typed: no more digits
        QVERIFY(tap(QStringLiteral("appointmentConfirmButton")));
        QLabel *problem = label(QStringLiteral("appointmentProblem"));
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QStringLiteral("预约码")) || problem->text().contains(QStringLiteral("code")), 10000);
        shot(QStringLiteral("9a-appointment-wrong-code"));
        QVERIFY(tap(QStringLiteral("appointmentKey_clear")));
        for (QChar c : code)
            QVERIFY(tap(QStringLiteral("appointmentKey_") + c));
        QSignalSpy issued(m_screen.get(), &KioskScreen::ticketIssued);
        QVERIFY(tap(QStringLiteral("appointmentConfirmButton")));
        QTRY_COMPARE_WITH_TIMEOUT(issued.size(), 1, 10000);
        QVERIFY(label(QStringLiteral("ticketNumber"))->isVisible());
        QCOMPARE(label(QStringLiteral("ticketNumber"))->text(), issued.first().first().toString());
        shot(QStringLiteral("9b-appointment-ticket"));
        const test::HttpReply again = m_http->get(QStringLiteral("/api/v1/appointments/") + code, m_teller);
        QCOMPARE(again.json().value(QLatin1String("state")).toString(), QStringLiteral("checked_in"));
    }

    // 办件查询: the case number from the receipt and the last four characters of the ID number
    // give the case's state and promised date — nothing personal; a wrong pair says so.
    void caseStatusByNumberAndId()
    {
        const test::HttpReply accepted = m_http->post(QStringLiteral("/api/v1/cases"),
                                                      test::si008Intake(kGoodId, QStringLiteral("刘芳"), 2), m_teller);
        QCOMPARE(accepted.status, 201);
        const QString number = accepted.json().value(QLatin1String("number")).toString(); // MY-CITY-yyyyMMdd-NNNN
        const QString digits = number.right(13).remove(QLatin1Char('-'));
        QCOMPARE(digits.size(), 12);

        QVERIFY(tap(QStringLiteral("caseStatusButton")));
        QVERIFY(m_screen->findChild<QWidget *>(QStringLiteral("caseStatusKeypad"))->isVisible());
        QVERIFY(!button(QStringLiteral("caseStatusKey_X"))->isEnabled()); // the number is digits only
        for (QChar c : digits)
            QVERIFY(tap(QStringLiteral("caseStatusKey_") + c));
        QVERIFY(button(QStringLiteral("caseStatusKey_X"))->isEnabled()); // now the ID's last four
        for (QChar c : QStringLiteral("0000"))
            QVERIFY(tap(QStringLiteral("caseStatusKey_") + c));
        QVERIFY(!button(QStringLiteral("caseStatusKey_1"))->isEnabled());
        QVERIFY(tap(QStringLiteral("caseStatusConfirmButton")));
        QLabel *answer = label(QStringLiteral("caseStatusAnswer"));
        QTRY_VERIFY_WITH_TIMEOUT(answer->text().contains(QStringLiteral("不符")) || answer->text().contains(QStringLiteral("No case")), 10000);
        for (int i = 0; i < 4; ++i)
            QVERIFY(tap(QStringLiteral("caseStatusKey_backspace")));
        for (QChar c : kGoodId.right(4))
            QVERIFY(tap(QStringLiteral("caseStatusKey_") + c));
        QVERIFY(tap(QStringLiteral("caseStatusConfirmButton")));
        QTRY_VERIFY_WITH_TIMEOUT(answer->text().contains(QStringLiteral("审核中")), 10000);
        QVERIFY2(answer->text().contains(accepted.json().value(QLatin1String("due_date")).toString()), qPrintable(answer->text()));
        QVERIFY(!answer->text().contains(QStringLiteral("刘")));
        shot(QStringLiteral("10-case-status"));
        // The next citizen finds nothing of it.
        m_screen->startOver();
        QVERIFY(tap(QStringLiteral("caseStatusButton")));
        QVERIFY(answer->text().isEmpty());
        QVERIFY(!button(QStringLiteral("caseStatusConfirmButton"))->isEnabled());
    }

    // 就近可办 at the kiosk of the Fucheng district hall: a pension matter only the city hall may
    // accept says so and names the nearest hall that does; a card matter the district accepts
    // says nothing.
    void aMatterThisHallMayNotAcceptSaysWhereItCanBeDone()
    {
        cleanup();
        m_session = std::make_unique<ClientSession>(m_dir.filePath(QStringLiteral("data-fc")), m_clock);
        m_session->login(m_server.url(), QStringLiteral("kiosk-fc"), QStringLiteral("device1234"));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isLoggedIn() && m_session->catalogue(), 10000);
        m_screen = std::make_unique<KioskScreen>(*m_session, m_clock, TicketPrinter::pdfDirectory(pdfDir()));
        m_screen->resize(1600, 900);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));

        QVERIFY(tap(QStringLiteral("categoryButton_pension")));
        QVERIFY(tap(QStringLiteral("matterButton_PE-010")));
        auto *where = m_screen->findChild<QLabel *>(QStringLiteral("nearbyHalls_PE-010"));
        QVERIFY(where);
        QTRY_VERIFY_WITH_TIMEOUT(where->isVisible(), 10000);
        QVERIFY2(where->text().startsWith(QStringLiteral("本厅不受理此事项。就近可办：绵阳市")), qPrintable(where->text()));
        QVERIFY2(where->text().contains(QStringLiteral("公里")) && where->text().contains(QStringLiteral("约")), qPrintable(where->text()));
        shot(QStringLiteral("3b-nearby"));

        QVERIFY(tap(QStringLiteral("addMatterButton")));
        QVERIFY(tap(QStringLiteral("categoryButton_card")));
        QVERIFY(tap(QStringLiteral("matterButton_CD-003")));
        auto *here = m_screen->findChild<QLabel *>(QStringLiteral("nearbyHalls_CD-003"));
        QVERIFY(here);
        QTRY_VERIFY_WITH_TIMEOUT(m_screen->findChild<QLabel *>(QStringLiteral("nearbyHalls_PE-010"))->isVisible(), 10000);
        QVERIFY(!here->isVisible()); // the district hall accepts it
    }

    void idleScreenStartsOver()
    {
        m_screen->setIdleTimeoutMs(400);
        QVERIFY(tap(QStringLiteral("categoryButton_pension")));
        QVERIFY(tap(QStringLiteral("matterButton_PE-001")));
        QVERIFY(button(QStringLiteral("mattersNextButton"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(button(QStringLiteral("categoryButton_card"))->isVisible(), 3000);
        QVERIFY(!button(QStringLiteral("selectedBarButton"))->isVisible());
    }

    // The hall's own priority groups (its queue rules, set by an administrator) are what the
    // kiosk offers, by their names; the ticket carries the group and the confirmation names it.
    void priorityGroupsAreTheHalls()
    {
        const QString admin = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        QJsonObject rules = m_http->get(QStringLiteral("/api/v1/admin/halls/MY-CITY/queue-rules"), admin).json();
        rules.remove(QLatin1String("hall"));
        rules.remove(QLatin1String("own"));
        rules.insert(QLatin1String("priority_groups"),
                     QJsonArray{QJsonObject{{QLatin1String("code"), QStringLiteral("veteran")},
                                            {QLatin1String("name_zh"), QStringLiteral("退役军人")},
                                            {QLatin1String("name_en"), QStringLiteral("Veteran")}},
                                QJsonObject{{QLatin1String("code"), QStringLiteral("elderly")},
                                            {QLatin1String("name_zh"), QStringLiteral("老年人")},
                                            {QLatin1String("name_en"), QStringLiteral("Elderly person")}}});
        const auto put = [&](const QByteArray &method, const QJsonObject &body) {
            return m_http->send(method, QStringLiteral("/api/v1/admin/halls/MY-CITY/queue-rules"), QJsonDocument(body).toJson(),
                                {{"Authorization", "Bearer " + admin.toUtf8()}, {"Content-Type", "application/json"}}).status;
        };
        QCOMPARE(put("PUT", rules), 200);
        // A kiosk starting now reads them.
        m_screen.reset();
        init();
        QTRY_VERIFY_WITH_TIMEOUT(m_screen->findChild<QPushButton *>(QStringLiteral("priorityButton_veteran")), 10000);
        QVERIFY(!m_screen->findChild<QPushButton *>(QStringLiteral("priorityButton_serviceman")));
        QVERIFY(tap(QStringLiteral("categoryButton_card")) && tap(QStringLiteral("matterButton_CD-003")) && tap(QStringLiteral("mattersNextButton")));
        QCOMPARE(button(QStringLiteral("priorityButton_veteran"))->text(), QStringLiteral("退役军人"));
        shot(QStringLiteral("11-hall-priority-groups"));
        QVERIFY(tap(QStringLiteral("priorityButton_veteran")) && tap(QStringLiteral("skipIdButton")));
        QVERIFY2(label(QStringLiteral("summary"))->text().contains(QStringLiteral("退役军人")), qPrintable(label(QStringLiteral("summary"))->text()));
        QSignalSpy issued(m_screen.get(), &KioskScreen::ticketIssued);
        QVERIFY(tap(QStringLiteral("issueButton")));
        QTRY_COMPARE_WITH_TIMEOUT(issued.size(), 1, 10000);
        const test::HttpReply queue = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), m_teller);
        bool found = false;
        for (const QJsonValue &t : queue.json().value(QLatin1String("waiting")).toArray())
            found = found || (t.toObject().value(QLatin1String("number")).toString() == issued.first().first().toString()
                              && t.toObject().value(QLatin1String("priority_group")).toString() == QLatin1String("veteran"));
        QVERIFY(found);
        // Back to the defaults, for whatever runs next.
        QCOMPARE(put("DELETE", {}), 204);
        KioskText::setPriorityGroups(defaultPriorityGroups());
    }

private:
    QString pdfDir() const { return m_dir.filePath(QStringLiteral("pdf")); }

    QPushButton *button(const QString &name)
    {
        auto *b = m_screen->findChild<QPushButton *>(name);
        if (!b)
            qWarning("no button %s", qPrintable(name));
        return b;
    }
    QLabel *label(const QString &name)
    {
        auto *l = m_screen->findChild<QLabel *>(name);
        if (!l)
            qWarning("no label %s", qPrintable(name));
        return l;
    }
    // A tap as a finger would do it: only on a visible, enabled, touch-sized button.
    bool tap(const QString &name)
    {
        QPushButton *b = button(name);
        if (!b || !b->isVisible() || !b->isEnabled() || b->height() < 80) {
            qWarning("cannot tap %s: %s", qPrintable(name),
                     !b ? "missing" : !b->isVisible() ? "not on screen" : !b->isEnabled() ? "disabled" : "under 80 px high");
            return false;
        }
        QTest::mouseClick(b, Qt::LeftButton);
        return true;
    }
    bool type(const QString &keys)
    {
        for (const QChar c : keys) {
            if (!tap(QStringLiteral("idKey_") + c))
                return false;
        }
        return true;
    }
    bool chooseOneMatter(const QString &code)
    {
        return tap(QStringLiteral("categoryButton_card")) && tap(QStringLiteral("matterButton_") + code)
               && tap(QStringLiteral("mattersNextButton")) && tap(QStringLiteral("priorityButton_elderly"))
               && tap(QStringLiteral("skipIdButton")) && button(QStringLiteral("issueButton"))->isVisible();
    }
    // OW_KIOSK_SHOTS=DIR keeps a picture of each page, to look at the screens.
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("OW_KIOSK_SHOTS");
        if (dir.isEmpty() || !QDir().mkpath(dir))
            return;
        QTest::qWait(50); // let pending layout requests run, as the event loop would on a device
        m_screen->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QString m_teller;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<KioskScreen> m_screen;
};

QTEST_MAIN(TestKioskScreen)
#include "tst_kiosk_screen.moc"
