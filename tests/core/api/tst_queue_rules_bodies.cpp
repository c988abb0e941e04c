// A hall's queue rules as the API carries them (core/domain/api/QueueRulesBodies.h): every fully
// filled value reads back equal from what it writes, the rules carry a config's settings over the
// server's defaults, and a body that does not fit is refused naming each bad field.
#include "core/domain/api/QueueRulesBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow;

Q_DECLARE_METATYPE(QJsonObject)

namespace {

QueueRules filled()
{
    QueueRules q;
    q.promiseMinutes = 25;
    q.maxRecalls = 0;
    q.recallGapSeconds = 600;
    q.priorityRatio = 4;
    q.keepNumbersOvernight = true;
    q.slotCapacity = 100;
    q.priorityGroups = {{QStringLiteral("veteran"), {QStringLiteral("退役军人"), QStringLiteral("Veteran")}},
                        {QStringLiteral("with_child"), {QStringLiteral("携带婴幼儿"), QStringLiteral("With a small child")}}};
    return q;
}

QStringList badFields(const Error &e)
{
    QStringList keys = e.extra.value(QLatin1String("fields")).toObject().keys();
    keys.sort();
    return keys;
}

} // namespace

class TestQueueRulesBodies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rulesReadBack()
    {
        const QueueRules q = filled();
        auto back = QueueRules::fromJson(q.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().detail));
        QCOMPARE(back.value(), q);
        QCOMPARE(q.toJson().value(QLatin1String("priority_groups")).toArray().at(1).toObject().value(QLatin1String("name_zh")).toString(),
                 QStringLiteral("携带婴幼儿"));
    }

    void hallRulesReadBack()
    {
        for (const bool own : {false, true}) {
            const HallQueueRules h{QStringLiteral("MY-FC"), own, filled()};
            auto back = HallQueueRules::fromJson(h.toJson());
            QVERIFY(back.ok());
            QCOMPARE(back.value(), h);
            QCOMPARE(h.toJson().value(QLatin1String("own")).toBool(), own);
        }
    }

    void defaultsAreTheBureausFourGroups()
    {
        const QueueRules q = QueueRules::of(HallQueueConfig{});
        QCOMPARE(priorityGroupCodes(q.priorityGroups),
                 (QStringList{QStringLiteral("elderly"), QStringLiteral("disabled"), QStringLiteral("serviceman"), QStringLiteral("pregnant")}));
        QCOMPARE(q.priorityGroups.first().name.zh, QStringLiteral("老年人"));
        QCOMPARE(q.priorityGroups.last().name.en, QStringLiteral("Pregnant woman"));
        QCOMPARE(q.slotCapacity, 6);
        QVERIFY(QueueRules::fromJson(q.toJson()).ok());
    }

    void rulesOverDefaults()
    {
        HallQueueConfig defaults;
        defaults.appointmentEarlyMinutes = 45;
        defaults.maxParkMinutes = 60;
        const HallQueueConfig c = filled().over(defaults);
        QCOMPARE(c.promiseMinutes, 25);
        QCOMPARE(c.maxRecalls, 0);
        QCOMPARE(c.recallGapSeconds, 600);
        QCOMPARE(c.priorityRatio, 4);
        QVERIFY(c.keepNumbersOvernight);
        QCOMPARE(c.slotCapacity, 100);
        QVERIFY(c.hasPriorityGroup(QStringLiteral("veteran")));
        QVERIFY(!c.hasPriorityGroup(QStringLiteral("elderly")));
        // What the rules do not name stays the server's.
        QCOMPARE(c.appointmentEarlyMinutes, 45);
        QCOMPARE(c.maxParkMinutes, 60);
        QCOMPARE(QueueRules::of(c), filled());
    }

    void refused_data()
    {
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QStringList>("fields");
        const auto group = [](const QString &code, const QString &zh, const QString &en) {
            return QJsonObject{{QLatin1String("code"), code}, {QLatin1String("name_zh"), zh}, {QLatin1String("name_en"), en}};
        };
        QTest::newRow("promise 0") << QJsonObject{{QLatin1String("promise_minutes"), 0}} << QStringList{QStringLiteral("promise_minutes")};
        QTest::newRow("promise 241") << QJsonObject{{QLatin1String("promise_minutes"), 241}} << QStringList{QStringLiteral("promise_minutes")};
        QTest::newRow("promise 1.5") << QJsonObject{{QLatin1String("promise_minutes"), 1.5}} << QStringList{QStringLiteral("promise_minutes")};
        // Beyond what an int or a qint64 holds: refused, not converted (undefined behaviour) first.
        QTest::newRow("promise 1e300") << QJsonObject{{QLatin1String("promise_minutes"), 1e300}} << QStringList{QStringLiteral("promise_minutes")};
        QTest::newRow("promise 2^63") << QJsonObject{{QLatin1String("promise_minutes"), 9223372036854775808.0}}
                                      << QStringList{QStringLiteral("promise_minutes")};
        QTest::newRow("promise text") << QJsonObject{{QLatin1String("promise_minutes"), QStringLiteral("15")}}
                                      << QStringList{QStringLiteral("promise_minutes")};
        QTest::newRow("recalls 11") << QJsonObject{{QLatin1String("max_recalls"), 11}} << QStringList{QStringLiteral("max_recalls")};
        QTest::newRow("recalls -1") << QJsonObject{{QLatin1String("max_recalls"), -1}} << QStringList{QStringLiteral("max_recalls")};
        QTest::newRow("gap 601") << QJsonObject{{QLatin1String("recall_gap_seconds"), 601}} << QStringList{QStringLiteral("recall_gap_seconds")};
        QTest::newRow("ratio 0") << QJsonObject{{QLatin1String("priority_ratio"), 0}} << QStringList{QStringLiteral("priority_ratio")};
        QTest::newRow("ratio 11") << QJsonObject{{QLatin1String("priority_ratio"), 11}} << QStringList{QStringLiteral("priority_ratio")};
        QTest::newRow("capacity 0") << QJsonObject{{QLatin1String("slot_capacity"), 0}} << QStringList{QStringLiteral("slot_capacity")};
        QTest::newRow("capacity 101") << QJsonObject{{QLatin1String("slot_capacity"), 101}} << QStringList{QStringLiteral("slot_capacity")};
        QTest::newRow("overnight text") << QJsonObject{{QLatin1String("keep_numbers_overnight"), QStringLiteral("yes")}}
                                        << QStringList{QStringLiteral("keep_numbers_overnight")};
        QTest::newRow("code upper") << QJsonObject{{QLatin1String("priority_groups"), QJsonArray{group(QStringLiteral("Elderly"), QStringLiteral("老"), QStringLiteral("Old"))}}}
                                    << QStringList{QStringLiteral("priority_groups[0].code")};
        QTest::newRow("code short") << QJsonObject{{QLatin1String("priority_groups"), QJsonArray{group(QStringLiteral("e"), QStringLiteral("老"), QStringLiteral("Old"))}}}
                                    << QStringList{QStringLiteral("priority_groups[0].code")};
        QTest::newRow("code, newline after") << QJsonObject{{QLatin1String("priority_groups"), QJsonArray{group(QStringLiteral("elderly\n"), QStringLiteral("老"), QStringLiteral("Old"))}}}
                                             << QStringList{QStringLiteral("priority_groups[0].code")};
        QTest::newRow("code twice") << QJsonObject{{QLatin1String("priority_groups"),
                                                    QJsonArray{group(QStringLiteral("old"), QStringLiteral("老"), QStringLiteral("Old")),
                                                               group(QStringLiteral("old"), QStringLiteral("老人"), QStringLiteral("Older"))}}}
                                    << QStringList{QStringLiteral("priority_groups[1].code")};
        QTest::newRow("no english name") << QJsonObject{{QLatin1String("priority_groups"), QJsonArray{group(QStringLiteral("old"), QStringLiteral("老"), QStringLiteral("  "))}}}
                                         << QStringList{QStringLiteral("priority_groups[0].name_en")};
        QTest::newRow("no chinese name") << QJsonObject{{QLatin1String("priority_groups"), QJsonArray{QJsonObject{{QLatin1String("code"), QStringLiteral("old")}, {QLatin1String("name_en"), QStringLiteral("Old")}}}}}
                                         << QStringList{QStringLiteral("priority_groups[0].name_zh")};
        QTest::newRow("group not an object") << QJsonObject{{QLatin1String("priority_groups"), QJsonArray{QStringLiteral("elderly")}}}
                                             << QStringList{QStringLiteral("priority_groups[0]")};
        QTest::newRow("two at once") << QJsonObject{{QLatin1String("promise_minutes"), 0}, {QLatin1String("slot_capacity"), 0}}
                                     << QStringList{QStringLiteral("promise_minutes"), QStringLiteral("slot_capacity")};
    }

    void refused()
    {
        QFETCH(QJsonObject, changes);
        QFETCH(QStringList, fields);
        QJsonObject o = filled().toJson();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            o.insert(it.key(), it.value());
        auto r = QueueRules::fromJson(o);
        QVERIFY(!r.ok());
        QVERIFY(r.error().code == ErrorCode::ValidationFailed);
        QCOMPARE(badFields(r.error()), fields);
    }

    // PUT takes the whole rules: each field is required.
    void everyFieldRequired_data()
    {
        QTest::addColumn<QString>("field");
        for (const QString &key : filled().toJson().keys())
            QTest::newRow(qPrintable(key)) << key;
    }

    void everyFieldRequired()
    {
        QFETCH(QString, field);
        QJsonObject o = filled().toJson();
        o.remove(field);
        auto r = QueueRules::fromJson(o);
        QVERIFY(!r.ok());
        QCOMPARE(badFields(r.error()), QStringList{field});
    }

    void noGroupsIsAllowed()
    {
        QueueRules q = filled();
        q.priorityGroups.clear();
        auto r = QueueRules::fromJson(q.toJson());
        QVERIFY(r.ok());
        QVERIFY(r.value().priorityGroups.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQueueRulesBodies)
#include "tst_queue_rules_bodies.moc"
