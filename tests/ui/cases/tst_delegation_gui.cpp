// Delegation (事项下放) at the window, against the real server: a township window is told at once
// that a matter not delegated to townships cannot be accepted there and where to go; pressing
// Accept is refused on the spot and nothing goes into the outbox — offline too, from the cached
// catalogue. When the city's administrator delegates the matter down, the window learns it from
// its next catalogue refresh and accepts it.
#include "core/client/ClientSession.h"
#include "core/client/SyncAgent.h"
#include "core/domain/catalogue/Delegation.h"
#include "core/domain/util/ResidentId.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/CatalogueBrowser.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/cases/DocumentOutput.h"
#include "ui/desk/cases/IntakePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
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
const QString kMatter = QStringLiteral("WI-001"); // 工伤认定申请: the county's, not delegable
const QString kRefusal = QStringLiteral("「工伤认定申请」未下放至乡镇（街道）级大厅受理，请到县（市、区）级或以上的大厅办理。");

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
    edit->setText(text);
    Q_EMIT edit->editingFinished();
}

// The applicant and every field of WI-001's form, every material received: all the window can check.
void fillIn(IntakePage *intake)
{
    type(intake, QStringLiteral("applicantIdNumber"), kCitizen);
    type(intake, QStringLiteral("applicantName"), QStringLiteral("李秀英"));
    type(intake, QStringLiteral("applicantPhone"), QStringLiteral("13912345678"));
    for (QLineEdit *edit : intake->findChildren<QLineEdit *>()) {
        if (edit->objectName().startsWith(QLatin1String("field:")) && edit->text().isEmpty()) {
            edit->setText(QStringLiteral("测试"));
            Q_EMIT edit->editingFinished();
        }
    }
    for (QDateEdit *date : intake->findChildren<QDateEdit *>()) {
        if (date->objectName().startsWith(QLatin1String("field:")))
            date->setDate(QDate(2026, 6, 1));
    }
    for (QAbstractButton *b : intake->findChildren<QAbstractButton *>()) {
        if (b->objectName().startsWith(QLatin1String("material:")) && b->objectName().endsWith(QLatin1String(":received")))
            b->click();
    }
}

void setDelegation(test::SyncHttp &http, const QString &token, const QJsonValue &level)
{
    const test::HttpReply r = http.send("PUT", QStringLiteral("/api/v1/admin/delegation/") + kMatter,
                                        QJsonDocument(QJsonObject{{QLatin1String("lowest_level"), level}}).toJson(),
                                        {{"Authorization", "Bearer " + token.toLatin1()}});
    QCOMPARE(r.status, 200);
}

// The problems the screen shows, for a failure's message.
QString shownProblems(QWidget *intake)
{
    QStringList out;
    for (QLabel *l : intake->findChildren<QLabel *>()) {
        if (l->objectName().startsWith(QLatin1String("problem:")) && l->isVisible())
            out << l->objectName() + QStringLiteral(": ") + l->text();
    }
    return out.join(QLatin1Char('\n'));
}

std::optional<OrgLevel> cachedLowestLevel(ClientSession &session)
{
    const Catalogue *catalogue = session.catalogue();
    const ServiceItem *s = catalogue ? catalogue->service(kMatter) : nullptr;
    return s ? std::optional(Delegation::lowestLevel(*s)) : std::nullopt;
}
} // namespace

