// Risk control against the real server (issue 15): the rule set (read, refused changes naming
// each problem and changing nothing, a new version), each rule firing on what it watches and not
// on what it must let pass, an alert never raised twice for the same evidence, the disposal
// (who may, the reason, once per level, escalation up the supervision scope, the audit trail),
// the live events to supervisors in scope, and the day's summary.
// Thresholds are lowered in initTestCase (rule set version 2) so that a few requests reach them.
#include "core/domain/api/AdminBodies.h"
#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/RiskBodies.h"
#include "core/domain/risk/RiskMessages.h"
#include "core/domain/util/ResidentId.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ExtraAccount.h"
#include "tests/support/HallHours.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>
#include <functional>
#include <tuple>
#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {

QDate today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
}

// A valid resident ID number: region 510703, the birth date, a sequence whose last digit gives the sex.
QString idNumber(const QString &birth, bool male, int seq)
{
    const QString first17 = QStringLiteral("510703") + birth + QStringLiteral("%1").arg(seq * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checksumCharacter(first17);
}

const QString kOwnId = idNumber(QStringLiteral("19880515"), true, 7); // teller3's own

bool hasChinese(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

// A message as a check said it: an id of the catalogue with as many arguments as its text has
// places, and so each nested term. Empty when it is; else what is wrong.
QString misfit(const QString &id, const QJsonArray &args)
{
    const char *source = RiskMessages::source(id);
    if (!source)
        return QStringLiteral("unknown id %1").arg(id);
    if (RiskMessages::placeholders(QString::fromUtf8(source)) != args.size())
        return QStringLiteral("%1: %2 arguments for \"%3\"").arg(id).arg(args.size()).arg(QString::fromUtf8(source));
    for (const QJsonValue &a : args) {
        if (a.isObject()) {
            if (const QString m = misfit(a.toObject().value(QLatin1String("id")).toString(), a.toObject().value(QLatin1String("args")).toArray()); !m.isEmpty())
                return m;
        } else if (!a.isString() && !a.isDouble()) {
            return QStringLiteral("%1: an argument neither text, number nor term").arg(id);
        }
    }
    return {};
}

QString sqlite(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, sql});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestServerRisk : public QObject
{
    Q_OBJECT
    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QHash<QString, QString> m_token;
    RiskRuleSet m_rules; // version 2, set by initTestCase
    QHash<QString, qint64> m_accountIds;

    HttpReply post(const QString &path, const QJsonObject &body, const QString &user) { return m_http->post(path, body, m_token.value(user)); }
    HttpReply get(const QString &path, const QString &user) { return m_http->get(path, m_token.value(user)); }
    HttpReply get(const QString &path, const QString &user, const QByteArray &language)
    {
        return m_http->send("GET", path, {}, {{"Authorization", "Bearer " + m_token.value(user).toLatin1()}, {"Accept-Language", language}});
    }
    HttpReply put(const QString &path, const QJsonObject &body, const QString &user, const QByteArray &language = "zh-CN")
    {
        return m_http->send("PUT", path, QJsonDocument(body).toJson(),
                            {{"Authorization", "Bearer " + m_token.value(user).toLatin1()},
                             {"Content-Type", "application/json"},
                             {"Accept-Language", language}});
    }
    HttpReply patch(const QString &path, const QJsonObject &body, const QString &user)
    {
        return m_http->send("PATCH", path, QJsonDocument(body).toJson(),
                            {{"Authorization", "Bearer " + m_token.value(user).toLatin1()}, {"Content-Type", "application/json"}});
    }

    QList<RiskAlert> alerts(const QString &user, const QString &hall, RiskRuleId rule)
    {
        RiskAlertFilter f;
        f.hall = hall;
        const HttpReply r = get(QStringLiteral("/api/v1/risk/alerts?") + f.toQuery().toString(QUrl::FullyEncoded), user);
        if (r.status != 200) {
            qWarning() << r.status << r.body;
            return {};
        }
        QList<RiskAlert> out;
        const RiskAlertList list = RiskAlertList::fromJson(r.json()).value();
        for (const RiskAlert &a : list.alerts) {
            if (a.rule == rule)
                out << a;
        }
        return out;
    }
    // The alerts of `rule` about `subject` (its ref) the city supervisor sees; waits a little for
    // the engine, which runs once the request that wrote the events has been committed.
    QList<RiskAlert> about(RiskRuleId rule, const QString &subject, int expected)
    {
        QList<RiskAlert> out;
        for (int i = 0; i < 40; ++i) {
            out.clear();
            for (const RiskAlert &a : alerts(QStringLiteral("supervisor1"), QStringLiteral("MY-CITY"), rule)) {
                if (a.subject.ref == subject)
                    out << a;
            }
            if (out.size() >= expected && expected > 0)
                return out;
            QTest::qWait(50);
        }
        return out;
    }
    RiskAlert full(qint64 id)
    {
        return RiskAlert::fromJson(get(QStringLiteral("/api/v1/risk/alerts/%1").arg(id), QStringLiteral("supervisor1")).json()).value();
    }
    RiskSweepResult sweep()
    {
        const HttpReply r = post(QStringLiteral("/api/v1/risk/sweep?day=") + today().toString(Qt::ISODate), {}, QStringLiteral("admin"));
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return RiskSweepResult::fromJson(r.json()).value();
    }

    qint64 issue(const QString &hall, const QString &user, const QString &residentId = {})
    {
        QJsonObject body{{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}};
        if (!residentId.isEmpty())
            body.insert(QLatin1String("resident_id"), residentId);
        const HttpReply r = post(QStringLiteral("/api/v1/halls/%1/tickets").arg(hall), body, user);
        if (r.status != 201)
            qWarning() << r.status << r.body;
        return r.json().value(QLatin1String("id")).toInteger();
    }
    bool openWindow(const QString &hall, int window, const QString &user)
    {
        return m_http->send("PUT", QStringLiteral("/api/v1/halls/%1/windows/%2").arg(hall).arg(window), R"({"state":"open"})",
                            {{"Authorization", "Bearer " + m_token.value(user).toLatin1()}, {"Content-Type", "application/json"}})
                   .status
               == 200;
    }
    bool finish(qint64 id, int window, const QString &user)
    {
        const QJsonObject w{{QLatin1String("window"), window}};
        return post(QStringLiteral("/api/v1/tickets/%1/serve").arg(id), w, user).status == 200
               && post(QStringLiteral("/api/v1/tickets/%1/finish").arg(id),
                       FinishRequest{window, {{QStringLiteral("CD-003"), MatterOutcome::Done, {}}}}.toJson(), user)
                          .status
                      == 200;
    }
    HttpReply intake(const QString &service, const QString &id, const QString &user, int window, const QString &decision = {})
    {
        QJsonObject body = test::completeIntake(service, id, QStringLiteral("张三"));
        body.insert(QLatin1String("window"), window);
        if (!decision.isEmpty()) {
            body.insert(QLatin1String("decision"), decision);
            body.insert(QLatin1String("reason"), QStringLiteral("材料不符合要求"));
            body.remove(QLatin1String("form"));
        }
        const HttpReply r = post(QStringLiteral("/api/v1/cases"), body, user);
        if (r.status != 201)
            qWarning() << service << r.status << r.body;
        return r;
    }

    // `count` SI-008 cases taken in by `receiver`, put to `reviewer` by the supervisor where the
    // assignment chose someone else, and approved: how many were approved.
    int approvedBy(const QString &receiver, const QString &reviewer, int count, int seq)
    {
        const int window = receiver.right(1).toInt(); // each teller at their own window
        int approved = 0;
        for (int i = 0; i < count; ++i) {
            const HttpReply accepted = post(QStringLiteral("/api/v1/cases"),
                                            test::si008Intake(idNumber(QStringLiteral("19750505"), true, seq + i), QStringLiteral("王五"), window), receiver);
            if (accepted.status != 201) {
                qWarning() << accepted.status << accepted.body;
                return approved;
            }
            const QString number = accepted.json().value(QLatin1String("number")).toString();
            const QString actions = QStringLiteral("/api/v1/cases/%1/actions").arg(number);
            if (accepted.json().value(QLatin1String("assignee")).toInteger() != m_accountIds.value(reviewer)
                && post(actions, {{QLatin1String("action"), QStringLiteral("assign")}, {QLatin1String("assignee"), m_accountIds.value(reviewer)}},
                        QStringLiteral("supervisor1"))
                           .status
                       != 200) {
                qWarning() << "assign refused";
                return approved;
            }
            approved += post(actions, {{QLatin1String("action"), QStringLiteral("approve")}}, reviewer).status == 200;
        }
        return approved;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.stop();
        QVERIFY(test::addAccountLikeAdmin(m_server.databasePath(), QStringLiteral("fc_admin"), QStringLiteral("admin"), QStringLiteral("MY-FC")));
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        for (const char *user : {"teller1", "teller2", "teller3", "teller4", "fc_teller1", "fc_teller2", "yx_teller1", "cj_teller1",
                                 "reviewer1", "reviewer2", "supervisor1", "fc_supervisor", "admin", "fc_admin"}) {
            m_token.insert(QString::fromLatin1(user), m_http->login(QString::fromLatin1(user), QStringLiteral("demo1234")));
            QVERIFY2(!m_token.value(QString::fromLatin1(user)).isEmpty(), user);
        }
        for (const char *device : {"kiosk-city", "kiosk-fc"}) {
            m_token.insert(QString::fromLatin1(device), m_http->login(QString::fromLatin1(device), QStringLiteral("device1234")));
            QVERIFY2(!m_token.value(QString::fromLatin1(device)).isEmpty(), device);
        }
        // teller3's own ID number, recorded by the account administration: checked, shown masked.
        const AdminAccountList all = AdminAccountList::fromJson(get(QStringLiteral("/api/v1/admin/accounts"), QStringLiteral("admin")).json()).value();
        for (const AdminAccount &a : all.accounts)
            m_accountIds.insert(a.username, a.id);
        const QString teller3 = QStringLiteral("/api/v1/admin/accounts/%1").arg(m_accountIds.value(QStringLiteral("teller3")));
        const HttpReply wrong = patch(teller3, {{QLatin1String("id_number"), kOwnId.left(17) + (kOwnId.endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0'))}}, QStringLiteral("admin"));
        QCOMPARE(wrong.status, 422);
        QVERIFY(wrong.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject().contains(QLatin1String("id_number")));
        const HttpReply recorded = patch(teller3, {{QLatin1String("id_number"), kOwnId.toLower()}}, QStringLiteral("admin"));
        QVERIFY2(recorded.status == 200, recorded.body.constData());
        QCOMPARE(recorded.json().value(QLatin1String("id_number")).toString(), QStringLiteral("5107**********") + kOwnId.right(4));

        // The shipped rules, then thresholds a test reaches in a few requests.
        const HttpReply shipped = get(QStringLiteral("/api/v1/risk/rules"), QStringLiteral("supervisor1"));
        QCOMPARE(shipped.status, 200);
        RiskRuleSet set = RiskRuleSet::fromJson(shipped.json()).value();
        QCOMPARE(set.version, 1);
        QCOMPARE(set.rules.size(), 11);
        QVERIFY(!set.changedAt.isValid());
        const auto setParameter = [&set](RiskRuleId id, const char *name, const QJsonValue &v) {
            for (RiskRule &r : set.rules) {
                if (r.id == id)
                    r.parameters.insert(QLatin1String(name), v);
            }
        };
        setParameter(RiskRuleId::OutOfOrderCalls, "max_per_day", 2);
        setParameter(RiskRuleId::UnissuedNumber, "max_per_day", 2);
        setParameter(RiskRuleId::BulkLookups, "max_per_hour", 3);
        setParameter(RiskRuleId::TellerOutlier, "min_count", 3);
        setParameter(RiskRuleId::RefusalOutlier, "min_count", 3);
        setParameter(RiskRuleId::TimeLimit, "warning_days", 3);
        setParameter(RiskRuleId::ReviewerAffinity, "min_count", 2);
        setParameter(RiskRuleId::ReviewerAffinity, "factor", 1.5);
        const HttpReply changed = put(QStringLiteral("/api/v1/risk/rules"), set.toJson(), QStringLiteral("admin"));
        QVERIFY2(changed.status == 200, changed.body.constData());
        m_rules = RiskRuleSet::fromJson(changed.json()).value();
        QCOMPARE(m_rules.version, 2);
        QCOMPARE(m_rules.changedBy, QStringLiteral("admin"));
        QCOMPARE(m_rules.rules, set.rules);
    }

    // --- The rule set -------------------------------------------------------------------------

    void rulesAreReadBySupervisorsAndAdministratorsOnly()
    {
        QCOMPARE(get(QStringLiteral("/api/v1/risk/rules"), QStringLiteral("fc_supervisor")).status, 200);
        QCOMPARE(get(QStringLiteral("/api/v1/risk/rules"), QStringLiteral("fc_admin")).status, 200);
        QCOMPARE(get(QStringLiteral("/api/v1/risk/rules"), QStringLiteral("teller1")).status, 403);
        QCOMPARE(RiskRuleSet::fromJson(get(QStringLiteral("/api/v1/risk/rules"), QStringLiteral("supervisor1")).json()).value(), m_rules);
        // Every version stays readable.
        const RiskRuleSet first = RiskRuleSet::fromJson(get(QStringLiteral("/api/v1/risk/rules/versions/1"), QStringLiteral("supervisor1")).json()).value();
        QCOMPARE(first.version, 1);
        QCOMPARE(first.rule(RiskRuleId::OutOfOrderCalls)->parameters.value(QLatin1String("max_per_day")).toInt(), 5);
        QCOMPARE(get(QStringLiteral("/api/v1/risk/rules/versions/2"), QStringLiteral("supervisor1")).json().value(QLatin1String("version")).toInt(), 2);
        QCOMPARE(get(QStringLiteral("/api/v1/risk/rules/versions/99"), QStringLiteral("supervisor1")).status, 404);
    }

    void badRuleSetsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message"); // in English
        QTest::newRow("out of range") << "out_of_order_calls" << "max_per_day" << QJsonValue(0) << "rules[3].parameters.max_per_day"
                                      << "Enter a whole number from 1 to 1000.";
        QTest::newRow("wrong type") << "bulk_lookups" << "max_per_hour" << QJsonValue(QStringLiteral("many")) << "rules[7].parameters.max_per_hour"
                                    << "Enter a whole number from 1 to 10000.";
        QTest::newRow("fraction") << "time_limit" << "warning_days" << QJsonValue(1.5) << "rules[10].parameters.warning_days"
                                  << "Enter a whole number from 0 to 10.";
        QTest::newRow("unknown matter") << "duplicate_claim" << "matters" << QJsonValue(QJsonArray{QStringLiteral("XX-999")})
                                        << "rules[0].parameters.matters[0]" << "There is no such matter in the catalogue.";
        QTest::newRow("unknown parameter") << "own_id_number" << "threshold" << QJsonValue(3) << "rules[2].parameters.threshold"
                                           << "This rule has no such parameter.";
        QTest::newRow("unknown rule") << "nonsense" << "" << QJsonValue() << "rules[11].id" << "There is no such rule.";
        QTest::newRow("rule missing") << "-time_limit" << "" << QJsonValue() << "rules.time_limit"
                                      << "This rule is missing: give every rule once.";
        QTest::newRow("rule twice") << "+duplicate_claim" << "" << QJsonValue() << "rules[11].id" << "This rule is given twice.";
    }

    void badRuleSetsAreRefusedAndChangeNothing()
    {
        QFETCH(QString, rule);
        QFETCH(QString, parameter);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QJsonObject body = m_rules.toJson();
        QJsonArray rules = body.value(QLatin1String("rules")).toArray();
        if (rule == QLatin1String("nonsense")) {
            rules.append(QJsonObject{{QLatin1String("id"), rule}, {QLatin1String("name_zh"), QStringLiteral("无")},
                                     {QLatin1String("name_en"), QStringLiteral("none")}, {QLatin1String("level"), QStringLiteral("low")}});
        } else if (rule.startsWith(QLatin1Char('-'))) {
            rules.removeAt(10);
        } else if (rule.startsWith(QLatin1Char('+'))) {
            rules.append(rules.at(0));
        } else {
            for (qsizetype i = 0; i < rules.size(); ++i) {
                QJsonObject r = rules.at(i).toObject();
                if (r.value(QLatin1String("id")).toString() != rule)
                    continue;
                QJsonObject p = r.value(QLatin1String("parameters")).toObject();
                p.insert(parameter, value);
                r.insert(QLatin1String("parameters"), p);
                rules.replace(i, r);
            }
        }
        body.insert(QLatin1String("rules"), rules);
        const HttpReply refused = put(QStringLiteral("/api/v1/risk/rules"), body, QStringLiteral("admin"), "en");
        QCOMPARE(refused.status, 422);
        const QJsonObject error = refused.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("validation_failed"));
        QCOMPARE(error.value(QLatin1String("fields")).toObject().value(field).toString(), message);
        // Translated: the same problem in Chinese by default.
        const HttpReply zh = put(QStringLiteral("/api/v1/risk/rules"), body, QStringLiteral("admin"));
        const QString zhText = zh.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject().value(field).toString();
        QVERIFY2(!zhText.isEmpty() && zhText != message, qPrintable(zhText));
        // Nothing changed.
        QCOMPARE(get(QStringLiteral("/api/v1/risk/rules"), QStringLiteral("supervisor1")).json().value(QLatin1String("version")).toInt(), 2);
    }

    void onlyTheCityAdministratorChangesRules()
    {
        const QJsonObject body = m_rules.toJson();
        QCOMPARE(put(QStringLiteral("/api/v1/risk/rules"), body, QStringLiteral("supervisor1")).status, 403);
        QCOMPARE(put(QStringLiteral("/api/v1/risk/rules"), body, QStringLiteral("fc_admin")).status, 403);
        // The same set again makes no new version.
        const HttpReply same = put(QStringLiteral("/api/v1/risk/rules"), body, QStringLiteral("admin"));
        QCOMPARE(same.status, 200);
        QCOMPARE(same.json().value(QLatin1String("version")).toInt(), 2);
        // The change is an administrative change, in the audit trail.
        QCOMPARE(sqlite(m_server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE action = 'admin.risk_rules.update'")),
                 QStringLiteral("1"));
    }

    // --- The rules, each firing and not -------------------------------------------------------

    void duplicateClaimAtAnotherHallFires()
    {
        // The live stream of the county's supervisor, and a teller's of the same hall.
        // The supervisor's stream twice: in the server's default language (Chinese) and in English.
        QWebSocket supervisor, supervisorEn, teller;
        QStringList heard, heardEn, tellerHeard;
        connect(&supervisor, &QWebSocket::textMessageReceived, this, [&heard](const QString &m) { heard << m; });
        connect(&supervisorEn, &QWebSocket::textMessageReceived, this, [&heardEn](const QString &m) { heardEn << m; });
        connect(&teller, &QWebSocket::textMessageReceived, this, [&tellerHeard](const QString &m) { tellerHeard << m; });
        for (auto [socket, user, lang] : {std::tuple{&supervisor, "fc_supervisor", ""}, std::tuple{&supervisorEn, "fc_supervisor", "en"},
                                          std::tuple{&teller, "fc_teller1", ""}}) {
            QUrl url = m_server.url();
            url.setScheme(QStringLiteral("ws"));
            url.setPath(QStringLiteral("/api/v1/events"));
            QUrlQuery query{{QStringLiteral("hall"), QStringLiteral("MY-FC")}, {QStringLiteral("token"), m_token.value(QLatin1String(user))}};
            if (*lang)
                query.addQueryItem(QStringLiteral("lang"), QLatin1String(lang));
            url.setQuery(query);
            socket->open(url);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty() && !heardEn.isEmpty() && !tellerHeard.isEmpty(), 10000); // the snapshots

        const QString person = idNumber(QStringLiteral("19850302"), false, 11);
        QCOMPARE(intake(QStringLiteral("UI-001"), person, QStringLiteral("teller1"), 1).status, 201);
        const HttpReply second = intake(QStringLiteral("UI-001"), person, QStringLiteral("fc_teller1"), 1);
        QCOMPARE(second.status, 201);
        const QString masked = QStringLiteral("5107**********") + person.right(4);
        const QList<RiskAlert> found = about(RiskRuleId::DuplicateClaim, masked, 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().hall, QStringLiteral("MY-FC"));
        QCOMPARE(found.first().owner, QStringLiteral("MY-FC"));
        QCOMPARE(toString(found.first().level), QStringLiteral("high"));
        QCOMPARE(toString(found.first().subject.kind), toString(RiskSubjectKind::Resident));
        QCOMPARE(found.first().ruleVersion, 2);
        QVERIFY(found.first().summary.contains(second.json().value(QLatin1String("number")).toString()));
        const RiskAlert withEvidence = full(found.first().id);
        QCOMPARE(withEvidence.evidence.size(), 2);
        QCOMPARE(withEvidence.evidenceCount, 2);
        for (const RiskEvidence &e : withEvidence.evidence)
            QCOMPARE(toString(e.kind), toString(RiskEvidenceKind::CaseEvent));
        // The county's supervisor heard it; the teller did not.
        const auto raised = [&](const QStringList &messages) {
            for (const QString &m : messages) {
                const QJsonObject o = QJsonDocument::fromJson(m.toUtf8()).object();
                if (o.value(QLatin1String("type")).toString() == QLatin1String("risk.alert_raised")
                    && o.value(QLatin1String("data")).toObject().value(QLatin1String("id")).toInteger() == found.first().id)
                    return o.value(QLatin1String("data")).toObject().value(QLatin1String("summary")).toString();
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!raised(heard).isEmpty() && !raised(heardEn).isEmpty(), 5000);
        // Each stream in its language.
        QVERIFY2(hasChinese(raised(heard)), qPrintable(raised(heard)));
        QCOMPARE(raised(heardEn), RiskMessages::english(found.first().summaryMessage));
        // Disposed: heard too.
        QCOMPARE(post(QStringLiteral("/api/v1/risk/alerts/%1/disposal").arg(found.first().id),
                      RiskDisposalRequest{RiskDisposalAction::Escalate, QStringLiteral("跨区重复申领，需市级核查")}.toJson(), QStringLiteral("fc_supervisor"))
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(heard.cbegin(), heard.cend(), [](const QString &m) { return m.contains(QLatin1String("risk.alert_disposed")); }),
                                 5000);
        QVERIFY(std::none_of(tellerHeard.cbegin(), tellerHeard.cend(), [](const QString &m) { return m.contains(QLatin1String("\"risk.")); }));
        // Swept again: the same evidence raises nothing new.
        sweep();
        QCOMPARE(about(RiskRuleId::DuplicateClaim, masked, 0).size(), 1);
    }

    void singleClaimsAndOtherMattersDoNotFire()
    {
        const QString once = idNumber(QStringLiteral("19850302"), true, 12);
        QCOMPARE(intake(QStringLiteral("UI-001"), once, QStringLiteral("teller1"), 1).status, 201);
        const QString twiceOther = idNumber(QStringLiteral("19850302"), true, 13); // CD-001 is not a benefit on the list
        QCOMPARE(intake(QStringLiteral("CD-001"), twiceOther, QStringLiteral("teller1"), 1).status, 201);
        QCOMPARE(intake(QStringLiteral("CD-001"), twiceOther, QStringLiteral("teller1"), 1).status, 201);
        sweep();
        QVERIFY(about(RiskRuleId::DuplicateClaim, QStringLiteral("5107**********") + once.right(4), 0).isEmpty());
        QVERIFY(about(RiskRuleId::DuplicateClaim, QStringLiteral("5107**********") + twiceOther.right(4), 0).isEmpty());
    }

    void pensionBelowRetirementAgeFires()
    {
        const HttpReply young = intake(QStringLiteral("PE-001"), idNumber(QStringLiteral("19900101"), true, 21), QStringLiteral("teller2"), 2);
        QCOMPARE(young.status, 201);
        const QString number = young.json().value(QLatin1String("number")).toString();
        const QList<RiskAlert> found = about(RiskRuleId::PensionUnderAge, number, 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(toString(found.first().subject.kind), toString(RiskSubjectKind::Case));
        QCOMPARE(found.first().summaryMessage.id, QStringLiteral("pension_under_age.summary_male"));
        QCOMPARE(found.first().summaryMessage.args.last().toInt(), 60); // the retirement age
        const RiskAlert zh = RiskAlert::fromJson(get(QStringLiteral("/api/v1/risk/alerts/%1").arg(found.first().id), QStringLiteral("supervisor1"), "zh-CN").json()).value();
        QVERIFY2(zh.summary.contains(QStringLiteral("男，退休年龄 60 岁")), qPrintable(zh.summary));
    }

    void pensionAtRetirementAgeDoesNotFire()
    {
        const HttpReply man = intake(QStringLiteral("PE-001"), idNumber(QStringLiteral("19600101"), true, 22), QStringLiteral("teller2"), 2);
        const HttpReply woman = intake(QStringLiteral("PE-001"), idNumber(QStringLiteral("19700101"), false, 23), QStringLiteral("teller2"), 2);
        QCOMPARE(man.status, 201);
        QCOMPARE(woman.status, 201);
        sweep();
        QVERIFY(about(RiskRuleId::PensionUnderAge, man.json().value(QLatin1String("number")).toString(), 0).isEmpty());
        QVERIFY(about(RiskRuleId::PensionUnderAge, woman.json().value(QLatin1String("number")).toString(), 0).isEmpty());
    }

    void staffHandlingTheirOwnIdNumberFires()
    {
        QVERIFY(openWindow(QStringLiteral("MY-CITY"), 3, QStringLiteral("teller3")));
        const qint64 own = issue(QStringLiteral("MY-CITY"), QStringLiteral("kiosk-city"), kOwnId);
        QVERIFY(own);
        QCOMPARE(post(QStringLiteral("/api/v1/tickets/%1/call").arg(own), {{QLatin1String("window"), 3}, {QLatin1String("reason"), QStringLiteral("本人")}},
                      QStringLiteral("teller3"))
                     .status,
                 200);
        QVERIFY(finish(own, 3, QStringLiteral("teller3")));
        const QList<RiskAlert> found = about(RiskRuleId::OwnIdNumber, QStringLiteral("teller3"), 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(toString(found.first().subject.kind), toString(RiskSubjectKind::Staff));
        // Raised at the first of their steps (the call): the evidence is what was known then.
        QVERIFY(!full(found.first().id).evidence.isEmpty());
        // Their own case too.
        QCOMPARE(intake(QStringLiteral("CD-001"), kOwnId, QStringLiteral("teller3"), 3).status, 201);
        QCOMPARE(about(RiskRuleId::OwnIdNumber, QStringLiteral("teller3"), 2).size(), 2);
    }

    void staffHandlingSomeoneElseDoesNotFire()
    {
        const qint64 other = issue(QStringLiteral("MY-CITY"), QStringLiteral("kiosk-city"), idNumber(QStringLiteral("19770707"), true, 31));
        QCOMPARE(post(QStringLiteral("/api/v1/tickets/%1/call").arg(other), {{QLatin1String("window"), 3}, {QLatin1String("reason"), QStringLiteral("测试")}},
                      QStringLiteral("teller3"))
                     .status,
                 200);
        QVERIFY(finish(other, 3, QStringLiteral("teller3")));
        // teller4 has no ID number recorded: not checked, even for teller3's own number.
        QVERIFY(openWindow(QStringLiteral("MY-CITY"), 4, QStringLiteral("teller4")));
        const qint64 third = issue(QStringLiteral("MY-CITY"), QStringLiteral("kiosk-city"), kOwnId);
        QCOMPARE(post(QStringLiteral("/api/v1/tickets/%1/call").arg(third), {{QLatin1String("window"), 4}, {QLatin1String("reason"), QStringLiteral("测试")}},
                      QStringLiteral("teller4"))
                     .status,
                 200);
        QVERIFY(finish(third, 4, QStringLiteral("teller4")));
        sweep();
        QCOMPARE(about(RiskRuleId::OwnIdNumber, QStringLiteral("teller3"), 0).size(), 2);
        QVERIFY(about(RiskRuleId::OwnIdNumber, QStringLiteral("teller4"), 0).isEmpty());
    }

    void outOfOrderCallsAboveTheThresholdFire()
    {
        // teller1: three calls out of turn (threshold 2 a day).
        QVERIFY(openWindow(QStringLiteral("MY-CITY"), 1, QStringLiteral("teller1")));
        for (int i = 0; i < 3; ++i) {
            const qint64 id = issue(QStringLiteral("MY-CITY"), QStringLiteral("kiosk-city"));
            QCOMPARE(post(QStringLiteral("/api/v1/tickets/%1/call").arg(id), {{QLatin1String("window"), 1}, {QLatin1String("reason"), QStringLiteral("熟人")}},
                          QStringLiteral("teller1"))
                         .status,
                     200);
            QVERIFY(finish(id, 1, QStringLiteral("teller1")));
            if (i < 2) // not yet: two are within the threshold
                QVERIFY(about(RiskRuleId::OutOfOrderCalls, QStringLiteral("teller1"), 0).isEmpty());
        }
        const QList<RiskAlert> found = about(RiskRuleId::OutOfOrderCalls, QStringLiteral("teller1"), 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(full(found.first().id).evidence.size(), 3);
        QVERIFY(full(found.first().id).evidence.first().note.contains(QStringLiteral("熟人")));
    }

    void outOfOrderCallsWithinTheThresholdDoNotFire()
    {
        QVERIFY(openWindow(QStringLiteral("MY-CITY"), 2, QStringLiteral("teller2")));
        for (int i = 0; i < 2; ++i) {
            const qint64 id = issue(QStringLiteral("MY-CITY"), QStringLiteral("kiosk-city"));
            QCOMPARE(post(QStringLiteral("/api/v1/tickets/%1/call").arg(id), {{QLatin1String("window"), 2}, {QLatin1String("reason"), QStringLiteral("老人")}},
                          QStringLiteral("teller2"))
                         .status,
                     200);
            QVERIFY(finish(id, 2, QStringLiteral("teller2")));
        }
        sweep();
        QVERIFY(about(RiskRuleId::OutOfOrderCalls, QStringLiteral("teller2"), 0).isEmpty());
    }

    void callingOnesOwnWindowTicketsFires()
    {
        // fc_teller1 makes three numbers at the window and calls them (threshold 2).
        QVERIFY(openWindow(QStringLiteral("MY-FC"), 1, QStringLiteral("fc_teller1")));
        for (int i = 0; i < 3; ++i) {
            const qint64 id = issue(QStringLiteral("MY-FC"), QStringLiteral("fc_teller1"));
            const HttpReply called = post(QStringLiteral("/api/v1/halls/MY-FC/windows/1/call-next"), {}, QStringLiteral("fc_teller1"));
            QCOMPARE(called.json().value(QLatin1String("id")).toInteger(), id);
            QVERIFY(finish(id, 1, QStringLiteral("fc_teller1")));
        }
        const QList<RiskAlert> found = about(RiskRuleId::UnissuedNumber, QStringLiteral("fc_teller1"), 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().hall, QStringLiteral("MY-FC"));
        QCOMPARE(full(found.first().id).evidence.size(), 6); // each number's issue and call
    }

    void callingKioskTicketsDoesNotFire()
    {
        QVERIFY(openWindow(QStringLiteral("MY-FC"), 2, QStringLiteral("fc_teller2")));
        for (int i = 0; i < 4; ++i) {
            // Two made at the window (within the threshold), two from the kiosk.
            const qint64 id = issue(QStringLiteral("MY-FC"), i < 2 ? QStringLiteral("fc_teller2") : QStringLiteral("kiosk-fc"));
            const HttpReply called = post(QStringLiteral("/api/v1/halls/MY-FC/windows/2/call-next"), {}, QStringLiteral("fc_teller2"));
            QCOMPARE(called.json().value(QLatin1String("id")).toInteger(), id);
            QVERIFY(finish(id, 2, QStringLiteral("fc_teller2")));
        }
        sweep();
        QVERIFY(about(RiskRuleId::UnissuedNumber, QStringLiteral("fc_teller2"), 0).isEmpty());
    }

    void tellerWithManyNoShowsStandsOut()
    {
        // fc_teller1 marks three kiosk tickets no-show; fc_teller2 served all of theirs.
        for (int i = 0; i < 3; ++i) {
            const qint64 id = issue(QStringLiteral("MY-FC"), QStringLiteral("kiosk-fc"));
            QCOMPARE(post(QStringLiteral("/api/v1/halls/MY-FC/windows/1/call-next"), {}, QStringLiteral("fc_teller1")).json().value(QLatin1String("id")).toInteger(), id);
            QCOMPARE(post(QStringLiteral("/api/v1/tickets/%1/no-show").arg(id), {{QLatin1String("window"), 1}}, QStringLiteral("fc_teller1")).status, 200);
        }
        // A statistic of the whole day: the nightly sweep's, not the event hook's.
        QTest::qWait(300);
        const auto noShows = [this](const QString &teller) {
            QList<RiskAlert> out;
            for (const RiskAlert &a : about(RiskRuleId::TellerOutlier, teller, 0)) {
                if (a.summaryMessage.id == QLatin1String("teller_outlier.no_shows.summary"))
                    out << a;
            }
            return out;
        };
        QVERIFY(noShows(QStringLiteral("fc_teller1")).isEmpty());
        QVERIFY(sweep().raised >= 1);
        const QList<RiskAlert> found = noShows(QStringLiteral("fc_teller1"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(full(found.first().id).evidence.size(), 3);
    }

    void tellerWithinTheHallsNormDoesNotStandOut()
    {
        sweep();
        for (const RiskAlert &a : about(RiskRuleId::TellerOutlier, QStringLiteral("fc_teller2"), 0))
            QVERIFY2(a.summaryMessage.id == QLatin1String("teller_outlier.short_services.summary"), qPrintable(a.summary));
    }

    void bulkLookupsFire()
    {
        // Four people the city holds cases of (a lookup that finds nobody is refused and not kept).
        const QStringList people{idNumber(QStringLiteral("19850302"), false, 11), idNumber(QStringLiteral("19850302"), true, 12),
                                 idNumber(QStringLiteral("19850302"), true, 13), idNumber(QStringLiteral("19900101"), true, 21)};
        for (const QString &person : people)
            QCOMPARE(get(QStringLiteral("/api/v1/citizens/%1").arg(person), QStringLiteral("teller4")).status, 200);
        const QList<RiskAlert> found = about(RiskRuleId::BulkLookups, QStringLiteral("teller4"), 1);
        QCOMPARE(found.size(), 1);
        const RiskAlert alert = full(found.first().id);
        QCOMPARE(alert.evidence.size(), 4);
        QCOMPARE(toString(alert.evidence.first().kind), toString(RiskEvidenceKind::Lookup));
        QVERIFY(!alert.evidence.first().note.contains(people.first())); // masked
    }

    void fewLookupsDoNotFire()
    {
        for (const QString &person : {idNumber(QStringLiteral("19600101"), true, 22), idNumber(QStringLiteral("19700101"), false, 23), kOwnId})
            QCOMPARE(get(QStringLiteral("/api/v1/citizens/%1").arg(person), QStringLiteral("teller2")).status, 200);
        sweep();
        QVERIFY(about(RiskRuleId::BulkLookups, QStringLiteral("teller2"), 0).isEmpty());
    }

    void workOutsideOpeningHoursFires()
    {
        // MY-FC-CJ opens for one minute a day, twelve hours from now.
        const QJsonArray hours = test::hoursOneMinuteTwelveHoursAway();
        const HttpReply patched = patch(QStringLiteral("/api/v1/admin/halls/MY-FC-CJ"), {{QLatin1String("hours"), hours}}, QStringLiteral("admin"));
        QVERIFY2(patched.status == 200, patched.body.constData());
        QVERIFY(issue(QStringLiteral("MY-FC-CJ"), QStringLiteral("cj_teller1")));
        const QList<RiskAlert> found = about(RiskRuleId::AfterHours, QStringLiteral("cj_teller1"), 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().hall, QStringLiteral("MY-FC-CJ"));
    }

    void workWithinOpeningHoursDoesNotFire()
    {
        QJsonArray hours;
        for (int d = 1; d <= 7; ++d)
            hours.append(QJsonObject{{QLatin1String("weekday"), d}, {QLatin1String("open"), QStringLiteral("00:00")},
                                     {QLatin1String("close"), QStringLiteral("23:59")}});
        QCOMPARE(patch(QStringLiteral("/api/v1/admin/halls/MY-YX"), {{QLatin1String("hours"), hours}}, QStringLiteral("admin")).status, 200);
        QVERIFY(issue(QStringLiteral("MY-YX"), QStringLiteral("yx_teller1")));
        sweep();
        QVERIFY(about(RiskRuleId::AfterHours, QStringLiteral("yx_teller1"), 0).isEmpty());
        // A hall that lists no hours at all (MY-CITY in the demo) is not checked.
        QVERIFY(about(RiskRuleId::AfterHours, QStringLiteral("teller1"), 0).isEmpty());
    }

    void refusalsFarAboveTheNormFire()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(intake(QStringLiteral("CD-001"), idNumber(QStringLiteral("19920202"), true, 60 + i), QStringLiteral("teller4"), 4, QStringLiteral("refuse")).status, 201);
        QVERIFY(about(RiskRuleId::RefusalOutlier, QStringLiteral("teller4"), 0).isEmpty()); // the sweep's
        sweep();
        const QList<RiskAlert> found = about(RiskRuleId::RefusalOutlier, QStringLiteral("teller4"), 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(full(found.first().id).evidence.size(), 3);
    }

    void refusalsWithinTheNormDoNotFire()
    {
        // teller2 accepted their applications (the pension tests); one refusal of four is the hall's norm or below.
        QCOMPARE(intake(QStringLiteral("CD-001"), idNumber(QStringLiteral("19920202"), false, 70), QStringLiteral("teller2"), 2, QStringLiteral("refuse")).status, 201);
        sweep();
        QVERIFY(about(RiskRuleId::RefusalOutlier, QStringLiteral("teller2"), 0).isEmpty());
    }

    void casesAboutToBreakTheirTimeLimitFire()
    {
        // WI-009 is due in 3 working days (the warning is set to 3); WI-001 in 60.
        const HttpReply soon = intake(QStringLiteral("WI-009"), idNumber(QStringLiteral("19810808"), true, 80), QStringLiteral("teller1"), 1);
        const HttpReply later = intake(QStringLiteral("WI-001"), idNumber(QStringLiteral("19810808"), true, 81), QStringLiteral("teller1"), 1);
        QCOMPARE(soon.status, 201);
        QCOMPARE(later.status, 201);
        sweep();
        const QList<RiskAlert> found = about(RiskRuleId::TimeLimit, soon.json().value(QLatin1String("number")).toString(), 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(toString(found.first().level), QStringLiteral("low"));
        QVERIFY(about(RiskRuleId::TimeLimit, later.json().value(QLatin1String("number")).toString(), 0).isEmpty());
    }

    void reviewerApprovingOneReceiversCasesFarAboveChanceFires()
    {
        // teller1's two cases approved by reviewer1, teller2's two by reviewer2: by chance each
        // pair would share one approval (2 × 2 / 4), each has two (factor 1.5, at least 2).
        QCOMPARE(approvedBy(QStringLiteral("teller1"), QStringLiteral("reviewer1"), 2, 90), 2);
        QCOMPARE(approvedBy(QStringLiteral("teller2"), QStringLiteral("reviewer2"), 2, 92), 2);
        QVERIFY(about(RiskRuleId::ReviewerAffinity, QStringLiteral("reviewer1"), 0).isEmpty()); // the sweep's
        sweep();
        const QList<RiskAlert> found = about(RiskRuleId::ReviewerAffinity, QStringLiteral("reviewer1"), 1);
        QCOMPARE(found.size(), 1);
        // reviewer1 approved 2 of teller1's cases.
        const QJsonArray args = found.first().summaryMessage.args;
        QCOMPARE(args.at(1).toInt(), 2);
        QCOMPARE(args.at(2).toString(), QStringLiteral("teller1"));
        const RiskAlert en = RiskAlert::fromJson(get(QStringLiteral("/api/v1/risk/alerts/%1").arg(found.first().id), QStringLiteral("supervisor1"), "en").json()).value();
        QVERIFY2(en.summary.contains(QLatin1String("2 of teller1's cases")), qPrintable(en.summary));
        QCOMPARE(full(found.first().id).evidence.size(), 2);
    }

    void reviewersApprovingByChanceDoNotFire()
    {
        // teller4's two cases, one to each reviewer: no pair reaches two.
        QCOMPARE(approvedBy(QStringLiteral("teller4"), QStringLiteral("reviewer1"), 1, 94), 1);
        QCOMPARE(approvedBy(QStringLiteral("teller4"), QStringLiteral("reviewer2"), 1, 95), 1);
        sweep();
        for (const char *reviewer : {"reviewer1", "reviewer2"}) {
            for (const RiskAlert &a : about(RiskRuleId::ReviewerAffinity, QLatin1String(reviewer), 0))
                QVERIFY2(!a.summary.contains(QLatin1String("teller4")), qPrintable(a.summary));
        }
        // And the pair that fired is not raised again for the same period.
        QCOMPARE(about(RiskRuleId::ReviewerAffinity, QStringLiteral("reviewer1"), 0).size(), 1);
    }

    // --- Disposal ------------------------------------------------------------------------------

    void disposalIsForSupervisorsInScopeOnceWithItsReasonAndAudited()
    {
        const QList<RiskAlert> pension = alerts(QStringLiteral("supervisor1"), QStringLiteral("MY-CITY"), RiskRuleId::PensionUnderAge);
        QVERIFY(!pension.isEmpty());
        const QString path = QStringLiteral("/api/v1/risk/alerts/%1/disposal").arg(pension.first().id);
        const QJsonObject dismiss = RiskDisposalRequest{RiskDisposalAction::Dismiss, QStringLiteral("核实为提前退休人员")}.toJson();
        QCOMPARE(post(path, dismiss, QStringLiteral("teller1")).status, 403);
        QCOMPARE(post(path, dismiss, QStringLiteral("admin")).status, 403);
        QCOMPARE(post(path, dismiss, QStringLiteral("fc_supervisor")).status, 403); // not their hall
        QCOMPARE(get(QStringLiteral("/api/v1/risk/alerts/%1").arg(pension.first().id), QStringLiteral("fc_supervisor")).status, 403);
        // A dismissal and an escalation need their reason.
        for (const char *action : {"dismiss", "escalate"}) {
            const HttpReply noReason = post(path, {{QLatin1String("action"), QLatin1String(action)}}, QStringLiteral("supervisor1"));
            QCOMPARE(noReason.status, 422);
            QVERIFY(noReason.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject().contains(QLatin1String("reason")));
        }
        // The city hall has nothing above it.
        QCOMPARE(post(path, RiskDisposalRequest{RiskDisposalAction::Escalate, QStringLiteral("上报")}.toJson(), QStringLiteral("supervisor1")).status, 409);
        QCOMPARE(toString(full(pension.first().id).status), toString(RiskAlertStatus::Open));
        const HttpReply done = post(path, dismiss, QStringLiteral("supervisor1"));
        QCOMPARE(done.status, 200);
        const RiskAlert after = RiskAlert::fromJson(done.json()).value();
        QCOMPARE(toString(after.status), toString(RiskAlertStatus::Dismissed));
        QCOMPARE(after.disposals.size(), 1);
        QCOMPARE(after.disposals.first().by, QStringLiteral("supervisor1"));
        QCOMPARE(after.disposals.first().reason, QStringLiteral("核实为提前退休人员"));
        // Once only.
        QCOMPARE(post(path, RiskDisposalRequest{RiskDisposalAction::Confirm, {}}.toJson(), QStringLiteral("supervisor1")).status, 409);
        // In the audit trail, with its reason and where it came from.
        QCOMPARE(sqlite(m_server.databasePath(),
                        QStringLiteral("SELECT action || '|' || reason || '|' || device FROM audit_trail WHERE subject_table = 'risk_disposals'")),
                 QStringLiteral("risk.escalate|跨区重复申领，需市级核查|ip:127.0.0.1\nrisk.dismiss|核实为提前退休人员|ip:127.0.0.1"));
    }

    void escalationGoesUpTheSupervisionScope()
    {
        // The duplicate claim escalated by the county's supervisor waits for the city's.
        const QList<RiskAlert> found = alerts(QStringLiteral("fc_supervisor"), QStringLiteral("MY-FC"), RiskRuleId::DuplicateClaim);
        QCOMPARE(found.size(), 1);
        QCOMPARE(toString(found.first().status), toString(RiskAlertStatus::Escalated));
        QCOMPARE(found.first().owner, QStringLiteral("MY-CITY"));
        QCOMPARE(found.first().disposals.first().escalatedTo, QStringLiteral("MY-CITY"));
        const QString path = QStringLiteral("/api/v1/risk/alerts/%1/disposal").arg(found.first().id);
        QCOMPARE(post(path, RiskDisposalRequest{RiskDisposalAction::Confirm, {}}.toJson(), QStringLiteral("fc_supervisor")).status, 409);
        const HttpReply confirmed = post(path, RiskDisposalRequest{RiskDisposalAction::Confirm, {}}.toJson(), QStringLiteral("supervisor1"));
        QCOMPARE(confirmed.status, 200);
        const RiskAlert after = RiskAlert::fromJson(confirmed.json()).value();
        QCOMPARE(toString(after.status), toString(RiskAlertStatus::Confirmed));
        QCOMPARE(after.disposals.size(), 2);
        QCOMPARE(after.disposals.last().hall, QStringLiteral("MY-CITY"));
    }

    void alertsAreListedWithinTheSupervisionScope()
    {
        QCOMPARE(get(QStringLiteral("/api/v1/risk/alerts?hall=MY-CITY"), QStringLiteral("fc_supervisor")).status, 403);
        QCOMPARE(get(QStringLiteral("/api/v1/risk/alerts?hall=MY-YX"), QStringLiteral("fc_supervisor")).status, 403);
        QCOMPARE(get(QStringLiteral("/api/v1/risk/alerts"), QStringLiteral("teller1")).status, 403);
        QCOMPARE(get(QStringLiteral("/api/v1/risk/alerts?status=nonsense"), QStringLiteral("supervisor1")).status, 422);
        // The county's supervisor sees their hall and the township below it, nothing of the city's.
        const RiskAlertList county = RiskAlertList::fromJson(get(QStringLiteral("/api/v1/risk/alerts"), QStringLiteral("fc_supervisor")).json()).value();
        QVERIFY(!county.alerts.isEmpty());
        for (const RiskAlert &a : county.alerts)
            QVERIFY2(a.hall == QLatin1String("MY-FC") || a.hall == QLatin1String("MY-FC-CJ"), qPrintable(a.hall));
        // Filters.
        const RiskAlertList dismissed = RiskAlertList::fromJson(get(QStringLiteral("/api/v1/risk/alerts?status=dismissed&level=high&from=%1&to=%1")
                                                                        .arg(today().toString(Qt::ISODate)),
                                                                    QStringLiteral("supervisor1"))
                                                                    .json())
                                            .value();
        QCOMPARE(dismissed.alerts.size(), 1);
        QCOMPARE(toString(dismissed.alerts.first().rule), toString(RiskRuleId::PensionUnderAge));
        QVERIFY(dismissed.alerts.first().evidence.isEmpty()); // the list leaves it out
    }

    void theDaysSummaryCountsByRuleAndLevel()
    {
        const QString day = today().toString(Qt::ISODate);
        QCOMPARE(get(QStringLiteral("/api/v1/reports/risk?day=%1&hall=MY-CITY").arg(day), QStringLiteral("fc_supervisor")).status, 403);
        QCOMPARE(get(QStringLiteral("/api/v1/reports/risk?day=someday"), QStringLiteral("supervisor1")).status, 422);
        const HttpReply r = get(QStringLiteral("/api/v1/reports/risk?day=%1&hall=MY-FC").arg(day), QStringLiteral("fc_supervisor"));
        QCOMPARE(r.status, 200);
        const RiskSummary s = RiskSummary::fromJson(r.json()).value();
        QCOMPARE(s.halls, (QStringList({QStringLiteral("MY-FC"), QStringLiteral("MY-FC-CJ"), QStringLiteral("MY-FC-GS"), QStringLiteral("MY-FC-NH"), QStringLiteral("MY-FC-QY")})));
        const RiskAlertList listed = RiskAlertList::fromJson(get(QStringLiteral("/api/v1/risk/alerts?hall=MY-FC"), QStringLiteral("fc_supervisor")).json()).value();
        QCOMPARE(s.raised, listed.alerts.size());
        const auto row = std::find_if(s.rows.cbegin(), s.rows.cend(), [](const RiskSummaryRow &x) { return x.rule == RiskRuleId::DuplicateClaim; });
        QVERIFY(row != s.rows.cend());
        QCOMPARE(row->raised, 1);
        QCOMPARE(row->confirmed, 1);
        QCOMPARE(row->ruleName.zh, QStringLiteral("重复申领待遇"));
        int open = 0, disposed = 0;
        for (const RiskAlert &a : listed.alerts) {
            open += a.status == RiskAlertStatus::Open || a.status == RiskAlertStatus::Escalated;
            disposed += a.status == RiskAlertStatus::Confirmed || a.status == RiskAlertStatus::Dismissed;
        }
        QCOMPARE(s.open, open);
        QCOMPARE(s.disposed, disposed);
    }

    // --- What the alerts say, in the reader's language -------------------------------------

    // Every alert the rules raised above: its finding and each evidence note are ids of the
    // catalogue with as many arguments as their texts have places, and the server makes them
    // text in the language the request asks for — Chinese by default and for zh-CN, English for en.
    void everyAlertSaysWhatItFoundInTheReadersLanguage()
    {
        const QByteArray path = "/api/v1/risk/alerts?hall=MY-CITY";
        const RiskAlertList zhList = RiskAlertList::fromJson(get(QString::fromLatin1(path), QStringLiteral("supervisor1"), "zh-CN").json()).value();
        const RiskAlertList enList = RiskAlertList::fromJson(get(QString::fromLatin1(path), QStringLiteral("supervisor1"), "en-US,en;q=0.9").json()).value();
        QVERIFY(zhList.alerts.size() >= 10);
        QCOMPARE(enList.alerts.size(), zhList.alerts.size());
        QSet<QString> summaries, notes;
        QSet<QString> rules;
        for (qsizetype i = 0; i < zhList.alerts.size(); ++i) {
            const qint64 id = zhList.alerts.at(i).id;
            const QString where = QStringLiteral("alert %1").arg(id);
            const RiskAlert zh = RiskAlert::fromJson(get(QStringLiteral("/api/v1/risk/alerts/%1").arg(id), QStringLiteral("supervisor1"), "zh-CN").json()).value();
            const RiskAlert en = RiskAlert::fromJson(get(QStringLiteral("/api/v1/risk/alerts/%1").arg(id), QStringLiteral("supervisor1"), "en").json()).value();
            QVERIFY2(misfit(zh.summaryMessage.id, zh.summaryMessage.args).isEmpty(), qPrintable(where + QLatin1String(": ") + misfit(zh.summaryMessage.id, zh.summaryMessage.args)));
            QCOMPARE(en.summaryMessage, zh.summaryMessage);
            QCOMPARE(en.summary, RiskMessages::english(en.summaryMessage));
            QVERIFY2(hasChinese(zh.summary) && !zh.summary.contains(QLatin1Char('%')), qPrintable(where + QLatin1String(": ") + zh.summary));
            QCOMPARE(zhList.alerts.at(i).summary, zh.summary);
            QCOMPARE(enList.alerts.at(i).summary, en.summary);
            QCOMPARE(zh.evidence.size(), en.evidence.size());
            QVERIFY(!zh.evidence.isEmpty());
            for (qsizetype k = 0; k < zh.evidence.size(); ++k) {
                const RiskEvidence &z = zh.evidence.at(k);
                const RiskEvidence &e = en.evidence.at(k);
                QVERIFY2(misfit(z.noteMessage.id, z.noteMessage.args).isEmpty(), qPrintable(where + QLatin1String(": ") + misfit(z.noteMessage.id, z.noteMessage.args)));
                QCOMPARE(e.noteMessage, z.noteMessage);
                QCOMPARE(e.note, RiskMessages::english(e.noteMessage));
                QVERIFY2(hasChinese(z.note) && !z.note.contains(QLatin1Char('%')), qPrintable(where + QLatin1String(": ") + z.note));
                notes.insert(z.noteMessage.id);
            }
            summaries.insert(zh.summaryMessage.id);
            rules.insert(toString(zh.rule));
        }
        // Every rule raised something above, so every rule's finding was checked here.
        QCOMPARE(rules.size(), allRiskRules().size());
        QVERIFY2(summaries.size() >= 11, qPrintable(QStringList(summaries.cbegin(), summaries.cend()).join(QLatin1Char(' '))));
        QVERIFY(notes.contains(QStringLiteral("evidence.case")) && notes.contains(QStringLiteral("evidence.lookup"))
                && (notes.contains(QStringLiteral("evidence.ticket")) || notes.contains(QStringLiteral("evidence.ticket_at_window"))));
        // A disposal answers in the language asked for too.
        const auto open = std::find_if(zhList.alerts.cbegin(), zhList.alerts.cend(), [](const RiskAlert &a) { return a.status == RiskAlertStatus::Open; });
        QVERIFY(open != zhList.alerts.cend());
        const HttpReply confirmed = m_http->send("POST", QStringLiteral("/api/v1/risk/alerts/%1/disposal").arg(open->id),
                                                 QJsonDocument(RiskDisposalRequest{RiskDisposalAction::Confirm, {}}.toJson()).toJson(),
                                                 {{"Authorization", "Bearer " + m_token.value(QStringLiteral("supervisor1")).toLatin1()},
                                                  {"Content-Type", "application/json"}, {"Accept-Language", "en"}});
        QCOMPARE(confirmed.status, 200);
        const RiskAlert after = RiskAlert::fromJson(confirmed.json()).value();
        QCOMPARE(after.summary, RiskMessages::english(after.summaryMessage));
    }

    // An alert stored before the ids were kept (its summary and notes plain text) reads back as
    // it was, in either language.
    void anAlertStoredAsTextReadsBackAsItWas()
    {
        const QString db = m_server.databasePath();
        const QString day = today().toString(Qt::ISODate);
        const QString inserted = sqlite(db, QStringLiteral(
            "INSERT INTO risk_alerts (rule, rule_version, rule_name_zh, rule_name_en, level, hall_id, owner_hall_id, service_day, "
            "subject_kind, subject_ref, summary, evidence_json, evidence_count, dedup_key, raised_at, status) "
            "SELECT 'time_limit', 1, '办件时限预警', 'Time limit', 'low', id, id, '%1', 'case', 'OLD-1', "
            "'OLD-1 SI-008 (accepted) is due %1', '[{\"kind\":\"case_event\",\"id\":1,\"at\":\"%1T01:00:00Z\",\"note\":\"OLD-1 SI-008 accepted\"}]', "
            "1, 'legacy:old-1', 0, 'open' FROM halls WHERE code = 'MY-CITY'; SELECT id FROM risk_alerts WHERE dedup_key = 'legacy:old-1'").arg(day));
        bool ok = false;
        const qint64 id = inserted.toLongLong(&ok);
        QVERIFY2(ok, qPrintable(inserted));
        for (const char *language : {"zh-CN", "en"}) {
            const HttpReply r = get(QStringLiteral("/api/v1/risk/alerts/%1").arg(id), QStringLiteral("supervisor1"), language);
            QCOMPARE(r.status, 200);
            QVERIFY(!r.json().contains(QLatin1String("summary_id")));
            const RiskAlert a = RiskAlert::fromJson(r.json()).value();
            QCOMPARE(a.summary, QStringLiteral("OLD-1 SI-008 (accepted) is due %1").arg(day));
            QCOMPARE(a.evidence.size(), 1);
            QCOMPARE(a.evidence.first().note, QStringLiteral("OLD-1 SI-008 accepted"));
            QVERIFY(a.evidence.first().noteMessage.isEmpty());
        }
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_server.stop();
    }
};

QTEST_MAIN(TestServerRisk)
#include "tst_server_risk.moc"
