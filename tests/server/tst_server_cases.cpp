// Cases against the real server: intake with missing materials (the one-time notice list),
// acceptance with automatic assignment, separation of receipt and review, assignee-only
// actions, two-person review, supplements, escalation, hand-out, the timeline, the public
// status without personal data, and city-wide routing to the competent office.
#include "core/util/ResidentId.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace ow;
using namespace ow::test;

namespace {

QString residentId(const char *first17)
{
    const QString base = QString::fromLatin1(first17);
    return base + ResidentId::checksumCharacter(base);
}

const QString kCitizen = residentId("51070319800101123");

QJsonObject si008(const QString &transferCert = QStringLiteral("received"))
{
    return {{QLatin1String("service"), QStringLiteral("SI-008")},
            {QLatin1String("window"), 2},
            {QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), kCitizen},
                                                     {QLatin1String("name"), QStringLiteral("张三")},
                                                     {QLatin1String("phone"), QStringLiteral("13812345678")}}},
            {QLatin1String("form"), QJsonObject{{QLatin1String("name"), QStringLiteral("张三")},
                                                {QLatin1String("id_number"), kCitizen},
                                                {QLatin1String("phone"), QStringLiteral("13812345678")},
                                                {QLatin1String("transfer_from"), QStringLiteral("成都")},
                                                {QLatin1String("transfer_out_agency"), QStringLiteral("成都市社保局")}}},
            {QLatin1String("materials"), QJsonObject{{QLatin1String("id_card"), QStringLiteral("received")},
                                                     {QLatin1String("transfer_cert"), transferCert}}}};
}

QJsonObject pe001()
{
    return {{QLatin1String("service"), QStringLiteral("PE-001")},
            {QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), kCitizen}, {QLatin1String("name"), QStringLiteral("张三")}}},
            {QLatin1String("form"), QJsonObject{{QLatin1String("name"), QStringLiteral("张三")},
                                                {QLatin1String("id_number"), kCitizen},
                                                {QLatin1String("phone"), QStringLiteral("13812345678")},
                                                {QLatin1String("unit_name"), QStringLiteral("绵阳某公司")},
                                                {QLatin1String("retire_date"), QStringLiteral("2026-12-01")},
                                                {QLatin1String("bank_account"), QStringLiteral("6222000011112222")}}},
            {QLatin1String("materials"), QJsonObject{{QLatin1String("id_card"), QStringLiteral("received")},
                                                     {QLatin1String("personnel_file"), QStringLiteral("received")},
                                                     {QLatin1String("photo"), QStringLiteral("received")},
                                                     {QLatin1String("bank_card"), QStringLiteral("exempt")}}}};
}

QStringList actions(const QJsonObject &c)
{
    QStringList out;
    for (const QJsonValue &e : c.value(QLatin1String("timeline")).toArray())
        out << e.toObject().value(QLatin1String("action")).toString();
    return out;
}

} // namespace

class TestServerCases : public QObject
{
    Q_OBJECT
    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QHash<QString, QString> m_token;
    QHash<QString, qint64> m_id;

    HttpReply act(const QString &number, const QString &who, const QString &action, const QString &note = {}, qint64 assignee = 0)
    {
        QJsonObject body{{QLatin1String("action"), action}, {QLatin1String("note"), note}};
        if (assignee)
            body.insert(QLatin1String("assignee"), assignee);
        return m_http->post(QStringLiteral("/api/v1/cases/%1/actions").arg(number), body, m_token.value(who));
    }
    QString usernameOf(qint64 id) const { return m_id.key(id); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        for (const char *user : {"teller1", "teller2", "reviewer1", "reviewer2", "reviewer3", "supervisor1", "cj_teller1", "fc_reviewer1"}) {
            const QString name = QString::fromLatin1(user);
            m_token.insert(name, m_http->login(name, QStringLiteral("demo1234")));
            QVERIFY2(!m_token.value(name).isEmpty(), user);
            m_id.insert(name, m_http->get(QStringLiteral("/api/v1/me"), m_token.value(name)).json().value(QLatin1String("id")).toInteger());
        }
    }

