// The monthly assessment report (月度考核报告, issue 14) through the desktop client against the
// real server: a month with known tickets, ratings, a case and a bad review followed up and
// closed; the supervisor opens 月度考核报告… on the 绩效 tab, saves the hall's report and two
// tellers' reports as PDFs and prints one (to a folder), and the PDFs read back (pdftotext) hold
// the figures: served, satisfaction, the tellers' ranking, the rectification's cause and action,
// a teller's place beside the hall's averages — in Chinese, and with English headings when the
// program runs in English.
//
// With OW_ASSESSMENT_KEEP=DIR the PDFs are copied there and the tab and dialog saved as PNGs.
#include "core/client/ClientSession.h"
#include "core/client/PerformanceClient.h"
#include "core/domain/api/RectificationBodies.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/PdfText.h"
#include "tests/support/QueueDriver.h"
#include "tests/support/RatedTicket.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/performance/AssessmentDialog.h"
#include "ui/desk/performance/PerformancePage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

const QString kCity = QStringLiteral("MY-CITY");
const QString kCd = QStringLiteral("CD-003");
const QString kCause = QStringLiteral("窗口人员对社保卡补办材料的解释不清楚");
const QString kAction = QStringLiteral("组织窗口人员业务培训，并电话向群众致歉");

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

void keep(const QString &path)
{
    const QString dir = qEnvironmentVariable("OW_ASSESSMENT_KEEP");
    if (!dir.isEmpty() && QDir().mkpath(dir)) {
        const QString to = QDir(dir).filePath(QFileInfo(path).fileName());
        QFile::remove(to);
        QFile::copy(path, to);
    }
}

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OW_ASSESSMENT_KEEP");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        w->window()->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// A text as test::pdfText gives a PDF's: compatibility form (full-width colons and commas become
// ASCII ones), no whitespace.
QString plain(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s")));
}

bool has(const QString &pdf, const QString &needle)
{
    return pdf.contains(plain(needle));
}

// Where `needle` is in `text` after `from` (-1: not there).
qsizetype after(const QString &text, const QString &needle, qsizetype from)
{
    return from < 0 ? -1 : text.indexOf(plain(needle), from);
}

} // namespace

