// Personal data on a need-to-know basis: who sees a case's personal data whole by right, who
// needs a purpose, and which purposes are refused.
#include "core/domain/cases/CaseTypes.h"
#include "core/domain/cases/PersonalDataAccess.h"
#include "core/domain/org/SupervisionScope.h"
#include "core/domain/security/Account.h"

#include <QTest>

using namespace ow;

namespace {

Hall hall(const char *code, OrgLevel level, const char *parent)
{
    Hall h;
    h.code = QString::fromLatin1(code);
    h.level = level;
    h.parentCode = QString::fromLatin1(parent);
    return h;
}

// CITY ─┬─ EAST ── EAST-1
//       └─ WEST
const QList<Hall> kHalls{hall("CITY", OrgLevel::City, ""), hall("EAST", OrgLevel::County, "CITY"),
                         hall("EAST-1", OrgLevel::Township, "EAST"), hall("WEST", OrgLevel::County, "CITY")};

Account account(qint64 id, Role role, const char *hallCode)
{
    Account a;
    a.id = id;
    a.role = role;
    a.hallCode = QString::fromLatin1(hallCode);
    for (const Hall &h : kHalls) {
        if (h.code == a.hallCode)
            a.hallLevel = h.level;
    }
    return a;
}

// Accepted at EAST-1 by teller 10, reviewed by 20 at EAST, approved once by 21, picked up at EAST-1.
CaseView aCase(CaseState state = CaseState::InReview)
{
    CaseView c;
    c.number = QStringLiteral("EAST-1-20260101-0001");
    c.hallCode = QStringLiteral("EAST-1");
    c.officeHallCode = QStringLiteral("EAST");
    c.pickupHallCode = QStringLiteral("EAST-1");
    c.facts.state = state;
    c.facts.receiverId = 10;
    c.facts.assigneeId = 20;
    c.facts.approvers = {21};
    return c;
}

Result<PersonalDataAccessLevel> decide(const Account &who, const CaseView &c, const std::optional<QString> &purpose = {})
{
    return PersonalDataAccess::decide(who, c, SupervisionScope(who, kHalls), purpose);
}

QString levelOf(const Result<PersonalDataAccessLevel> &r)
{
    return r ? toString(r.value()) : QStringLiteral("error: ") + toString(r.error().code);
}

} // namespace

class TestPersonalDataAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whoWorksOnTheCase_data()
    {
        QTest::addColumn<Account>("who");
        QTest::addColumn<QString>("expected");
        QTest::newRow("receiver") << account(10, Role::Teller, "EAST-1") << "full_by_right";
        QTest::newRow("assigned reviewer") << account(20, Role::Reviewer, "EAST") << "full_by_right";
        QTest::newRow("reviewer who approved") << account(21, Role::Reviewer, "EAST") << "full_by_right";
        QTest::newRow("another reviewer of the office") << account(22, Role::Reviewer, "EAST") << "masked";
        QTest::newRow("supervisor of the accepting hall") << account(30, Role::Supervisor, "EAST-1") << "full_by_right";
        QTest::newRow("supervisor of the office") << account(31, Role::Supervisor, "EAST") << "full_by_right";
        QTest::newRow("supervisor of the city") << account(32, Role::Supervisor, "CITY") << "full_by_right";
        QTest::newRow("supervisor of another county") << account(33, Role::Supervisor, "WEST") << "masked";
        QTest::newRow("colleague at the same hall") << account(11, Role::Teller, "EAST-1") << "masked";
        QTest::newRow("teller of another hall") << account(12, Role::Teller, "WEST") << "masked";
    }
    void whoWorksOnTheCase()
    {
        QFETCH(Account, who);
        QFETCH(QString, expected);
        QCOMPARE(levelOf(decide(who, aCase())), expected);
    }

    // The windows of a hall work on the cases waiting for them there: an online application to
    // verify, a supplement to receive, a result to hand out (at the pickup hall).
    void windowsWhereTheCaseWaits()
    {
        const Account colleague = account(11, Role::Teller, "EAST-1");
        const Account pickupTeller = account(12, Role::Teller, "WEST");
        CaseView c = aCase(CaseState::Approved);
        c.pickupHallCode = QStringLiteral("WEST");
        QCOMPARE(levelOf(decide(pickupTeller, c)), QStringLiteral("full_by_right"));
        QCOMPARE(levelOf(decide(colleague, c)), QStringLiteral("masked")); // not handed out here
        c.facts.state = CaseState::HandedOut;
        QCOMPARE(levelOf(decide(pickupTeller, c)), QStringLiteral("masked")); // nothing left to do
        QCOMPARE(levelOf(decide(colleague, aCase(CaseState::Supplement))), QStringLiteral("full_by_right"));
        QCOMPARE(levelOf(decide(colleague, aCase(CaseState::PreSubmitted))), QStringLiteral("full_by_right"));
        QCOMPARE(levelOf(decide(colleague, aCase(CaseState::Escalated))), QStringLiteral("masked"));
    }

    void aPurposeUnmasks()
    {
        const Account other = account(12, Role::Teller, "WEST");
        QCOMPARE(levelOf(decide(other, aCase(), QStringLiteral("核实申请人身份"))), QStringLiteral("full_for_purpose"));
        // Whoever works on it sees it whole by right, purpose or not.
        QCOMPARE(levelOf(decide(account(10, Role::Teller, "EAST-1"), aCase(), QStringLiteral("核实申请人身份"))),
                 QStringLiteral("full_by_right"));
    }

    void badPurposesAreRefused_data()
    {
        QTest::addColumn<QString>("purpose");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   \t ");
        QTest::newRow("three characters") << QStringLiteral("看一下");
        QTest::newRow("three characters padded") << QStringLiteral("  a  b  c ");
        QTest::newRow("too long") << QString(PersonalDataAccess::kMaxPurposeLength + 1, QLatin1Char('x'));
    }
    void badPurposesAreRefused()
    {
        QFETCH(QString, purpose);
        // Refused for a stranger and for the receiver alike: a bad purpose never passes unnoticed.
        for (const Account &who : {account(12, Role::Teller, "WEST"), account(10, Role::Teller, "EAST-1")}) {
            const auto r = decide(who, aCase(), purpose);
            QCOMPARE(levelOf(r), QStringLiteral("error: bad_request"));
            QVERIFY(r.error().text.source != nullptr); // its own translated text
            QVERIFY(r.error().extra.value(QLatin1String("fields")).toObject().contains(QLatin1String("purpose")));
        }
    }

    void shortestAndLongestPurposes()
    {
        const Account other = account(12, Role::Teller, "WEST");
        QCOMPARE(levelOf(decide(other, aCase(), QStringLiteral("投诉核查"))), QStringLiteral("full_for_purpose"));
        QCOMPARE(levelOf(decide(other, aCase(), QString(PersonalDataAccess::kMaxPurposeLength, QLatin1Char('x')))),
                 QStringLiteral("full_for_purpose"));
        QCOMPARE(PersonalDataAccess::normalizedPurpose(QStringLiteral("  投诉\n  核查 ")), QStringLiteral("投诉 核查"));
    }

    // What a masked case still shows, and what it leaves out.
    void maskedCase()
    {
        CaseView c = aCase(CaseState::HandedOut);
        c.applicantId = QStringLiteral("510703199001011234");
        c.applicantName = QStringLiteral("张三丰");
        c.applicantPhone = QStringLiteral("13812345678");
        c.form.insert(QStringLiteral("address"), FormValue{QStringLiteral("绵阳市涪城区")});
        c.notifications = QList<CaseNotification>{};
        CaseEvent handOut;
        handOut.action = CaseAction::HandOut;
        handOut.delivery = Delivery::Mailed;
        handOut.note = QStringLiteral("绵阳市涪城区临园路 1 号");
        c.timeline = {handOut};
        const CaseView m = c.masked();
        QCOMPARE(m.applicantId, QStringLiteral("5107**********1234"));
        QCOMPARE(m.applicantName, QStringLiteral("张**"));
        QCOMPARE(m.applicantPhone, QStringLiteral("138****5678"));
        QVERIFY(m.form.isEmpty());
        QVERIFY(!m.notifications.has_value());
        QCOMPARE(m.timeline.first().note, QStringLiteral("***"));
        QVERIFY(m.personalDataMasked);
        QCOMPARE(m.toJson().value(QLatin1String("personal_data")).toString(), QStringLiteral("masked"));
        QCOMPARE(c.toJson().value(QLatin1String("personal_data")).toString(), QStringLiteral("full"));
        QVERIFY(CaseView::fromJson(m.toJson()).value().personalDataMasked);
        QVERIFY(!CaseView::fromJson(c.toJson()).value().personalDataMasked);
    }
};

QTEST_APPLESS_MAIN(TestPersonalDataAccess)
#include "tst_personal_data_access.moc"