    void missingMaterialsListedAndNothingStored()
    {
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/cases"), si008(QStringLiteral("missing")), m_token.value(QStringLiteral("teller1")));
        QCOMPARE(r.status, 422);
        const QJsonArray missing = r.json().value(QLatin1String("error")).toObject().value(QLatin1String("missing")).toArray();
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().toObject().value(QLatin1String("code")).toString(), QStringLiteral("transfer_cert"));
        QVERIFY(!missing.first().toObject().value(QLatin1String("name")).toString().isEmpty());
        // Bad fields are named one by one; a refusal needs a reason.
        QJsonObject bad = si008();
        bad.insert(QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), QStringLiteral("510703198001011230")}, {QLatin1String("name"), QString()}});
        const QJsonObject fields = m_http->post(QStringLiteral("/api/v1/cases"), bad, m_token.value(QStringLiteral("teller1")))
                                       .json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject();
        QVERIFY(fields.contains(QLatin1String("applicant.id_number")) && fields.contains(QLatin1String("applicant.name")));
        QJsonObject refuse = si008();
        refuse.insert(QLatin1String("decision"), QStringLiteral("refuse"));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/cases"), refuse, m_token.value(QStringLiteral("teller1"))).status, 422);
        // Reviewers and supervisors do not take in cases.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/cases"), si008(), m_token.value(QStringLiteral("reviewer1"))).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/cases"), m_token.value(QStringLiteral("supervisor1"))).json().value(QLatin1String("cases")).toArray().size(), 0);
    }

    void acceptedAssignedReviewedHandedOut()
    {
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/cases"), si008(), m_token.value(QStringLiteral("teller1")));
        QCOMPARE(r.status, 201);
        const QJsonObject c = r.json();
        const QString number = c.value(QLatin1String("number")).toString();
        QVERIFY(number.startsWith(QLatin1String("MY-CITY-")));
        QCOMPARE(c.value(QLatin1String("state")).toString(), QStringLiteral("in_review"));
        QCOMPARE(c.value(QLatin1String("office")).toString(), QStringLiteral("MY-CITY"));
        QVERIFY(!c.value(QLatin1String("due_date")).toString().isEmpty());
        const QString assignee = usernameOf(c.value(QLatin1String("assignee")).toInteger());
        QVERIFY2(assignee == QLatin1String("reviewer1") || assignee == QLatin1String("reviewer2"), qPrintable(assignee)); // social insurance
        const QString other = assignee == QLatin1String("reviewer1") ? QStringLiteral("reviewer2") : QStringLiteral("reviewer1");

        // 受审分离 and assignee-only: the receiver, another reviewer, a supervisor — refused.
        QCOMPARE(act(number, QStringLiteral("teller1"), QStringLiteral("approve")).status, 403);
        QCOMPARE(act(number, other, QStringLiteral("approve")).status, 409);
        QCOMPARE(act(number, QStringLiteral("supervisor1"), QStringLiteral("approve")).status, 403);
        QCOMPARE(act(number, assignee, QStringLiteral("reject")).status, 422); // a rejection needs a reason
        // The assignee approves; the citizen collects.
        const HttpReply approved = act(number, assignee, QStringLiteral("approve"));
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.json().value(QLatin1String("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(act(number, assignee, QStringLiteral("approve")).status, 409); // already decided
        const HttpReply out = act(number, QStringLiteral("teller2"), QStringLiteral("hand_out"));
        QCOMPARE(out.status, 200);
        QCOMPARE(actions(out.json()), (QStringList{"accept", "assign", "approve", "hand_out"}));
        const QJsonArray timeline = out.json().value(QLatin1String("timeline")).toArray();
        QCOMPARE(timeline.at(0).toObject().value(QLatin1String("actor")).toString(), QStringLiteral("teller1"));
        QCOMPARE(timeline.at(0).toObject().value(QLatin1String("window")).toInt(), 2);
        QCOMPARE(timeline.at(1).toObject().value(QLatin1String("actor")).toString(), QStringLiteral("system"));
        QCOMPARE(timeline.at(2).toObject().value(QLatin1String("actor")).toString(), assignee);
    }

    void highRiskNeedsTwoReviewers()
    {
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/cases"), pe001(), m_token.value(QStringLiteral("teller1")));
        QCOMPARE(r.status, 201);
        const QString number = r.json().value(QLatin1String("number")).toString();
        const QString first = usernameOf(r.json().value(QLatin1String("assignee")).toInteger());
        const HttpReply once = act(number, first, QStringLiteral("approve"));
        QCOMPARE(once.status, 200);
        QCOMPARE(once.json().value(QLatin1String("state")).toString(), QStringLiteral("first_approved"));
        const QString second = usernameOf(once.json().value(QLatin1String("assignee")).toInteger());
        QVERIFY2(!second.isEmpty() && second != first, qPrintable(second));
        QCOMPARE(act(number, first, QStringLiteral("approve")).status, 409); // no longer theirs
        // A supervisor handing it back to the first approver is refused too.
        QCOMPARE(act(number, QStringLiteral("supervisor1"), QStringLiteral("assign"), {}, m_id.value(first)).status, 403);
        const HttpReply twice = act(number, second, QStringLiteral("approve"));
        QCOMPARE(twice.status, 200);
        QCOMPARE(twice.json().value(QLatin1String("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(twice.json().value(QLatin1String("approvers")).toArray().size(), 2);
    }

    void supplementEscalationAndThePublicStatus()
    {
        const QString number = m_http->post(QStringLiteral("/api/v1/cases"), si008(), m_token.value(QStringLiteral("teller1")))
                                   .json().value(QLatin1String("number")).toString();
        const QString assignee = usernameOf(m_http->get(QStringLiteral("/api/v1/cases/") + number, m_token.value(QStringLiteral("teller1")))
                                                .json().value(QLatin1String("assignee")).toInteger());
        QCOMPARE(act(number, assignee, QStringLiteral("return_for_supplement"), QStringLiteral("转移凭证复印件不清晰")).status, 200);
        // The citizen looks it up with the receipt: state and what is missing, nothing personal.
        const QString last4 = kCitizen.right(4);
        const HttpReply status = m_http->get(QStringLiteral("/api/v1/public/cases/%1?id_last4=%2").arg(number, last4));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json().value(QLatin1String("state")).toString(), QStringLiteral("supplement"));
        QCOMPARE(status.json().value(QLatin1String("missing")).toString(), QStringLiteral("转移凭证复印件不清晰"));
        QVERIFY(!status.body.contains("张") && !status.body.contains(kCitizen.left(10).toLatin1()) && !status.body.contains("1381234"));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/public/cases/%1?id_last4=0000").arg(number)).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/public/cases/NOPE?id_last4=%1").arg(last4)).status, 404);
        // Back at any window; the same reviewer has it again and escalates it.
        QCOMPARE(act(number, QStringLiteral("teller2"), QStringLiteral("receive_supplement")).json().value(QLatin1String("state")).toString(),
                 QStringLiteral("in_review"));
        QCOMPARE(act(number, assignee, QStringLiteral("escalate"), QStringLiteral("政策不明确")).status, 200);
        const QJsonArray supervisorList = m_http->get(QStringLiteral("/api/v1/cases"), m_token.value(QStringLiteral("supervisor1")))
                                              .json().value(QLatin1String("cases")).toArray();
        QVERIFY(std::any_of(supervisorList.begin(), supervisorList.end(),
                            [&](const QJsonValue &v) { return v.toObject().value(QLatin1String("number")).toString() == number; }));
        const HttpReply decided = act(number, QStringLiteral("supervisor1"), QStringLiteral("approve"));
        QCOMPARE(decided.status, 200);
        QCOMPARE(actions(decided.json()),
                 (QStringList{"accept", "assign", "return_for_supplement", "receive_supplement", "escalate", "approve"}));
    }

    void onlinePreSubmissionToAcceptance()
    {
        // Sent through the portal for the city hall, one material still to be shown.
        QJsonObject online = si008(QStringLiteral("missing"));
        online.insert(QLatin1String("hall"), QStringLiteral("MY-CITY"));
        const HttpReply sent = m_http->post(QStringLiteral("/api/v1/online/cases"), online, m_token.value(QStringLiteral("supervisor1")));
        QCOMPARE(sent.status, 201);
        const QString number = sent.json().value(QLatin1String("number")).toString();
        QCOMPARE(sent.json().value(QLatin1String("state")).toString(), QStringLiteral("pre_submitted"));
        QVERIFY(!sent.json().contains(QLatin1String("due_date")) || sent.json().value(QLatin1String("time_limit")).toString() == QLatin1String("on_time"));
        // Bad input is refused as at a window; reviewers cannot send.
        QJsonObject bad = online;
        bad.insert(QLatin1String("service"), QStringLiteral("XX-000"));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/online/cases"), bad, m_token.value(QStringLiteral("supervisor1"))).status, 422);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/online/cases"), online, m_token.value(QStringLiteral("reviewer1"))).status, 403);
        // It waits on the hall's windows' list; a teller checks the originals and verifies it.
        const QJsonArray waiting = m_http->get(QStringLiteral("/api/v1/cases"), m_token.value(QStringLiteral("teller2")))
                                       .json().value(QLatin1String("cases")).toArray();
        QVERIFY(std::any_of(waiting.begin(), waiting.end(),
                            [&](const QJsonValue &v) { return v.toObject().value(QLatin1String("number")).toString() == number; }));
        QCOMPARE(act(number, QStringLiteral("reviewer1"), QStringLiteral("verify")).status, 403);
        const HttpReply verified = act(number, QStringLiteral("teller2"), QStringLiteral("verify"));
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.json().value(QLatin1String("state")).toString(), QStringLiteral("in_review"));
        QCOMPARE(usernameOf(verified.json().value(QLatin1String("receiver")).toInteger()), QStringLiteral("teller2"));
        QVERIFY(verified.json().value(QLatin1String("assignee")).toInteger() > 0);
        QCOMPARE(actions(verified.json()), (QStringList{"submit_online", "verify", "assign"}));
    }

    void cityWideHandling()
    {
        // A township window (MY-FC-CJ) accepts a city-level matter: the city's back office decides
        // it; a county-level one goes to the county (MY-FC).
        QJsonObject c = si008();
        c.insert(QLatin1String("pickup_hall"), QStringLiteral("MY-FC-CJ"));
        const HttpReply city = m_http->post(QStringLiteral("/api/v1/cases"), c, m_token.value(QStringLiteral("cj_teller1")));
        QCOMPARE(city.status, 201);
        QCOMPARE(city.json().value(QLatin1String("hall")).toString(), QStringLiteral("MY-FC-CJ"));
        QCOMPARE(city.json().value(QLatin1String("office")).toString(), QStringLiteral("MY-CITY"));
        QVERIFY(usernameOf(city.json().value(QLatin1String("assignee")).toInteger()).startsWith(QLatin1String("reviewer")));
        QJsonObject county = si008();
        county.insert(QLatin1String("service"), QStringLiteral("SI-009"));
        county.insert(QLatin1String("form"), QJsonObject{{QLatin1String("name"), QStringLiteral("张三")},
                                                         {QLatin1String("id_number"), kCitizen},
                                                         {QLatin1String("phone"), QStringLiteral("13812345678")},
                                                         {QLatin1String("transfer_from"), QStringLiteral("成都")},
                                                         {QLatin1String("move_date"), QStringLiteral("2026-10-01")}});
        county.insert(QLatin1String("materials"), QJsonObject{{QLatin1String("id_card"), QStringLiteral("received")},
                                                              {QLatin1String("hukou"), QStringLiteral("received")}});
        const HttpReply fc = m_http->post(QStringLiteral("/api/v1/cases"), county, m_token.value(QStringLiteral("cj_teller1")));
        QCOMPARE(fc.status, 201);
        QCOMPARE(fc.json().value(QLatin1String("office")).toString(), QStringLiteral("MY-FC"));
        QCOMPARE(usernameOf(fc.json().value(QLatin1String("assignee")).toInteger()), QStringLiteral("fc_reviewer1"));
        // It is on that reviewer's worklist.
        const QJsonArray list = m_http->get(QStringLiteral("/api/v1/cases"), m_token.value(QStringLiteral("fc_reviewer1")))
                                    .json().value(QLatin1String("cases")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QLatin1String("number")), fc.json().value(QLatin1String("number")));
    }
};

QTEST_GUILESS_MAIN(TestServerCases)
#include "tst_server_cases.moc"
