// Issue 4 acceptance 2, through the desktop client against the real server: a teller takes in a
// committed matter with one required material missing — the one-time notice is printed (PDF, read
// back); with everything there the case is accepted and its receipt printed with a QR code; the
// reviewer it was assigned to approves it from their worklist; the timeline shows every step; the
// receiver's approve button is disabled with the reason, and the server refuses it as well.
// OW_CASE_SHOTS=DIR (under Xvfb, QT_QPA_PLATFORM=xcb) saves screenshots of the screens.
#include "core/client/CaseClient.h"
#include "core/client/ClientSession.h"
#include "core/client/SyncAgent.h"
#include "core/domain/util/ResidentId.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/PdfText.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/desk/ClientController.h"
#include "ui/common/LanguageManager.h"
#include "core/client/TellerDesk.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/TellerQueuePanel.h"
#include "ui/desk/cases/CaseWorkPage.h"
#include "ui/desk/cases/IntakePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

QString residentId(const char *first17)
{
    const QString base = QString::fromLatin1(first17);
    return base + ResidentId::checksumCharacter(base);
}

const QString kCitizen = residentId("51070319850315241");

template<typename W>
W *child(QWidget *parent, const QString &name)
{
    W *w = parent->findChild<W *>(name);
    if (!w)
        qWarning("no widget %s", qPrintable(name));
    return w;
}

void type(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->clear();
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text); // typed, as a teller would
    else
        edit->setText(text); // QTest types ASCII only; Chinese comes through an input method
    Q_EMIT edit->editingFinished();
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OW_CASE_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let the layouts settle, as a person would see them
    w->window()->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

std::unique_ptr<ClientController> startClient(const QUrl &server, const QString &dataDir, const QString &user)
{
    const ClientController::Options o = test::autoLogin(server, dataDir, user);
    auto c = std::make_unique<ClientController>(o);
    c->start();
    return c;
}

QStringList timelineSteps(QTableWidget *timeline)
{
    QStringList out;
    for (int r = 0; r < timeline->rowCount(); ++r)
        out << timeline->item(r, 1)->text();
    return out;
}

} // namespace