class TestDelegationGui : public QObject
{
    Q_OBJECT
    test::TestServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_delegation_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
    }

    void aTownshipWindowRefusesWhatIsNotDelegatedToIt()
    {
        test::SyncHttp http(m_server.url());
        const QString admin = http.login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        auto teller = std::make_unique<ClientController>(test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("cj")), QStringLiteral("cj_teller1")));
        teller->start();
        QTRY_VERIFY_WITH_TIMEOUT(teller->mainWindow() != nullptr, 20000);
        ClientSession &session = teller->session();
        QTRY_VERIFY_WITH_TIMEOUT(session.catalogue() != nullptr, 10000);
        QCOMPARE(session.account().hallCode, QStringLiteral("MY-FC-CJ"));
        MainWindow *main = teller->mainWindow();
        main->resize(1366, 800);
        main->show();
        IntakePage *intake = main->intakePage();
        QVERIFY(intake);
        intake->setDocumentOutput(DocumentOutput::pdfDirectory(m_dir.filePath(QStringLiteral("docs"))));
        child<QTabWidget>(main, QStringLiteral("mainTabs"))->setCurrentWidget(intake);
        auto *serviceProblem = child<QLabel>(intake, QStringLiteral("problem:service"));
        auto *message = child<QLabel>(intake, QStringLiteral("intakeMessage"));
        auto *accept = child<QPushButton>(intake, QStringLiteral("acceptButton"));

        // Told as soon as the matter is chosen, before anything is typed.
        intake->startMatter(kMatter);
        QTRY_VERIFY(serviceProblem->isVisible());
        QCOMPARE(serviceProblem->text(), kRefusal);
        // Everything else right, Accept is refused at the window: nothing sent.
        fillIn(intake);
        QTest::mouseClick(accept, Qt::LeftButton);
        QVERIFY(serviceProblem->isVisible());
        QVERIFY2(message->text().startsWith(kRefusal), qPrintable(message->text()));
        QCOMPARE(session.sync()->pendingCount(), 0);
        QVERIFY(intake->lastCaseNumber().isEmpty());
        // A matter delegated to every hall is not held back.
        intake->clear();
        intake->startMatter(QStringLiteral("SI-008"));
        QVERIFY(serviceProblem->isHidden());

        // The city's administrator delegates it to the townships: the window's next catalogue
        // refresh brings the new level (another ETag), and it accepts the matter.
        setDelegation(http, admin, QStringLiteral("township"));
        session.setRefreshIntervalMs(300);
        QTRY_VERIFY_WITH_TIMEOUT(cachedLowestLevel(session) == OrgLevel::Township, 10000);
        // The catalogue tab says so too.
        const QString details = serviceDetailsHtml(*session.catalogue()->service(kMatter), *session.catalogue(), QStringLiteral("zh_CN"));
        QVERIFY2(details.contains(QStringLiteral("乡镇（街道）级及以上大厅")), qPrintable(details));
        intake->clear();
        intake->startMatter(kMatter);
        QVERIFY(serviceProblem->isHidden());
        fillIn(intake);
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!intake->lastCaseNumber().isEmpty(), qPrintable(message->text() + QLatin1Char('\n') + shownProblems(intake)), 15000);
        QVERIFY(intake->lastCaseNumber().startsWith(QLatin1String("MY-FC-CJ-")));

        // Back to the default; then the server goes away: the cached catalogue still says no.
        setDelegation(http, admin, QJsonValue::Null);
        QTRY_VERIFY_WITH_TIMEOUT(cachedLowestLevel(session) == OrgLevel::County, 10000);
        session.setProbeIntervalMs(200);
        m_server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Offline, 10000);
        intake->clear();
        intake->startMatter(kMatter);
        QVERIFY(serviceProblem->isVisible());
        fillIn(intake);
        QTest::mouseClick(accept, Qt::LeftButton);
        QVERIFY2(message->text().startsWith(kRefusal), qPrintable(message->text()));
        QCOMPARE(session.sync()->pendingCount(), 0);
        QVERIFY(intake->lastCaseNumber().isEmpty());

        // In English, the window's own words.
        LanguageManager::apply(QStringLiteral("en"));
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_VERIFY2(message->text().startsWith(QStringLiteral("“Application for work-injury determination” is not delegated to "
                                                               "township / street halls; please apply at a county / district hall or above.")),
                     qPrintable(message->text()));
        LanguageManager::apply(QStringLiteral("zh_CN"));
    }
};

QTEST_MAIN(TestDelegationGui)
#include "tst_delegation_gui.moc"
