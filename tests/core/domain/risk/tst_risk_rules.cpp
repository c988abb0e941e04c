// The pure part of the risk rules: the arithmetic (a rate standing out from the hall's norm, a
// pair above chance, an age, a dense hour), the rule set's check (the shipped file passes; each
// kind of problem is named at its field) and the bodies' round trip through JSON.
#include "core/domain/api/RiskBodies.h"
#include "core/domain/risk/RiskMath.h"
#include "core/domain/risk/RiskRuleSpecs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace ow;

namespace {
RiskRuleSet shipped()
{
    QFile f(QStringLiteral(":/onewindow/risk/risk-rules.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return RiskRuleSet::fromJson(QJsonDocument::fromJson(f.readAll()).object()).value();
}
const auto anyMatter = [](const QString &code) { return code != QLatin1String("XX-999"); };
} // namespace

class TestRiskRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standsOut_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("othersCount");
        QTest::addColumn<int>("othersBase");
        QTest::addColumn<bool>("out");
        // factor 2, at least 3
        QTest::newRow("others none, enough") << 3 << 10 << 0 << 10 << true;
        QTest::newRow("others none, too few") << 2 << 10 << 0 << 10 << false;
        QTest::newRow("twice the others exactly") << 4 << 10 << 2 << 10 << false;
        QTest::newRow("above twice") << 5 << 10 << 2 << 10 << true;
        QTest::newRow("nobody else worked") << 5 << 10 << 0 << 0 << false;
        QTest::newRow("no base") << 5 << 0 << 0 << 10 << false;
    }
    void standsOut()
    {
        QFETCH(int, count);
        QFETCH(int, base);
        QFETCH(int, othersCount);
        QFETCH(int, othersBase);
        QFETCH(bool, out);
        QCOMPARE(RiskMath::standsOut(count, base, othersCount, othersBase, 2.0, 3), out);
    }

    void aboveChance()
    {
        // Two reviewers, two receivers, each pair all of the other's: 2 > 1.5 × (2 × 2 / 4).
        QVERIFY(RiskMath::aboveChance(2, 2, 2, 4, 1.5, 2));
        // One reviewer does everything: chance is all of it.
        QVERIFY(!RiskMath::aboveChance(4, 4, 4, 4, 1.5, 2));
        QVERIFY(!RiskMath::aboveChance(1, 1, 1, 4, 1.0, 2)); // below the minimum
        QVERIFY(!RiskMath::aboveChance(3, 3, 3, 0, 1.0, 1));
    }

    void ageOn()
    {
        QCOMPARE(RiskMath::ageOn(QDate(1966, 12, 8), QDate(2026, 12, 7)), 59);
        QCOMPARE(RiskMath::ageOn(QDate(1966, 12, 7), QDate(2026, 12, 7)), 60);
        QCOMPARE(RiskMath::ageOn(QDate(1966, 2, 28), QDate(2026, 3, 1)), 60);
    }

    void denseHour()
    {
        const QDateTime t0(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc());
        QList<QDateTime> times{t0, t0.addSecs(600), t0.addSecs(3599), t0.addSecs(3600), t0.addSecs(7300)};
        // Three within an hour (0, 600, 3599) is more than 2.
        const auto dense = RiskMath::denseHour(times, 2);
        QVERIFY(dense);
        QCOMPARE(dense->first, 0);
        QCOMPARE(dense->second, 2);
        // Never more than three within one hour.
        QVERIFY(!RiskMath::denseHour(times, 3));
        QVERIFY(!RiskMath::denseHour({}, 0));
        QVERIFY(RiskMath::denseHour({t0}, 0));
    }

    void theShippedRulesPass()
    {
        const RiskRuleSet set = shipped();
        QCOMPARE(set.rules.size(), allRiskRules().size());
        for (qsizetype i = 0; i < set.rules.size(); ++i)
            QCOMPARE(toString(set.rules.at(i).id), toString(allRiskRules().at(i)));
        QVERIFY(RiskRuleSpecs::check(set, anyMatter));
        QCOMPARE(RiskRuleSpecs::integer(*set.rule(RiskRuleId::DuplicateClaim), "period_days"), 180);
        QVERIFY(RiskRuleSpecs::matters(*set.rule(RiskRuleId::PensionUnderAge)).contains(QStringLiteral("PE-001")));
        QCOMPARE(RiskRuleSpecs::number(*set.rule(RiskRuleId::TellerOutlier), "short_share"), 0.2);
    }

