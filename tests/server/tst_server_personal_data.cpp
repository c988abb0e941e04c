// Personal data on a need-to-know basis (issue 15, acceptance 3) against the real server: a case
// accepted at the city hall is read whole by its receiver, its assigned reviewer and the city's
// supervisor; masked by a teller of another hall and by that hall's supervisor, whole for them
// only with a purpose; a purpose too short is refused (400, translated) and nothing is shown.
// Every read — masked, whole by right, whole for a purpose — is a personal_data_reads row with
// its audit_trail row (who, device, window, access, purpose), and the chain still verifies — and
// names the row when a purpose is rewritten in the file.
#include "tests/support/CaseFixtures.h"
#include "tests/support/QueueDriver.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include "core/domain/util/ResidentId.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {

QString residentId(const char *first17)
{
    const QString base = QString::fromLatin1(first17);
    return base + ResidentId::checksumCharacter(base);
}

const QString kCitizen = residentId("51070319800101123");
const QString kName = QStringLiteral("王小明");

QString sqlite(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, sql});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("sqlite3 failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QJsonObject applicantOf(const HttpReply &r)
{
    return r.json().value(QLatin1String("applicant")).toObject();
}

} // namespace

class TestServerPersonalData : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    QHash<QString, QString> m_token;
    QString m_number;
    QString m_assignee;

    HttpReply read(const QString &who, const QString &purpose = {}, bool withPurpose = false, const QByteArray &language = "zh-CN")
    {
        QString path = QStringLiteral("/api/v1/cases/") + m_number;
        if (withPurpose)
            path += QStringLiteral("?purpose=") + QString::fromLatin1(QUrl::toPercentEncoding(purpose));
        return m_http->send("GET", path, {}, {{"Authorization", "Bearer " + m_token.value(who).toLatin1()}, {"Accept-Language", language}});
    }
    // The reads of the case recorded so far, oldest first: "who|access|purpose|window|audit action|audit reason|device".
    QStringList reads()
    {
        const QString rows = sqlite(m_server->databasePath(),
                                    QStringLiteral("SELECT a.username, r.access, r.purpose, r.window_number, t.action, t.reason, "
                                                   "substr(t.device, 1, 3) FROM personal_data_reads r "
                                                   "JOIN accounts a ON a.id = r.account_id "
                                                   "JOIN audit_trail t ON t.subject_table = 'personal_data_reads' AND t.subject_id = r.id "
                                                   "WHERE r.subject = 'case' AND r.subject_key = '%1' ORDER BY r.id")
                                        .arg(m_number));
        return rows.isEmpty() ? QStringList() : rows.split(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        for (const char *user : {"teller1", "teller2", "reviewer1", "reviewer2", "reviewer3", "supervisor1", "fc_teller1", "fc_supervisor"}) {
            const QString token = m_http->login(QString::fromLatin1(user), QStringLiteral("demo1234"));
            QVERIFY2(!token.isEmpty(), user);
            m_token.insert(QString::fromLatin1(user), token);
        }
        QJsonObject intake = test::si008Intake(kCitizen, kName, 1);
        QJsonObject applicant = intake.value(QLatin1String("applicant")).toObject();
        applicant.insert(QLatin1String("phone"), QStringLiteral("13812345678"));
        intake.insert(QLatin1String("applicant"), applicant);
        const HttpReply accepted = m_http->post(QStringLiteral("/api/v1/cases"), intake, m_token.value(QStringLiteral("teller1")));
        QCOMPARE(accepted.status, 201);
        m_number = accepted.json().value(QLatin1String("number")).toString();
        const qint64 assignee = accepted.json().value(QLatin1String("assignee")).toInteger();
        QVERIFY(assignee > 0); // assigned at once to a reviewer of the city office
        m_assignee = sqlite(m_server->databasePath(), QStringLiteral("SELECT username FROM accounts WHERE id = %1").arg(assignee));
        QVERIFY2(m_token.contains(m_assignee), qPrintable(m_assignee));
        // fc_teller1 works at window 3 of MY-FC: their reads say so.
        test::QueueDriver q(*m_http);
        QVERIFY(q.open(QStringLiteral("MY-FC"), 3, m_token.value(QStringLiteral("fc_teller1"))));
        QVERIFY(reads().isEmpty()); // accepting is not a read
    }

    // Acceptance 3: another hall's case, masked without a purpose, whole with one; both audited.
    void anotherHallsCaseMaskedThenWholeWithAPurpose()
    {
        const HttpReply masked = read(QStringLiteral("fc_teller1"));
        QCOMPARE(masked.status, 200);
        QCOMPARE(masked.json().value(QLatin1String("personal_data")).toString(), QStringLiteral("masked"));
        QCOMPARE(applicantOf(masked).value(QLatin1String("id_number")).toString(), QStringLiteral("5107**********") + kCitizen.right(4));
        QCOMPARE(applicantOf(masked).value(QLatin1String("name")).toString(), QStringLiteral("王**"));
        QCOMPARE(applicantOf(masked).value(QLatin1String("phone")).toString(), QStringLiteral("138****5678"));
        QVERIFY(masked.json().value(QLatin1String("form")).toObject().isEmpty());
        QVERIFY(!masked.json().contains(QLatin1String("notifications")));
        QVERIFY(!masked.body.contains(kCitizen.toUtf8()));
        QVERIFY(!masked.body.contains(kName.toUtf8()));

        const HttpReply whole = read(QStringLiteral("fc_teller1"), QStringLiteral("申请人来电 核实办理进度"), true);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.json().value(QLatin1String("personal_data")).toString(), QStringLiteral("full"));
        QCOMPARE(applicantOf(whole).value(QLatin1String("id_number")).toString(), kCitizen);
        QCOMPARE(applicantOf(whole).value(QLatin1String("name")).toString(), kName);
        QCOMPARE(whole.json().value(QLatin1String("form")).toObject().value(QLatin1String("transfer_from")).toString(), QStringLiteral("成都市"));

        QCOMPARE(reads(), (QStringList{QStringLiteral("fc_teller1|masked||3|case.read.masked||ip:"),
                                       QStringLiteral("fc_teller1|full_for_purpose|申请人来电 核实办理进度|3|case.read.full_for_purpose|"
                                                      "申请人来电 核实办理进度|ip:")}));
    }

    // A supervisor of another county oversees neither the accepting hall nor the office.
    void anotherCountysSupervisorSeesItMasked()
    {
        const HttpReply masked = read(QStringLiteral("fc_supervisor"));
        QCOMPARE(masked.status, 200);
        QCOMPARE(masked.json().value(QLatin1String("personal_data")).toString(), QStringLiteral("masked"));
        QVERIFY(!masked.body.contains(kCitizen.toUtf8()));
        // A colleague of the receiver at the same hall does not work on it either.
        const HttpReply colleague = read(QStringLiteral("teller2"));
        QCOMPARE(colleague.json().value(QLatin1String("personal_data")).toString(), QStringLiteral("masked"));
        const QStringList r = reads();
        QCOMPARE(r.mid(r.size() - 2), (QStringList{QStringLiteral("fc_supervisor|masked||0|case.read.masked||ip:"),
                                                   QStringLiteral("teller2|masked||0|case.read.masked||ip:")}));
    }

    // The receiver, the assigned reviewer and the city's supervisor: whole by right, audited too.
    void theStaffWorkingOnItSeeItWhole()
    {
        const int before = static_cast<int>(reads().size());
        QStringList expected;
        for (const QString &who : {QStringLiteral("teller1"), m_assignee, QStringLiteral("supervisor1")}) {
            const HttpReply r = read(who);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(QLatin1String("personal_data")).toString(), QStringLiteral("full"));
            QCOMPARE(applicantOf(r).value(QLatin1String("id_number")).toString(), kCitizen);
            QCOMPARE(applicantOf(r).value(QLatin1String("phone")).toString(), QStringLiteral("13812345678"));
            expected << who + QStringLiteral("|full_by_right||0|case.read.full_by_right||ip:");
        }
        // Another reviewer of the office, not assigned: masked.
        const QString other = m_assignee == QLatin1String("reviewer3") ? QStringLiteral("reviewer2") : QStringLiteral("reviewer3");
        QCOMPARE(read(other).json().value(QLatin1String("personal_data")).toString(), QStringLiteral("masked"));
        expected << other + QStringLiteral("|masked||0|case.read.masked||ip:");
        QCOMPARE(reads().mid(before), expected);
    }

    // A purpose too short: 400 with a translated message, nothing of the case, nothing recorded.
    void aBadPurposeIsRefused()
    {
        const int before = static_cast<int>(reads().size());
        for (const QString &purpose : {QString(), QStringLiteral("  "), QStringLiteral("看看")}) {
            const HttpReply zh = read(QStringLiteral("fc_teller1"), purpose, true);
            QCOMPARE(zh.status, 400);
            QCOMPARE(zh.errorCode(), QStringLiteral("bad_request"));
            QVERIFY(!zh.body.contains(kCitizen.toUtf8()));
            QVERIFY(!zh.body.contains(kName.toUtf8()));
            QVERIFY(!zh.body.contains(m_number.toUtf8()));
            QCOMPARE(zh.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                     QStringLiteral("请说明需要查看此人完整信息的原因（4 至 200 个字）。"));
        }
        const HttpReply en = read(QStringLiteral("teller1"), QStringLiteral("x"), true, "en");
        QCOMPARE(en.status, 400); // the receiver too: a bad purpose never passes
        QCOMPARE(en.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("Say why you need this person's data in full (4 to 200 characters)."));
        QCOMPARE(reads().size(), before);
    }

    // An unknown case: 404 and no read recorded.
    void anUnknownCaseIsNotARead()
    {
        const int before = static_cast<int>(reads().size());
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/cases/NO-SUCH-CASE"), m_token.value(QStringLiteral("fc_teller1")));
        QCOMPARE(r.status, 404);
        QCOMPARE(reads().size(), before);
    }

    // The reads are in the chain: stopped, the file verifies.
    void theChainStillVerifies()
    {
        m_server->stop();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(OW_SERVER_BINARY), {QStringLiteral("--db"), m_server->databasePath(), QStringLiteral("--verify-audit")});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAll());
        QVERIFY2(p.exitCode() == 0 && out.contains(QLatin1String("audit trail verified")), qPrintable(out));

        // Someone with the file rewrites a purpose (triggers dropped first): the verifier names the row.
        QCOMPARE(sqlite(m_server->databasePath(),
                        QStringLiteral("DROP TRIGGER personal_data_reads_no_update; "
                                       "UPDATE personal_data_reads SET purpose = '例行检查' WHERE access = 'full_for_purpose'")),
                 QString());
        QProcess again;
        again.setProcessChannelMode(QProcess::MergedChannels);
        again.start(QStringLiteral(OW_SERVER_BINARY), {QStringLiteral("--db"), m_server->databasePath(), QStringLiteral("--verify-audit")});
        QVERIFY(again.waitForFinished(120000));
        const QString tampered = QString::fromUtf8(again.readAll());
        QCOMPARE(again.exitCode(), 1);
        QVERIFY2(tampered.contains(QLatin1String("personal_data_reads")) && tampered.contains(QLatin1String("purpose")), qPrintable(tampered));
    }
};

QTEST_GUILESS_MAIN(TestServerPersonalData)
#include "tst_server_personal_data.moc"
