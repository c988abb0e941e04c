// Personal data on a need-to-know basis, through the desktop client against the real server: a
// teller of another hall opens a case of the city hall by its number and sees its applicant
// masked, with 显示完整信息…; the reason dialog refuses a purpose too short, cancelling sends
// nothing, a common reason picked shows the data whole; both reads are in the audit trail.
#include "core/domain/util/ResidentId.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/cases/CaseWorkPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
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

const QString kCitizen = residentId("51070319900412362");
const QString kName = QStringLiteral("赵丽华");

QStringList reads(const QString &db)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, QStringLiteral("SELECT a.username || '|' || r.access || '|' || r.purpose || '|' || t.action "
                                                           "FROM personal_data_reads r JOIN accounts a ON a.id = r.account_id "
                                                           "JOIN audit_trail t ON t.subject_table = 'personal_data_reads' "
                                                           "AND t.subject_id = r.id ORDER BY r.id")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {QStringLiteral("sqlite3 failed")};
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return out.isEmpty() ? QStringList() : out.split(QLatin1Char('\n'));
}

} // namespace

class TestPurposeGui : public QObject
{
    Q_OBJECT
    test::TestServer m_server;
    QTemporaryDir m_dir;
    QString m_number;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_purpose_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
        test::SyncHttp http(m_server.url());
        const QString teller = http.login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        const auto accepted = http.post(QStringLiteral("/api/v1/cases"), test::si008Intake(kCitizen, kName, 1), teller);
        QCOMPARE(accepted.status, 201);
        m_number = accepted.json().value(QLatin1String("number")).toString();
    }

    void maskedUntilAPurposeIsGiven()
    {
        auto client = std::make_unique<ClientController>(
            test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("fc_teller1")), QStringLiteral("fc_teller1")));
        client->start();
        QTRY_VERIFY_WITH_TIMEOUT(client->mainWindow() != nullptr, 20000);
        MainWindow *main = client->mainWindow();
        main->resize(1366, 800);
        main->show();
        CaseWorkPage *work = main->caseWorkPage();
        QVERIFY(work);
        main->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(work);

        // Opened by its number: another hall's case, masked.
        auto *search = work->findChild<QLineEdit *>(QStringLiteral("caseSearch"));
        QVERIFY(search);
        search->setText(m_number);
        Q_EMIT search->returnPressed();
        QTRY_COMPARE_WITH_TIMEOUT(work->current().number, m_number, 10000);
        QVERIFY(work->current().personalDataMasked);
        QCOMPARE(work->current().applicantName, QStringLiteral("赵**"));
        QPushButton *showFull = work->showFullButton();
        QVERIFY(showFull->isVisible());
        QCOMPARE(showFull->text(), QStringLiteral("显示完整信息…"));
        QVERIFY(work->findChild<QLabel *>(QStringLiteral("caseMaskedNote"))->isVisible());
        const auto labelsText = [work] {
            QString all;
            for (QLabel *l : work->findChildren<QLabel *>())
                all += l->text();
            return all;
        };
        QVERIFY(!labelsText().contains(kCitizen));
        QVERIFY(!labelsText().contains(kName));

        // Cancelled: nothing asked of the server, still masked.
        test::whenDialogOpens([](QDialog *d) {
            QCOMPARE(d->objectName(), QStringLiteral("purposeDialog"));
            d->reject();
        });
        showFull->click();
        QTest::qWait(300);
        QVERIFY(work->current().personalDataMasked);
        QCOMPARE(reads(m_server.databasePath()), QStringList{QStringLiteral("fc_teller1|masked||case.read.masked")});

        // A purpose too short cannot be sent; a common reason picked can.
        bool checked = false;
        test::whenDialogOpens([&checked](QDialog *d) {
            auto *text = d->findChild<QLineEdit *>(QStringLiteral("purposeText"));
            auto *choice = d->findChild<QComboBox *>(QStringLiteral("purposeChoice"));
            QPushButton *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(text && choice && ok);
            QVERIFY(!ok->isEnabled()); // nothing given yet
            text->setText(QStringLiteral("看看"));
            QVERIFY(!ok->isEnabled());
            QTest::keyClicks(text, QStringLiteral("  "));
            QVERIFY(!ok->isEnabled()); // spaces do not count
            choice->setCurrentIndex(1);
            Q_EMIT choice->activated(1);
            QCOMPARE(text->text(), QStringLiteral("申请人来电查询办理进度"));
            QVERIFY(ok->isEnabled());
            checked = true;
            ok->click();
        });
        showFull->click();
        QVERIFY(checked);
        QTRY_VERIFY_WITH_TIMEOUT(!work->current().personalDataMasked, 10000);
        QCOMPARE(work->current().applicantId, kCitizen);
        QVERIFY(labelsText().contains(kCitizen));
        QVERIFY(labelsText().contains(kName));
        QVERIFY(!showFull->isVisible());
        QCOMPARE(reads(m_server.databasePath()),
                 (QStringList{QStringLiteral("fc_teller1|masked||case.read.masked"),
                              QStringLiteral("fc_teller1|full_for_purpose|申请人来电查询办理进度|case.read.full_for_purpose")}));
    }
};

QTEST_MAIN(TestPurposeGui)
#include "tst_purpose_gui.moc"