    void problemsAreNamedAtTheirField_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("below") << "teller_outlier" << "short_share" << QJsonValue(0.0) << "rules[5].parameters.short_share";
        QTest::newRow("above") << "pension_under_age" << "retirement_age_female" << QJsonValue(81) << "rules[1].parameters.retirement_age_female";
        QTest::newRow("text") << "after_hours" << "grace_minutes" << QJsonValue(QStringLiteral("30")) << "rules[6].parameters.grace_minutes";
        QTest::newRow("missing") << "time_limit" << "warning_days" << QJsonValue() << "rules[10].parameters.warning_days";
        QTest::newRow("no matters") << "duplicate_claim" << "matters" << QJsonValue(QJsonArray{}) << "rules[0].parameters.matters";
        QTest::newRow("matter twice") << "duplicate_claim" << "matters" << QJsonValue(QJsonArray{QStringLiteral("UI-001"), QStringLiteral("UI-001")})
                                      << "rules[0].parameters.matters[1]";
        QTest::newRow("unknown matter") << "duplicate_claim" << "matters" << QJsonValue(QJsonArray{QStringLiteral("XX-999")})
                                        << "rules[0].parameters.matters[0]";
    }
    void problemsAreNamedAtTheirField()
    {
        QFETCH(QString, rule);
        QFETCH(QString, parameter);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject body = shipped().toJson();
        QJsonArray rules = body.value(QLatin1String("rules")).toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QJsonObject r = rules.at(i).toObject();
            if (r.value(QLatin1String("id")).toString() != rule)
                continue;
            QJsonObject p = r.value(QLatin1String("parameters")).toObject();
            if (value.isNull())
                p.remove(parameter);
            else
                p.insert(parameter, value);
            r.insert(QLatin1String("parameters"), p);
            rules.replace(i, r);
        }
        body.insert(QLatin1String("rules"), rules);
        const auto read = RiskRuleSpecs::read(body, anyMatter);
        QVERIFY(!read);
        const QJsonObject fields = read.error().extra.value(QLatin1String("fields")).toObject();
        QVERIFY2(fields.contains(field), qPrintable(QString::fromUtf8(QJsonDocument(fields).toJson())));
        QCOMPARE(fields.size(), 1);
    }

    void readSortsTheRules()
    {
        QJsonObject body = shipped().toJson();
        QJsonArray rules = body.value(QLatin1String("rules")).toArray();
        QJsonArray reversed;
        for (qsizetype i = rules.size() - 1; i >= 0; --i)
            reversed.append(rules.at(i));
        body.insert(QLatin1String("rules"), reversed);
        const auto read = RiskRuleSpecs::read(body, anyMatter);
        QVERIFY(read);
        QCOMPARE(read.value().rules, shipped().rules);
    }

    void bodiesRoundTrip()
    {
        RiskAlert a;
        a.id = 7;
        a.rule = RiskRuleId::BulkLookups;
        a.ruleVersion = 3;
        a.ruleName = {QStringLiteral("批量查询群众信息"), QStringLiteral("Bulk lookups of citizens")};
        a.level = RiskLevel::High;
        a.hall = QStringLiteral("MY-FC");
        a.owner = QStringLiteral("MY-CITY");
        a.day = QDate(2026, 12, 7);
        a.subject = {RiskSubjectKind::Staff, QStringLiteral("fc_teller1"), 12, QStringLiteral("赵六")};
        a.summary = QStringLiteral("fc_teller1 looked up 31 people within an hour");
        a.evidence = {{RiskEvidenceKind::Lookup, 99, QDateTime(QDate(2026, 12, 7), QTime(2, 3, 4), QTimeZone::utc()), QStringLiteral("looked up 5107**********1234")}};
        a.evidenceCount = 1;
        a.raisedAt = QDateTime(QDate(2026, 12, 7), QTime(2, 3, 5), QTimeZone::utc());
        a.status = RiskAlertStatus::Escalated;
        a.disposals = {{RiskDisposalAction::Escalate, QStringLiteral("需市级核查"), 5, QStringLiteral("fc_supervisor"), QStringLiteral("钱七"),
                        QDateTime(QDate(2026, 12, 7), QTime(3, 0), QTimeZone::utc()), QStringLiteral("MY-FC"), QStringLiteral("MY-CITY")}};
        QCOMPARE(RiskAlert::fromJson(a.toJson()).value(), a);
        const RiskAlertList list{{a}};
        QCOMPARE(RiskAlertList::fromJson(list.toJson()).value(), list);
        RiskSummary s;
        s.day = a.day;
        s.hall = QStringLiteral("MY-FC");
        s.halls = {QStringLiteral("MY-FC"), QStringLiteral("MY-FC-CJ")};
        s.rows = {{RiskRuleId::BulkLookups, a.ruleName, RiskLevel::High, 1, 0, 0, 0, 1}};
        s.raised = 1;
        s.open = 1;
        QCOMPARE(RiskSummary::fromJson(s.toJson()).value(), s);
        const RiskSweepResult sweep{a.day, 2, {7, 8}};
        QCOMPARE(RiskSweepResult::fromJson(sweep.toJson()).value(), sweep);
        const RiskRuleSet set = shipped();
        QCOMPARE(RiskRuleSet::fromJson(set.toJson()).value(), set);
        const RiskDisposalRequest confirm{RiskDisposalAction::Confirm, {}};
        QCOMPARE(RiskDisposalRequest::fromJson(confirm.toJson()).value(), confirm);
        QVERIFY(!RiskDisposalRequest::fromJson({{QLatin1String("action"), QStringLiteral("dismiss")}}));
        QVERIFY(!RiskDisposalRequest::fromJson({{QLatin1String("action"), QStringLiteral("forget")}, {QLatin1String("reason"), QStringLiteral("x")}}));
        RiskAlertFilter f;
        f.hall = QStringLiteral("MY-FC");
        f.status = RiskAlertStatus::Open;
        f.level = RiskLevel::Low;
        f.from = QDate(2026, 12, 1);
        f.to = QDate(2026, 12, 7);
        f.limit = 10;
        QCOMPARE(RiskAlertFilter::fromQuery(f.toQuery()).value(), f);
        QUrlQuery backwards;
        backwards.addQueryItem(QStringLiteral("from"), QStringLiteral("2026-12-07"));
        backwards.addQueryItem(QStringLiteral("to"), QStringLiteral("2026-12-01"));
        QVERIFY(!RiskAlertFilter::fromQuery(backwards));
    }
};

QTEST_GUILESS_MAIN(TestRiskRules)
#include "tst_risk_rules.moc"
