// Cases against the real server: intake with missing materials (the one-time notice list),
// acceptance with automatic assignment, separation of receipt and review, assignee-only
// actions, two-person review, supplements, escalation, hand-out, the timeline, the public
// status without personal data, city-wide routing to the competent office, the messages to the
// applicant, hand-out collected at the pickup hall or mailed, and a person's earlier cases.
#include "core/service/cases/SmsGateway.h"
#include "core/domain/util/ResidentId.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

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

// SI-008 for another person, another phone.
QJsonObject si008For(const QString &idNumber, const QString &name, const QString &phone)
{
    QJsonObject c = si008();
    c.insert(QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), idNumber},
                                                     {QLatin1String("name"), name},
                                                     {QLatin1String("phone"), phone}});
    QJsonObject form = c.value(QLatin1String("form")).toObject();
    form.insert(QLatin1String("name"), name);
    form.insert(QLatin1String("id_number"), idNumber);
    form.insert(QLatin1String("phone"), phone);
    c.insert(QLatin1String("form"), form);
    return c;
}

QJsonObject lastEvent(const QJsonObject &c)
{
    return c.value(QLatin1String("timeline")).toArray().last().toObject();
}

QJsonObject errorOf(const HttpReply &r)
{
    return r.json().value(QLatin1String("error")).toObject();
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

    HttpReply handOut(const QString &number, const QString &who, const QJsonObject &extra)
    {
        QJsonObject body = extra;
        body.insert(QLatin1String("action"), QStringLiteral("hand_out"));
        return m_http->post(QStringLiteral("/api/v1/cases/%1/actions").arg(number), body, m_token.value(who));
    }
    QJsonObject caseJson(const QString &number)
    {
        return m_http->get(QStringLiteral("/api/v1/cases/") + number, m_token.value(QStringLiteral("teller1"))).json();
    }
    // Taken in at the city hall by teller1 and approved by its reviewer; the case number.
    QString approvedCase(const QJsonObject &intake)
    {
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/cases"), intake, m_token.value(QStringLiteral("teller1")));
        if (r.status != 201)
            return {};
        const QString number = r.json().value(QLatin1String("number")).toString();
        const QString assignee = usernameOf(r.json().value(QLatin1String("assignee")).toInteger());
        return act(number, assignee, QStringLiteral("approve")).status == 200 ? number : QString();
    }

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
        // With its reason it is recorded, and needs no form: the applicant did not qualify.
        refuse.insert(QLatin1String("reason"), QStringLiteral("不属于本市参保范围"));
        refuse.remove(QLatin1String("form"));
        const HttpReply refused = m_http->post(QStringLiteral("/api/v1/cases"), refuse, m_token.value(QStringLiteral("teller1")));
        QCOMPARE(refused.status, 201);
        QCOMPARE(refused.json().value(QLatin1String("state")).toString(), QStringLiteral("refused"));
        QVERIFY(!refused.json().contains(QLatin1String("due_date")));
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
        // Who could take it instead: the office's reviewers, the one holding it marked; tellers may not ask.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/cases/%1/reviewers").arg(number), m_token.value(QStringLiteral("teller1"))).status, 403);
        const QJsonArray reviewers = m_http->get(QStringLiteral("/api/v1/cases/%1/reviewers").arg(number), m_token.value(QStringLiteral("supervisor1")))
                                         .json().value(QLatin1String("reviewers")).toArray();
        QVERIFY(reviewers.size() >= 2);
        int current = 0;
        for (const QJsonValue &v : reviewers) {
            const QJsonObject r = v.toObject();
            QVERIFY(r.value(QLatin1String("username")).toString().startsWith(QLatin1String("reviewer")));
            current += r.value(QLatin1String("current")).toBool() ? 1 : 0;
            if (r.value(QLatin1String("current")).toBool())
                QCOMPARE(r.value(QLatin1String("username")).toString(), assignee);
            QVERIFY(r.value(QLatin1String("open_cases")).toInt() >= 0);
        }
        QCOMPARE(current, 1);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/cases/NOPE/reviewers"), m_token.value(QStringLiteral("supervisor1"))).status, 404);
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

    // Issue 5: a window leases case numbers while online and accepts cases offline with them; the
    // receipt's number stays the case's number, and the server's own numbers never collide.
    void offlineCaseKeepsItsLeasedNumber()
    {
        const HttpReply lease = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/2/lease"), QJsonObject{{QLatin1String("case_numbers"), 3}},
                                             m_token.value(QStringLiteral("teller1")));
        QCOMPARE(lease.status, 200);
        const QJsonArray blocks = lease.json().value(QLatin1String("case_blocks")).toArray();
        QCOMPARE(blocks.size(), 1);
        const QJsonObject block = blocks.first().toObject();
        QCOMPARE(block.value(QLatin1String("last")).toInt() - block.value(QLatin1String("first")).toInt(), 2);
        QCOMPARE(block.value(QLatin1String("unused")).toInt(), 3);
        const QString stem = block.value(QLatin1String("stem")).toString();
        QVERIFY2(stem.startsWith(QLatin1String("MY-CITY-")) && stem.endsWith(QLatin1Char('-')), qPrintable(stem));
        const auto leased = [&](int i) { return stem + QStringLiteral("%1").arg(block.value(QLatin1String("first")).toInt() + i, 4, 10, QLatin1Char('0')); };
        // Asked again with most of it unused: the same block, nothing more taken.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/2/lease"), QJsonObject{{QLatin1String("case_numbers"), 3}},
                              m_token.value(QStringLiteral("teller1"))).json().value(QLatin1String("case_blocks")).toArray().size(), 1);

        // Meanwhile the server numbers a case itself: past the block.
        const QString own = m_http->post(QStringLiteral("/api/v1/cases"), si008(), m_token.value(QStringLiteral("teller2"))).json().value(QLatin1String("number")).toString();
        QVERIFY2(own > leased(2), qPrintable(own));

        const QDateTime acceptedAt = QDateTime::currentDateTimeUtc().addSecs(-60).toTimeZone(QTimeZone("Asia/Shanghai"));
        QJsonObject offline = si008();
        offline.insert(QLatin1String("number"), leased(0));
        offline.insert(QLatin1String("accepted_at"), acceptedAt.toString(Qt::ISODateWithMs));
        const HttpReply stored = m_http->post(QStringLiteral("/api/v1/cases"), offline, m_token.value(QStringLiteral("teller1")));
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.json().value(QLatin1String("number")).toString(), leased(0));
        const QJsonObject accept = stored.json().value(QLatin1String("timeline")).toArray().first().toObject();
        QCOMPARE(QDateTime::fromString(accept.value(QLatin1String("at")).toString(), Qt::ISODateWithMs), acceptedAt);
        QCOMPARE(stored.json().value(QLatin1String("state")).toString(), QStringLiteral("in_review"));
        // Used once only; not leased to this window, not leased at all, not this hall: refused.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/cases"), offline, m_token.value(QStringLiteral("teller1"))).status, 409);
        QJsonObject otherWindow = offline;
        otherWindow.insert(QLatin1String("number"), leased(1));
        otherWindow.insert(QLatin1String("window"), 3);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/cases"), otherWindow, m_token.value(QStringLiteral("teller1"))).status, 422);
        QJsonObject notLeased = offline;
        notLeased.insert(QLatin1String("number"), own);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/cases"), notLeased, m_token.value(QStringLiteral("teller1"))).status, 422);
        QJsonObject otherHall = offline;
        otherHall.insert(QLatin1String("number"), QStringLiteral("CJ-COUNTY-20260105-0001"));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/cases"), otherHall, m_token.value(QStringLiteral("teller1"))).status, 422);
        QJsonObject noTime = offline;
        noTime.insert(QLatin1String("number"), leased(1));
        noTime.remove(QLatin1String("accepted_at"));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/cases"), noTime, m_token.value(QStringLiteral("teller1"))).status, 422);
        // The lease now counts what was used.
        const QJsonArray after = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/2/lease"), QJsonObject{{QLatin1String("case_numbers"), 3}},
                                              m_token.value(QStringLiteral("teller1"))).json().value(QLatin1String("case_blocks")).toArray();
        QCOMPARE(after.first().toObject().value(QLatin1String("unused")).toInt(), 2);
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

    void decisionTellsTheApplicant()
    {
        const QString number = approvedCase(si008());
        QVERIFY(!number.isEmpty());
        // Sent once the approval was durable, so the case read afterwards shows it sent.
        const QJsonArray sent = caseJson(number).value(QLatin1String("notifications")).toArray();
        QCOMPARE(sent.size(), 1);
        const QJsonObject n = sent.first().toObject();
        QCOMPARE(n.value(QLatin1String("kind")).toString(), QStringLiteral("result_ready"));
        QCOMPARE(n.value(QLatin1String("phone")).toString(), QStringLiteral("13812345678"));
        QCOMPARE(n.value(QLatin1String("sent")).toBool(), true);
        QVERIFY(!n.value(QLatin1String("at")).toString().isEmpty());
        const QString text = n.value(QLatin1String("text")).toString();
        QVERIFY2(text.contains(number) && text.contains(QStringLiteral("绵阳市人力资源和社会保障局政务服务大厅")), qPrintable(text));
        QVERIFY2(!text.contains(kCitizen), qPrintable(text));
        // The masked worklist (the teller's cases to hand out) leaves the messages out.
        const QJsonArray list = m_http->get(QStringLiteral("/api/v1/cases"), m_token.value(QStringLiteral("teller2")))
                                    .json().value(QLatin1String("cases")).toArray();
        const auto mine = std::find_if(list.begin(), list.end(),
                                       [&](const QJsonValue &v) { return v.toObject().value(QLatin1String("number")).toString() == number; });
        QVERIFY(mine != list.end());
        QVERIFY(!mine->toObject().contains(QLatin1String("notifications")));
        // Intake itself tells nothing.
        const HttpReply fresh = m_http->post(QStringLiteral("/api/v1/cases"), si008(), m_token.value(QStringLiteral("teller1")));
        QCOMPARE(fresh.json().value(QLatin1String("notifications")).toArray().size(), 0);
    }

    void supplementTellsWhatToBring()
    {
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/cases"), si008(), m_token.value(QStringLiteral("teller1")));
        const QString number = r.json().value(QLatin1String("number")).toString();
        const QString assignee = usernameOf(r.json().value(QLatin1String("assignee")).toInteger());
        QCOMPARE(act(number, assignee, QStringLiteral("return_for_supplement"), QStringLiteral("户口簿原件")).status, 200);
        const QJsonArray sent = caseJson(number).value(QLatin1String("notifications")).toArray();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("supplement"));
        QVERIFY(sent.first().toObject().value(QLatin1String("text")).toString().contains(QStringLiteral("户口簿原件")));
        QCOMPARE(sent.first().toObject().value(QLatin1String("sent")).toBool(), true);
    }

    void failedMessageLeavesTheStepDone()
    {
        // A landline cannot take a text message: the gateway refuses, the approval stands, the
        // message stays on record unsent.
        const QString number = approvedCase(si008For(kCitizen, QStringLiteral("张三"), QStringLiteral("0816-2345678")));
        QVERIFY(!number.isEmpty());
        const QJsonObject c = caseJson(number);
        QCOMPARE(c.value(QLatin1String("state")).toString(), QStringLiteral("approved"));
        const QJsonArray sent = c.value(QLatin1String("notifications")).toArray();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().toObject().value(QLatin1String("sent")).toBool(), false);
    }

    void logGatewayMasksThePhone()
    {
        LogSmsGateway gateway;
        QTest::ignoreMessage(QtInfoMsg, "to 138****5678: result ready");
        QVERIFY(gateway.send(QStringLiteral("13812345678"), QStringLiteral("result ready")).ok());
        QVERIFY(!gateway.send(QStringLiteral("0816-2345678"), QStringLiteral("result ready")).ok());
        QVERIFY(!gateway.send(QStringLiteral("13812345678"), QStringLiteral("  ")).ok());
    }

    void handOutCollectedOnlyAtThePickupHall()
    {
        const QString number = approvedCase(si008());
        QVERIFY(!number.isEmpty());
        // The result lies at the city hall: a township window cannot give it out.
        const HttpReply elsewhere = handOut(number, QStringLiteral("cj_teller1"), {});
        QCOMPARE(elsewhere.status, 409);
        QCOMPARE(errorOf(elsewhere).value(QLatin1String("code")).toString(), QStringLiteral("conflict"));
        QVERIFY(!errorOf(elsewhere).value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(errorOf(elsewhere).value(QLatin1String("pickup_hall")).toString(), QStringLiteral("MY-CITY"));
        QVERIFY2(errorOf(elsewhere).value(QLatin1String("reason")).toString().contains(QLatin1String("MY-CITY")),
                 elsewhere.body.constData());
        // Nonsense is refused before anything is recorded.
        QCOMPARE(handOut(number, QStringLiteral("teller2"), {{QLatin1String("delivery"), QStringLiteral("drone")}}).status, 422);
        const HttpReply onApprove = m_http->post(QStringLiteral("/api/v1/cases/%1/actions").arg(number),
                                                 QJsonObject{{QLatin1String("action"), QStringLiteral("approve")},
                                                             {QLatin1String("delivery"), QStringLiteral("mailed")}},
                                                 m_token.value(QStringLiteral("reviewer1")));
        QCOMPARE(onApprove.status, 422);
        QVERIFY(errorOf(onApprove).value(QLatin1String("fields")).toObject().contains(QLatin1String("delivery")));
        // At the pickup hall it goes out; the timeline says how.
        const HttpReply out = handOut(number, QStringLiteral("teller2"), {});
        QCOMPARE(out.status, 200);
        QCOMPARE(out.json().value(QLatin1String("state")).toString(), QStringLiteral("handed_out"));
        QCOMPARE(lastEvent(out.json()).value(QLatin1String("action")).toString(), QStringLiteral("hand_out"));
        QCOMPARE(lastEvent(out.json()).value(QLatin1String("delivery")).toString(), QStringLiteral("collected"));
        QCOMPARE(lastEvent(out.json()).value(QLatin1String("hall")).toString(), QStringLiteral("MY-CITY"));
        QCOMPARE(out.json().value(QLatin1String("notifications")).toArray().size(), 1); // only the decision's
    }

    void handOutByMail()
    {
        const QString number = approvedCase(si008());
        QVERIFY(!number.isEmpty());
        const HttpReply bare = handOut(number, QStringLiteral("teller2"), {{QLatin1String("delivery"), QStringLiteral("mailed")}});
        QCOMPARE(bare.status, 422);
        QVERIFY(errorOf(bare).value(QLatin1String("fields")).toObject().contains(QLatin1String("note")));
        const QString address = QStringLiteral("绵阳市涪城区临园路东段 1 号，EMS 1234567890123");
        const HttpReply out = handOut(number, QStringLiteral("teller2"),
                                      {{QLatin1String("delivery"), QStringLiteral("mailed")}, {QLatin1String("note"), address}});
        QCOMPARE(out.status, 200);
        QCOMPARE(out.json().value(QLatin1String("state")).toString(), QStringLiteral("handed_out"));
        QCOMPARE(lastEvent(out.json()).value(QLatin1String("delivery")).toString(), QStringLiteral("mailed"));
        QCOMPARE(lastEvent(out.json()).value(QLatin1String("note")).toString(), address);
        // The citizen is told it is on its way; the address stays out of the text.
        const QJsonArray sent = caseJson(number).value(QLatin1String("notifications")).toArray();
        QCOMPARE(sent.size(), 2);
        const QJsonObject mailed = sent.at(1).toObject();
        QCOMPARE(mailed.value(QLatin1String("kind")).toString(), QStringLiteral("mailed"));
        QCOMPARE(mailed.value(QLatin1String("sent")).toBool(), true);
        QVERIFY(mailed.value(QLatin1String("text")).toString().contains(number));
        QVERIFY(!mailed.value(QLatin1String("text")).toString().contains(QStringLiteral("临园路")));
        // Once out, it cannot go out again.
        QCOMPARE(handOut(number, QStringLiteral("teller2"), {}).status, 409);
    }

    void citizenKnownFromEarlierCases()
    {
        const QString person = residentId("51070319900202456");
        const QString path = QStringLiteral("/api/v1/citizens/") + person;
        QCOMPARE(m_http->get(path, m_token.value(QStringLiteral("teller1"))).status, 404);
        // Two cases in two halls; the latest has a new phone number.
        const HttpReply first = m_http->post(QStringLiteral("/api/v1/cases"), si008For(person, QStringLiteral("李四"), QStringLiteral("13900001111")),
                                             m_token.value(QStringLiteral("teller1")));
        QCOMPARE(first.status, 201);
        QJsonObject later = si008For(person, QStringLiteral("李四"), QStringLiteral("13900002222"));
        later.insert(QLatin1String("pickup_hall"), QStringLiteral("MY-FC-CJ"));
        const HttpReply second = m_http->post(QStringLiteral("/api/v1/cases"), later, m_token.value(QStringLiteral("cj_teller1")));
        QCOMPARE(second.status, 201);
        // Any teller of the city finds both.
        const HttpReply found = m_http->get(path, m_token.value(QStringLiteral("teller2")));
        QCOMPARE(found.status, 200);
        const QJsonObject o = found.json();
        QCOMPARE(o.value(QLatin1String("id_number")).toString(), person);
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("李四"));
        QCOMPARE(o.value(QLatin1String("phone")).toString(), QStringLiteral("13900002222"));
        QCOMPARE(o.value(QLatin1String("cases")).toInt(), 2);
        const QJsonArray recent = o.value(QLatin1String("recent")).toArray();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).toObject().value(QLatin1String("number")), second.json().value(QLatin1String("number")));
        QCOMPARE(recent.at(0).toObject().value(QLatin1String("service")).toString(), QStringLiteral("SI-008"));
        QCOMPARE(recent.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("in_review"));
        QCOMPARE(recent.at(1).toObject().value(QLatin1String("number")), first.json().value(QLatin1String("number")));
        // Each lookup is on record for the supervisor: who, where, found or not; tellers cannot read it.
        const HttpReply audit = m_http->get(path + QStringLiteral("/lookups"), m_token.value(QStringLiteral("supervisor1")));
        QCOMPARE(audit.status, 200);
        const QJsonArray lookups = audit.json().value(QLatin1String("lookups")).toArray();
        QCOMPARE(lookups.size(), 2);
        QCOMPARE(lookups.at(0).toObject().value(QLatin1String("username")).toString(), QStringLiteral("teller2"));
        QCOMPARE(lookups.at(0).toObject().value(QLatin1String("found")).toBool(), true);
        QCOMPARE(lookups.at(1).toObject().value(QLatin1String("username")).toString(), QStringLiteral("teller1"));
        QCOMPARE(lookups.at(1).toObject().value(QLatin1String("found")).toBool(), false);
        QCOMPARE(m_http->get(path + QStringLiteral("/lookups"), m_token.value(QStringLiteral("teller1"))).status, 403);
        // At most the last five are listed; all are counted.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_http->post(QStringLiteral("/api/v1/cases"), si008For(person, QStringLiteral("李四"), QStringLiteral("13900002222")),
                                  m_token.value(QStringLiteral("teller1"))).status, 201);
        const QJsonObject six = m_http->get(path, m_token.value(QStringLiteral("teller2"))).json();
        QCOMPARE(six.value(QLatin1String("cases")).toInt(), 6);
        QCOMPARE(six.value(QLatin1String("recent")).toArray().size(), 5);
        // A number that cannot be right is named as such; reviewers do not take in cases.
        const QString wrong = person.left(17) + (person.right(1) == QLatin1String("0") ? QLatin1Char('1') : QLatin1Char('0'));
        const HttpReply bad = m_http->get(QStringLiteral("/api/v1/citizens/") + wrong, m_token.value(QStringLiteral("teller1")));
        QCOMPARE(bad.status, 400);
        QCOMPARE(errorOf(bad).value(QLatin1String("fields")).toObject().value(QLatin1String("id_number")).toString(),
                 ResidentId::problemText(ResidentId::Problem::BadChecksum));
        QCOMPARE(m_http->get(path, m_token.value(QStringLiteral("reviewer1"))).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestServerCases)
#include "tst_server_cases.moc"