class TestCaseGui : public QObject
{
    Q_OBJECT
    test::TestServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_case_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
    }

    void intakeNoticeReceiptReviewTimeline()
    {
        const QString docs = m_dir.filePath(QStringLiteral("docs"));
        auto teller = startClient(m_server.url(), m_dir.filePath(QStringLiteral("teller1")), QStringLiteral("teller1"));
        QTRY_VERIFY_WITH_TIMEOUT(teller->mainWindow() != nullptr, 20000);
        MainWindow *main = teller->mainWindow();
        main->resize(1366, 800);
        main->show();
        IntakePage *intake = main->intakePage();
        QVERIFY(intake);
        intake->setDocumentOutput(DocumentOutput::pdfDirectory(docs));
        main->queuePanel()->desk().setWindow(2); // the window the teller sits at, as the intake records it
        auto *tabs = child<QTabWidget>(main, QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(intake);
        QTRY_VERIFY_WITH_TIMEOUT(teller->session().catalogue() != nullptr, 10000);

        // The matter from the catalogue; its form is generated from the field definitions.
        intake->startMatter(QStringLiteral("SI-008"));
        QVERIFY(child<QLineEdit>(intake, QStringLiteral("field:transfer_from")));
        QVERIFY(child<QLineEdit>(intake, QStringLiteral("field:transfer_out_agency")));

        // A wrong ID number is named at its field, translated, and nothing is sent.
        type(intake, QStringLiteral("applicantIdNumber"), kCitizen.left(17) + (kCitizen.endsWith(QLatin1Char('1')) ? QStringLiteral("2") : QStringLiteral("1")));
        type(intake, QStringLiteral("applicantName"), QStringLiteral("李秀英"));
        type(intake, QStringLiteral("applicantPhone"), QStringLiteral("13912345678"));
        QTest::mouseClick(child<QPushButton>(intake, QStringLiteral("acceptButton")), Qt::LeftButton);
        auto *idProblem = child<QLabel>(intake, QStringLiteral("problem:applicant.id_number"));
        QTRY_VERIFY(idProblem->isVisible());
        QVERIFY2(idProblem->text().contains(QStringLiteral("校验")), qPrintable(idProblem->text()));
        QTRY_VERIFY(child<QLabel>(intake, QStringLiteral("problem:form.transfer_from"))->isVisible()); // required, empty
        QCOMPARE(teller->session().sync()->pendingCount(), 0);

        // Corrected; the form's own name, ID and phone are filled from the applicant's.
        type(intake, QStringLiteral("applicantIdNumber"), kCitizen);
        QVERIFY(idProblem->isHidden());
        QCOMPARE(child<QLineEdit>(intake, QStringLiteral("field:id_number"))->text(), kCitizen);
        QCOMPARE(child<QLineEdit>(intake, QStringLiteral("field:name"))->text(), QStringLiteral("李秀英"));
        type(intake, QStringLiteral("field:transfer_from"), QStringLiteral("重庆市"));
        type(intake, QStringLiteral("field:transfer_out_agency"), QStringLiteral("重庆市社会保险事务中心"));

        // One required material missing: acceptance is held back, the one-time notice lists it.
        QTest::mouseClick(child<QAbstractButton>(intake, QStringLiteral("material:id_card:received")), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(intake, QStringLiteral("acceptButton")), Qt::LeftButton);
        auto *message = child<QLabel>(intake, QStringLiteral("intakeMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("参保缴费凭证")), qPrintable(message->text()));
        auto *noticeButton = child<QPushButton>(intake, QStringLiteral("printNoticeButton"));
        QVERIFY(noticeButton->isEnabled());
        shoot(main, QStringLiteral("intake-form"));
        QTest::mouseClick(noticeButton, Qt::LeftButton);
        const QString notice = intake->lastDocument();
        QVERIFY2(notice.startsWith(docs) && notice.endsWith(QLatin1String(".pdf")), qPrintable(notice));
        const QString noticeText = test::pdfText(notice);
        QVERIFY2(noticeText.contains(QStringLiteral("一次性告知书")), qPrintable(noticeText));
        QVERIFY(noticeText.contains(QStringLiteral("参保缴费凭证")));
        QVERIFY(!noticeText.contains(QStringLiteral("居民身份证原件"))); // received: not listed
        QVERIFY(!noticeText.contains(kCitizen));
        QCOMPARE(teller->session().sync()->pendingCount(), 0); // a notice is not a case

        // The citizen comes back with it: accepted, case number and receipt with its QR code.
        QTest::mouseClick(child<QAbstractButton>(intake, QStringLiteral("material:transfer_cert:received")), Qt::LeftButton);
        QVERIFY(!noticeButton->isEnabled());
        QTest::mouseClick(child<QPushButton>(intake, QStringLiteral("acceptButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!intake->lastCaseNumber().isEmpty(), 15000);
        const QString number = intake->lastCaseNumber();
        QVERIFY(number.startsWith(QLatin1String("MY-CITY-")));
        QTRY_VERIFY(intake->lastDocument().contains(QStringLiteral("receipt-")));
        const QString receiptText = test::pdfText(intake->lastDocument());
        QVERIFY2(receiptText.contains(QStringLiteral("受理回执")) && receiptText.contains(number), qPrintable(receiptText));
        QVERIFY(receiptText.contains(QStringLiteral("承诺办结日期")));
        QVERIFY(!receiptText.contains(kCitizen));
        QVERIFY(test::pdfImageCount(intake->lastDocument()) >= 1);
        QVERIFY(message->text().contains(number));
        QVERIFY(!child<QPushButton>(intake, QStringLiteral("acceptButton"))->isEnabled()); // one application, one case
        shoot(main, QStringLiteral("intake-accepted"));

        // The receiver sees the case but may not decide it: the button says why, the server refuses.
        CaseWorkPage *tellerCases = main->caseWorkPage();
        QVERIFY(tellerCases);
        QTRY_COMPARE_WITH_TIMEOUT(tellerCases->current().number, number, 10000);
        QPushButton *receiverApprove = tellerCases->button(CaseAction::Approve);
        QVERIFY(receiverApprove && !receiverApprove->isEnabled());
        QVERIFY2(receiverApprove->toolTip().contains(QStringLiteral("受审分离")), qPrintable(receiverApprove->toolTip()));
        tellerCases->act(CaseAction::Approve); // as if the button were forced
        auto *caseMessage = child<QLabel>(tellerCases, QStringLiteral("caseMessage"));
        QTRY_VERIFY2_WITH_TIMEOUT(caseMessage->text().contains(QStringLiteral("无权")), qPrintable(caseMessage->text()), 10000);
        QCOMPARE(toString(tellerCases->current().facts.state), QStringLiteral("in_review"));
        QCOMPARE(teller->session().sync()->problemCount(), 1); // kept, shown in the status bar's list
        QVERIFY(teller->session().sync()->discard(teller->session().sync()->problems().first().seq).ok());

        // The reviewer it was assigned to finds it in their worklist and approves it.
        test::SyncHttp http(m_server.url());
        const QString tellerToken = http.login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        const qint64 assigneeId = http.get(QStringLiteral("/api/v1/cases/") + number, tellerToken).json().value(QLatin1String("assignee")).toInteger();
        QVERIFY(assigneeId > 0);
        QString assignee;
        for (const QString &r : {QStringLiteral("reviewer1"), QStringLiteral("reviewer2")}) {
            if (http.get(QStringLiteral("/api/v1/me"), http.login(r, QStringLiteral("demo1234"))).json().value(QLatin1String("id")).toInteger() == assigneeId)
                assignee = r;
        }
        QVERIFY(!assignee.isEmpty());
        auto reviewer = startClient(m_server.url(), m_dir.filePath(assignee), assignee);
        QTRY_VERIFY_WITH_TIMEOUT(reviewer->mainWindow() != nullptr, 20000);
        reviewer->mainWindow()->resize(1366, 800);
        reviewer->mainWindow()->show();
        CaseWorkPage *work = reviewer->mainWindow()->caseWorkPage();
        QVERIFY(work);
        QVERIFY(!reviewer->mainWindow()->intakePage()); // the back office takes nothing in
        auto *worklist = child<QTableWidget>(work, QStringLiteral("caseWorklist"));
        QTRY_VERIFY_WITH_TIMEOUT(worklist->rowCount() >= 1, 10000);
        int row = -1;
        for (int r = 0; r < worklist->rowCount(); ++r) {
            if (worklist->item(r, 0)->text() == number)
                row = r;
        }
        QVERIFY(row >= 0);
        worklist->selectRow(row);
        QTRY_COMPARE_WITH_TIMEOUT(work->current().number, number, 10000);
        QPushButton *approve = work->button(CaseAction::Approve);
        QVERIFY2(approve->isEnabled(), qPrintable(approve->toolTip()));
        shoot(reviewer->mainWindow(), QStringLiteral("back-office-worklist"));
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(toString(work->current().facts.state), QStringLiteral("approved"), 10000);
        QVERIFY(!approve->isEnabled()); // decided once
        QTRY_VERIFY_WITH_TIMEOUT(worklist->rowCount() == row ? true : worklist->findItems(number, Qt::MatchExactly).isEmpty(), 10000);

        // The timeline, as the teller sees it now: every step, who, where.
        tellerCases->act(CaseAction::HandOut); // collected at this hall
        QTRY_COMPARE_WITH_TIMEOUT(toString(tellerCases->current().facts.state), QStringLiteral("handed_out"), 10000);
        auto *timeline = child<QTableWidget>(tellerCases, QStringLiteral("caseTimeline"));
        QCOMPARE(timelineSteps(timeline), (QStringList{QStringLiteral("已受理"), QStringLiteral("已分派"), QStringLiteral("审核通过"), QStringLiteral("已出件")}));
        QCOMPARE(timeline->item(0, 2)->text(), QStringLiteral("王丽 (teller1)"));
        QVERIFY2(timeline->item(1, 4)->text().contains(assignee), qPrintable(timeline->item(1, 4)->text())); // assigned to whom
        QVERIFY2(timeline->item(0, 3)->text().contains(QStringLiteral("2 号窗口")), qPrintable(timeline->item(0, 3)->text()));
        QVERIFY(timeline->item(2, 2)->text().endsWith(QStringLiteral("(%1)").arg(assignee)));
        tabs->setCurrentWidget(tellerCases);
        shoot(main, QStringLiteral("case-timeline"));
        // In English, the steps and the staff's names follow the screen's language.
        LanguageManager::apply(QStringLiteral("en"));
        QTRY_COMPARE(timeline->item(0, 2)->text(), QStringLiteral("Wang Li (teller1)"));
        QCOMPARE(timeline->item(0, 1)->text(), QStringLiteral("Accepted"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QTRY_COMPARE(timeline->item(0, 2)->text(), QStringLiteral("王丽 (teller1)"));
    }

    // The other ways a window closes an application: an online pre-submission verified from the
    // worklist, an on-the-spot matter completed at once, and a refusal with its printed notice.
    void verifyOnlineCompleteOnTheSpotRefuse()
    {
        test::SyncHttp http(m_server.url());
        const QString portal = http.login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        QJsonObject online = test::si008Intake(kCitizen, QStringLiteral("李秀英"), 0, QStringLiteral("西安市"));
        online.insert(QLatin1String("hall"), QStringLiteral("MY-CITY"));
        const test::HttpReply sent = http.post(QStringLiteral("/api/v1/online/cases"), online, portal);
        QCOMPARE(sent.status, 201);
        const QString online1 = sent.json().value(QLatin1String("number")).toString();

        const QString docs = m_dir.filePath(QStringLiteral("docs2"));
        auto teller = startClient(m_server.url(), m_dir.filePath(QStringLiteral("teller2")), QStringLiteral("teller2"));
        QTRY_VERIFY_WITH_TIMEOUT(teller->mainWindow() != nullptr, 20000);
        MainWindow *main = teller->mainWindow();
        main->resize(1366, 800);
        main->show();
        CaseWorkPage *work = main->caseWorkPage();
        auto *worklist = child<QTableWidget>(work, QStringLiteral("caseWorklist"));
        QTRY_VERIFY_WITH_TIMEOUT(!worklist->findItems(online1, Qt::MatchExactly).isEmpty(), 10000);
        worklist->selectRow(worklist->findItems(online1, Qt::MatchExactly).first()->row());
        QTRY_COMPARE_WITH_TIMEOUT(work->current().number, online1, 10000);
        QVERIFY(!work->button(CaseAction::HandOut)->isEnabled()); // nothing decided yet
        QTest::mouseClick(work->button(CaseAction::Verify), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(toString(work->current().facts.state), QStringLiteral("in_review"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(worklist->findItems(online1, Qt::MatchExactly).isEmpty(), 10000); // off the list

        // On the spot: the button says so, and the receipt has no promised date.
        IntakePage *intake = main->intakePage();
        child<QTabWidget>(main, QStringLiteral("mainTabs"))->setCurrentWidget(intake);
        intake->setDocumentOutput(DocumentOutput::pdfDirectory(docs));
        intake->startMatter(QStringLiteral("EM-001"));
        QCOMPARE(child<QPushButton>(intake, QStringLiteral("acceptButton"))->text(), QStringLiteral("当场办结"));
        QTRY_VERIFY(child<QAbstractButton>(intake, QStringLiteral("material:photo:exempt"))->isVisible()); // the new form is on screen
        type(intake, QStringLiteral("applicantIdNumber"), kCitizen);
        type(intake, QStringLiteral("applicantName"), QStringLiteral("李秀英"));
        type(intake, QStringLiteral("applicantPhone"), QStringLiteral("13912345678"));
        auto *status = child<QComboBox>(intake, QStringLiteral("field:employment_status"));
        QVERIFY(status);
        status->setCurrentIndex(status->findData(QStringLiteral("unemployed")));
        QTest::mouseClick(child<QAbstractButton>(intake, QStringLiteral("material:id_card:received")), Qt::LeftButton);
        QTest::mouseClick(child<QAbstractButton>(intake, QStringLiteral("material:photo:exempt")), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(intake, QStringLiteral("acceptButton")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(intake->lastDocument().contains(QStringLiteral("receipt-")),
                                  qPrintable(child<QLabel>(intake, QStringLiteral("intakeMessage"))->text()), 15000);
        const QString onSpot = intake->lastCaseNumber();
        QCOMPARE(http.get(QStringLiteral("/api/v1/cases/") + onSpot, http.login(QStringLiteral("teller2"), QStringLiteral("demo1234")))
                     .json().value(QLatin1String("state")).toString(),
                 QStringLiteral("completed_on_spot"));
        const QString receipt = test::pdfText(intake->lastDocument());
        QVERIFY2(receipt.contains(onSpot) && !receipt.contains(QStringLiteral("承诺办结日期")), qPrintable(receipt));

        // Refused: the reason is required, recorded, and printed on the notice.
        intake->clear();
        intake->startMatter(QStringLiteral("SI-008"));
        type(intake, QStringLiteral("applicantIdNumber"), kCitizen);
        type(intake, QStringLiteral("applicantName"), QStringLiteral("李秀英"));
        intake->refuse(QStringLiteral("  "));
        QTRY_VERIFY(child<QLabel>(intake, QStringLiteral("intakeMessage"))->text().contains(QStringLiteral("理由")));
        QCOMPARE(teller->session().sync()->pendingCount(), 0);
        intake->refuse(QStringLiteral("申请人未在本市参保，不属于本局受理范围"));
        QTRY_VERIFY_WITH_TIMEOUT(intake->lastDocument().contains(QStringLiteral("refusal-")), 15000);
        const QString refusal = test::pdfText(intake->lastDocument());
        QVERIFY2(refusal.contains(QStringLiteral("不予受理通知书")) && refusal.contains(QStringLiteral("申请人未在本市参保")), qPrintable(refusal));
        QVERIFY(refusal.contains(intake->lastCaseNumber()));
    }

    // A reviewer escalates; the supervisor finds it on their list and reassigns it to another
    // reviewer chosen by name — the receiver is not offered.
    void supervisorReassignsAnEscalatedCase()
    {
        test::SyncHttp http(m_server.url());
        QHash<QString, QString> token;
        for (const QString &u : {QStringLiteral("teller1"), QStringLiteral("reviewer1"), QStringLiteral("reviewer2")})
            token.insert(u, http.login(u, QStringLiteral("demo1234")));
        const QJsonObject intake = test::si008Intake(kCitizen, QStringLiteral("李秀英"), 3, QStringLiteral("兰州市"));
        const test::HttpReply accepted = http.post(QStringLiteral("/api/v1/cases"), intake, token.value(QStringLiteral("teller1")));
        QCOMPARE(accepted.status, 201);
        const QString number = accepted.json().value(QLatin1String("number")).toString();
        const qint64 first = accepted.json().value(QLatin1String("assignee")).toInteger();
        QString holder;
        for (const QString &r : {QStringLiteral("reviewer1"), QStringLiteral("reviewer2")}) {
            if (http.get(QStringLiteral("/api/v1/me"), token.value(r)).json().value(QLatin1String("id")).toInteger() == first)
                holder = r;
        }
        QVERIFY(!holder.isEmpty());
        const QString other = holder == QLatin1String("reviewer1") ? QStringLiteral("reviewer2") : QStringLiteral("reviewer1");
        QCOMPARE(http.post(QStringLiteral("/api/v1/cases/%1/actions").arg(number),
                           {{QLatin1String("action"), QStringLiteral("escalate")}, {QLatin1String("note"), QStringLiteral("转出地凭证存疑，请主管定夺")}},
                           token.value(holder)).status,
                 200);

        auto supervisor = startClient(m_server.url(), m_dir.filePath(QStringLiteral("supervisor1")), QStringLiteral("supervisor1"));
        QTRY_VERIFY_WITH_TIMEOUT(supervisor->mainWindow() != nullptr, 20000);
        MainWindow *main = supervisor->mainWindow();
        main->resize(1366, 800);
        main->show();
        CaseWorkPage *work = main->caseWorkPage();
        QVERIFY(work && !main->intakePage());
        child<QTabWidget>(main, QStringLiteral("mainTabs"))->setCurrentWidget(work);
        auto *worklist = child<QTableWidget>(work, QStringLiteral("caseWorklist"));
        QTRY_VERIFY_WITH_TIMEOUT(!worklist->findItems(number, Qt::MatchExactly).isEmpty(), 10000);
        worklist->selectRow(worklist->findItems(number, Qt::MatchExactly).first()->row());
        QTRY_COMPARE_WITH_TIMEOUT(work->current().number, number, 10000);
        QVERIFY(work->button(CaseAction::Approve)->isEnabled()); // escalated: the supervisor may decide it
        shoot(main, QStringLiteral("supervisor-cases"));

        QStringList offered;
        test::whenDialogOpens([&offered, &other](QDialog *d) {
            auto *input = static_cast<QInputDialog *>(d);
            offered = input->comboBoxItems();
            for (const QString &item : std::as_const(offered)) {
                if (item.contains(other))
                    input->setTextValue(item);
            }
            d->accept();
        });
        QTest::mouseClick(work->button(CaseAction::Assign), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!offered.isEmpty(), 10000);
        QVERIFY2(offered.size() >= 2, qPrintable(offered.join(QLatin1Char('|'))));
        QVERIFY(!offered.join(QLatin1Char('|')).contains(QStringLiteral("teller1"))); // the receiver is never offered
        QTRY_COMPARE_WITH_TIMEOUT(toString(work->current().facts.state), QStringLiteral("in_review"), 10000);
        const qint64 now = work->current().facts.assigneeId;
        QCOMPARE(now, http.get(QStringLiteral("/api/v1/me"), token.value(other)).json().value(QLatin1String("id")).toInteger());
    }
};

QTEST_MAIN(TestCaseGui)
#include "tst_case_gui.moc"
