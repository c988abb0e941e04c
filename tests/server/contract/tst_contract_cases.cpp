// The cases area of the API against its description and its C++ contract types: every operation
// answered with 2xx at least once (and its main refusals), each answer valid against
// docs/api/openapi.yaml and read into its type and written back unchanged.
#include "core/domain/api/CaseBodies.h"
#include "core/domain/cases/CaseTypes.h"
#include "core/domain/util/ResidentId.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace ow;
using ow::test::HttpReply;

namespace {

QString residentId(const char *first17)
{
    const QString base = QString::fromLatin1(first17);
    return base + ResidentId::checksumCharacter(base);
}

const QString kCitizen = residentId("51070319760517342");

} // namespace

class TestContractCases : public QObject
{
    Q_OBJECT
    test::TestServer m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void casesFitTheirContract()
    {
        test::SyncHttp http(m_server.url());
        test::ContractCheck check(http, QStringLiteral("cases"));
        check.expect<CaseView>("POST", QStringLiteral("/api/v1/cases"));
        check.expect<CaseList>("GET", QStringLiteral("/api/v1/cases"));
        check.expect<CaseView>("POST", QStringLiteral("/api/v1/online/cases"));
        check.expect<CaseView>("GET", QStringLiteral("/api/v1/cases/{number}"));
        check.expect<CaseChanges>("GET", QStringLiteral("/api/v1/case-changes"));
        check.expect<CaseReviewers>("GET", QStringLiteral("/api/v1/cases/{number}/reviewers"));
        check.expect<CaseView>("POST", QStringLiteral("/api/v1/cases/{number}/actions"));
        check.expect<ApplicantHistory>("GET", QStringLiteral("/api/v1/citizens/{id_number}"));
        check.expect<CitizenLookups>("GET", QStringLiteral("/api/v1/citizens/{id_number}/lookups"));
        check.expect<PublicCaseStatus>("GET", QStringLiteral("/api/v1/public/cases/{number}"));
        check.expect<PublicTicketStatus>("GET", QStringLiteral("/api/v1/public/tickets/{hall}/{day}/{number}"));

        QHash<QString, QString> token;
        for (const QString &u : {QStringLiteral("teller1"), QStringLiteral("supervisor1"), QStringLiteral("reviewer1"),
                                 QStringLiteral("reviewer2"), QStringLiteral("reviewer3")}) {
            token.insert(u, http.login(u, QStringLiteral("demo1234")));
            QVERIFY2(!token.value(u).isEmpty(), qPrintable(u));
        }
        const QString teller = token.value(QStringLiteral("teller1"));
        const QString supervisor = token.value(QStringLiteral("supervisor1"));

        // Intake: refused while a required material is missing or fields are wrong; then accepted.
        QJsonObject missing = test::si008Intake(kCitizen, QStringLiteral("赵敏"), 2);
        missing.insert(QLatin1String("materials"), QJsonObject{{QLatin1String("id_card"), QStringLiteral("received")}});
        QCOMPARE(http.post(QStringLiteral("/api/v1/cases"), missing, teller).status, 422);
        QJsonObject bad = test::si008Intake(QStringLiteral("123"), QString(), 2);
        bad.insert(QLatin1String("decision"), QStringLiteral("maybe"));
        QCOMPARE(http.post(QStringLiteral("/api/v1/cases"), bad, teller).status, 422);
        QJsonObject withPhone = test::si008Intake(kCitizen, QStringLiteral("赵敏"), 2);
        QJsonObject applicant = withPhone.value(QLatin1String("applicant")).toObject();
        applicant.insert(QLatin1String("phone"), QStringLiteral("13912345678"));
        withPhone.insert(QLatin1String("applicant"), applicant);
        const HttpReply accepted = http.post(QStringLiteral("/api/v1/cases"), withPhone, teller);
        QCOMPARE(accepted.status, 201);
        const QString number = accepted.json().value(QLatin1String("number")).toString();
        const qint64 assignee = accepted.json().value(QLatin1String("assignee")).toInteger();
        QString holder;
        for (const QString &r : {QStringLiteral("reviewer1"), QStringLiteral("reviewer2"), QStringLiteral("reviewer3")}) {
            if (http.get(QStringLiteral("/api/v1/me"), token.value(r)).json().value(QLatin1String("id")).toInteger() == assignee)
                holder = r;
        }
        QVERIFY(!holder.isEmpty());
        const QString reviewer = token.value(holder);
        const QString actions = QStringLiteral("/api/v1/cases/%1/actions").arg(number);

        // The steps: the receiver may not decide it; a supplement needs its note; then back and forth.
        QCOMPARE(http.post(actions, {{QLatin1String("action"), QStringLiteral("approve")}}, teller).status, 403);
        QCOMPARE(http.post(actions, {{QLatin1String("action"), QStringLiteral("return_for_supplement")}}, reviewer).status, 422);
        QCOMPARE(http.post(actions, {{QLatin1String("action"), QStringLiteral("accept")}}, reviewer).status, 422);
        QCOMPARE(http.post(actions, {{QLatin1String("action"), QStringLiteral("return_for_supplement")},
                                     {QLatin1String("note"), QStringLiteral("转移凭证复印件不清晰")}}, reviewer).status, 200);
        const QString last4 = kCitizen.right(4);
        QCOMPARE(http.get(QStringLiteral("/api/v1/public/cases/%1?id_last4=%2").arg(number, last4)).status, 200);
        QCOMPARE(http.get(QStringLiteral("/api/v1/public/cases/%1?id_last4=0000").arg(number)).status, 404);
        QCOMPARE(http.get(QStringLiteral("/c/%1?id_last4=%2").arg(number, last4)).status, 200);
        QCOMPARE(http.get(QStringLiteral("/c/%1").arg(number)).status, 200);
        QCOMPARE(http.post(actions, {{QLatin1String("action"), QStringLiteral("receive_supplement")}}, teller).status, 200);
        QCOMPARE(http.post(actions, {{QLatin1String("action"), QStringLiteral("approve")}}, reviewer).status, 200);
        QCOMPARE(http.post(actions, {{QLatin1String("action"), QStringLiteral("hand_out")}, {QLatin1String("delivery"), QStringLiteral("mailed")}}, teller).status, 422);
        QCOMPARE(http.post(actions, {{QLatin1String("action"), QStringLiteral("hand_out")},
                                     {QLatin1String("delivery"), QStringLiteral("mailed")},
                                     {QLatin1String("note"), QStringLiteral("绵阳市涪城区临园路东段 1 号，EMS 1234567890123")}}, teller).status, 200);
        const HttpReply full = http.get(QStringLiteral("/api/v1/cases/") + number, teller);
        QCOMPARE(full.status, 200);
        QVERIFY(full.json().value(QLatin1String("notifications")).toArray().size() >= 2);
        QCOMPARE(http.get(QStringLiteral("/api/v1/cases/MY-CITY-20000101-9999"), teller).status, 404);

        // An online pre-submission, on the tellers' worklist; a second case for the supervisor's list.
        QJsonObject online = test::si008Intake(kCitizen, QStringLiteral("赵敏"), 0, QStringLiteral("西安市"));
        online.insert(QLatin1String("hall"), QStringLiteral("MY-CITY"));
        QCOMPARE(http.post(QStringLiteral("/api/v1/online/cases"), online, supervisor).status, 201);
        online.insert(QLatin1String("hall"), QStringLiteral("NOPE"));
        QCOMPARE(http.post(QStringLiteral("/api/v1/online/cases"), online, supervisor).status, 404);
        const HttpReply second = http.post(QStringLiteral("/api/v1/cases"), test::si008Intake(kCitizen, QStringLiteral("赵敏"), 2), teller);
        QCOMPARE(second.status, 201);
        const QString secondNumber = second.json().value(QLatin1String("number")).toString();
        const QString secondHolder = [&] {
            const qint64 id = second.json().value(QLatin1String("assignee")).toInteger();
            for (auto it = token.begin(); it != token.end(); ++it) {
                if (it.key().startsWith(QLatin1String("reviewer")) && http.get(QStringLiteral("/api/v1/me"), it.value()).json().value(QLatin1String("id")).toInteger() == id)
                    return it.value();
            }
            return QString();
        }();
        QVERIFY(!secondHolder.isEmpty());
        QCOMPARE(http.post(QStringLiteral("/api/v1/cases/%1/actions").arg(secondNumber),
                           {{QLatin1String("action"), QStringLiteral("escalate")}, {QLatin1String("note"), QStringLiteral("请主管定夺")}},
                           secondHolder).status,
                 200);
        for (const QString &who : {teller, supervisor, reviewer})
            QCOMPARE(http.get(QStringLiteral("/api/v1/cases"), who).status, 200);

        // Reassignment's choice; the pull; a person's history and its audit.
        QCOMPARE(http.get(QStringLiteral("/api/v1/cases/%1/reviewers").arg(secondNumber), supervisor).status, 200);
        QCOMPARE(http.get(QStringLiteral("/api/v1/cases/%1/reviewers").arg(secondNumber), teller).status, 403);
        QCOMPARE(http.post(QStringLiteral("/api/v1/cases/%1/actions").arg(secondNumber), {{QLatin1String("action"), QStringLiteral("assign")}}, supervisor).status, 200);
        QCOMPARE(http.get(QStringLiteral("/api/v1/case-changes?since=0&limit=3"), teller).status, 200);
        QCOMPARE(http.get(QStringLiteral("/api/v1/case-changes?since=-1"), teller).status, 422);
        QCOMPARE(http.get(QStringLiteral("/api/v1/citizens/") + kCitizen, teller).status, 200);
        QCOMPARE(http.get(QStringLiteral("/api/v1/citizens/510703197605173420"), teller).status, 400);
        QCOMPARE(http.get(QStringLiteral("/api/v1/citizens/%1/lookups").arg(kCitizen), supervisor).status, 200);

        // A ticket's public status, as its QR code shows it.
        const QString kiosk = http.login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        const HttpReply issued = http.post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                           {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}}, kiosk);
        QCOMPARE(issued.status, 201);
        const QString ticket = QStringLiteral("/MY-CITY/%1/%2").arg(issued.json().value(QLatin1String("service_day")).toString(),
                                                                    issued.json().value(QLatin1String("number")).toString());
        QCOMPARE(http.get(QStringLiteral("/api/v1/public/tickets") + ticket).status, 200);
        QCOMPARE(http.get(QStringLiteral("/t") + ticket).status, 200);
        QCOMPARE(http.get(QStringLiteral("/api/v1/public/tickets/MY-CITY/2000-01-01/Z999")).status, 404);

        const QStringList p = check.problems();
        QVERIFY2(p.isEmpty(), qPrintable(p.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestContractCases)
#include "tst_contract_cases.moc"