class TestAssessmentGui : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ClientController> m_controller;
    PerformancePage *m_page = nullptr;
    AssessmentDialog *m_dialog = nullptr;
    QString m_hallName;
    QString m_badNumber; // the ticket rated 非常不满意

    // The report chosen in the dialog saved as a PDF; its text (whitespace removed).
    QString saved(const QString &subject, const QString &file)
    {
        auto *who = child<QComboBox>(m_dialog, "assessmentSubject");
        const int index = who->findText(subject);
        if (index < 0)
            return QStringLiteral("<no subject %1>").arg(subject);
        who->setCurrentIndex(index);
        const QString path = m_dir.filePath(file);
        m_dialog->setAskPath([path](QWidget *, const QString &) { return path; });
        QTest::mouseClick(child<QPushButton>(m_dialog, "assessmentSave"), Qt::LeftButton);
        if (!QFileInfo(path).isFile())
            return QStringLiteral("<not written>");
        keep(path);
        return test::pdfText(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_assessment_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        test::SyncHttp http(m_server.url());
        test::QueueDriver q(http);
        const QString kiosk = http.login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        const QString t1 = http.login(QStringLiteral("teller1"), QStringLiteral("demo1234")); // 王丽
        const QString t2 = http.login(QStringLiteral("teller2"), QStringLiteral("demo1234")); // 李明
        const QString supervisor = http.login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        QVERIFY(!kiosk.isEmpty() && !t1.isEmpty() && !t2.isEmpty() && !supervisor.isEmpty());

        // This month at the city hall: 李明 (window 2) serves three, rated 非常不满意, 非常满意,
        // 满意; 王丽 (window 1) serves two, both 非常满意, and calls one who is not there. Six
        // issued, five served, five ratings of which four satisfied: 80.0%.
        const test::RatedTicket bad = test::badlyRated(http, t2, kCity, 2);
        QVERIFY(bad.rectificationId > 0);
        m_badNumber = bad.number;
        for (int i = 0; i < 5; ++i)
            QVERIFY(q.issue(kCity, kiosk, {kCd}));
        QVERIFY(q.open(kCity, 1, t1));
        QVERIFY(q.serveNext(kCity, 2, kCd, t2, RatingLevel::VerySatisfied));
        QVERIFY(q.serveNext(kCity, 2, kCd, t2, RatingLevel::Satisfied));
        QVERIFY(q.serveNext(kCity, 1, kCd, t1, RatingLevel::VerySatisfied));
        QVERIFY(q.serveNext(kCity, 1, kCd, t1, RatingLevel::VerySatisfied));
        const qint64 gone = q.callNext(kCity, 1, t1);
        QVERIFY(gone && q.noShow(gone, 1, t1));
        // A case accepted at window 1.
        const test::HttpReply accepted = http.post(QStringLiteral("/api/v1/cases"),
                                                   test::si008Intake(QStringLiteral("11010519491231002X"), QStringLiteral("张三"), 1), t1);
        QVERIFY2(accepted.status == 201, accepted.body.constData());

        // The bad review followed up by telephone and closed with its cause and action.
        FollowUpRequest call;
        call.contactedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        call.channel = ContactChannel::Phone;
        call.answer = CitizenAnswer::Satisfied;
        const QString rectification = QStringLiteral("/api/v1/rectifications/%1").arg(bad.rectificationId);
        const test::HttpReply followed = http.post(rectification + QStringLiteral("/follow-ups"), call.toJson(), supervisor);
        QVERIFY2(followed.status == 200 || followed.status == 201, followed.body.constData());
        const test::HttpReply closed = http.post(rectification + QStringLiteral("/close"), CloseRectificationRequest{kCause, kAction, {}}.toJson(), supervisor);
        QVERIFY2(closed.status == 200, closed.body.constData());

        // The supervisor's desk, on the 绩效 tab.
        m_controller = std::make_unique<ClientController>(test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("desk")), QStringLiteral("supervisor1")));
        m_controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->mainWindow() != nullptr, 20000);
        MainWindow *main = m_controller->mainWindow();
        main->resize(1400, 860);
        main->show();
        m_page = main->performancePage();
        QVERIFY(m_page);
        child<QTabWidget>(main, "mainTabs")->setCurrentWidget(m_page);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->figures().isLoading() && m_page->figures().byHall().total.issued == 6, 20000);
        for (const Hall &h : m_controller->session().halls()) {
            if (h.code == kCity)
                m_hallName = h.name.zh;
        }
        QVERIFY(!m_hallName.isEmpty());
    }

    void theButtonOpensTheMonth()
    {
        auto *button = child<QPushButton>(m_page, "performanceAssessment");
        QCOMPARE(button->text(), QStringLiteral("月度考核报告…"));
        shot(m_page, QStringLiteral("performance-tab"));
        QTest::mouseClick(button, Qt::LeftButton);
        m_dialog = m_page->assessmentDialog();
        QVERIFY(m_dialog);
        QTRY_VERIFY(m_dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isLoading() && m_dialog->data(), 20000);
        QCOMPARE(m_dialog->data()->month, QDate(m_page->today().year(), m_page->today().month(), 1));
        // The whole hall, then the tellers in the order of the ranking (most served first).
        auto *who = child<QComboBox>(m_dialog, "assessmentSubject");
        QCOMPARE(who->count(), 3);
        QCOMPARE(who->itemText(0), QStringLiteral("全厅"));
        QCOMPARE(who->itemText(1), QStringLiteral("李明"));
        QCOMPARE(who->itemText(2), QStringLiteral("王丽"));
        QVERIFY(child<QLabel>(m_dialog, "assessmentSummary")->text().contains(QStringLiteral("80.0%")));
        shot(m_dialog, QStringLiteral("assessment-dialog"));
    }

    void theHallsReport()
    {
        QVERIFY(m_dialog);
        const QString text = saved(QStringLiteral("全厅"), QStringLiteral("hall.pdf"));
        const QDate day = m_page->today();
        // The title, the period.
        QVERIFY2(has(text, QStringLiteral("%1年%2月月度考核报告—%3").arg(day.year()).arg(day.month()).arg(m_hallName)), qPrintable(text));
        const QDate first(day.year(), day.month(), 1);
        QVERIFY(has(text, QStringLiteral("考核期间：%1至%2").arg(first.toString(Qt::ISODate), first.addMonths(1).addDays(-1).toString(Qt::ISODate))));
        // The figures: six issued, five served, one no-show, 80.0% satisfied, one bad review closed.
        QVERIFY2(has(text, QStringLiteral("取号6办结5过号1")), qPrintable(text));
        QVERIFY(has(text, QStringLiteral("满意度80.0%")));
        QVERIFY(has(text, QStringLiteral("差评1整改已整改1条，整改中0条，超期0条")));
        // The ratings by level: 3 very satisfied (60.0%), 1 satisfied, 1 very dissatisfied.
        QVERIFY(has(text, QStringLiteral("非常满意360.0%满意120.0%基本满意00.0%不满意00.0%非常不满意120.0%")));
        // The ranking: 李明 (3 served) first, 王丽 (2) second, by window and by teller.
        const qsizetype windows = text.indexOf(plain(QStringLiteral("三、窗口排名")));
        QVERIFY(windows > 0);
        QVERIFY(has(text, QStringLiteral("按当月办结量排名")));
        QVERIFY(after(text, QStringLiteral("12号窗口3"), windows) > 0);
        QVERIFY(after(text, QStringLiteral("21号窗口2"), windows) > after(text, QStringLiteral("12号窗口3"), windows));
        const qsizetype tellers = text.indexOf(plain(QStringLiteral("四、柜员排名")));
        QVERIFY(after(text, QStringLiteral("1李明3"), tellers) > 0);
        QVERIFY(after(text, QStringLiteral("2王丽2"), tellers) > after(text, QStringLiteral("1李明3"), tellers));
        // The case accepted.
        QVERIFY(after(text, QStringLiteral("受理1"), text.indexOf(plain(QStringLiteral("五、办件情况")))) > 0);
        // The bad review and how it was rectified.
        const qsizetype reviews = text.indexOf(plain(QStringLiteral("六、差评及整改情况")));
        QVERIFY(reviews > 0);
        QVERIFY(after(text, QStringLiteral("1. 号票 %1，%2，2号窗口，李明，").arg(m_badNumber, day.toString(Qt::ISODate)), reviews) > 0);
        QVERIFY(after(text, QStringLiteral("非常不满意"), reviews) > 0);
        QVERIFY(after(text, QStringLiteral("整改状态按期整改"), reviews) > 0);
        QVERIFY(after(text, QStringLiteral("电话"), reviews) > 0);
        QVERIFY(after(text, QStringLiteral("原因") + kCause, reviews) > 0);
        QVERIFY(after(text, QStringLiteral("整改措施") + kAction, reviews) > 0);
        QVERIFY(after(text, QStringLiteral("群众答复满意"), reviews) > 0);
    }

    void aTellersReports()
    {
        QVERIFY(m_dialog);
        // 李明: first of two, his three served beside the hall's 2.5 per teller, his bad review.
        QString text = saved(QStringLiteral("李明"), QStringLiteral("li-ming.pdf"));
        const QDate day = m_page->today();
        QVERIFY2(has(text, QStringLiteral("%1年%2月月度考核报告—%3·李明").arg(day.year()).arg(day.month()).arg(m_hallName)), qPrintable(text));
        QVERIFY(has(text, QStringLiteral("在2名柜员中排第1名")));
        QVERIFY(has(text, QStringLiteral("办结32.5")));
        QVERIFY(has(text, QStringLiteral("满意度66.7%80.0%")));
        QVERIFY(has(text, kCause));
        QVERIFY(!has(text, QStringLiteral("王丽")));
        // 王丽: second, no bad review.
        text = saved(QStringLiteral("王丽"), QStringLiteral("wang-li.pdf"));
        QVERIFY(has(text, QStringLiteral("在2名柜员中排第2名")));
        QVERIFY(has(text, QStringLiteral("满意度100.0%80.0%")));
        QVERIFY(has(text, QStringLiteral("本月无差评")));
        QVERIFY(!has(text, kCause));
    }

    void printedToTheFolder()
    {
        QVERIFY(m_dialog);
        auto *who = child<QComboBox>(m_dialog, "assessmentSubject");
        who->setCurrentIndex(0);
        const QString folder = m_dir.filePath(QStringLiteral("printed"));
        m_dialog->setDocumentOutput(DocumentOutput::pdfDirectory(folder));
        QTest::mouseClick(child<QPushButton>(m_dialog, "assessmentPrint"), Qt::LeftButton);
        const QString path = QDir(folder).filePath(QStringLiteral("assessment-MY-CITY-%1.pdf").arg(m_page->today().toString(QStringLiteral("yyyy-MM"))));
        QVERIFY(QFileInfo(path).isFile());
        QVERIFY(test::pdfText(path).contains(QStringLiteral("满意度80.0%")));
        QVERIFY(child<QLabel>(m_dialog, "assessmentStatus")->text().contains(QStringLiteral("assessment-MY-CITY")));
    }

    void inEnglish()
    {
        QVERIFY(m_dialog);
        LanguageManager::apply(QStringLiteral("en"));
        QTRY_COMPARE(child<QPushButton>(m_page, "performanceAssessment")->text(), QStringLiteral("Monthly assessment report…"));
        QTRY_COMPARE(child<QComboBox>(m_dialog, "assessmentSubject")->itemText(0), QStringLiteral("The whole hall"));
        const QString text = saved(QStringLiteral("The whole hall"), QStringLiteral("hall-en.pdf"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY2(has(text, QStringLiteral("monthlyassessmentreport—")), qPrintable(text));
        QVERIFY(has(text, QLocale(QLocale::English).toString(m_page->today(), QStringLiteral("MMMMyyyy")) + QStringLiteral("monthly")));
        for (const char *heading : {"1.Queueandservice", "2.Ratingsbylevel", "3.Windowsranked", "4.Tellersranked", "5.Cases",
                                    "6.Badreviewsandtheirrectification", "Satisfaction80.0%", "Rankedbyticketsservedinthemonth"})
            QVERIFY2(has(text, QLatin1String(heading)), heading);
    }
};

QTEST_MAIN(TestAssessmentGui)
#include "tst_assessment_gui.moc"
