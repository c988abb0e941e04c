// The contract types of the working-day calendar's and delegation's administration
// (core/domain/api/CalendarBodies.h, DelegationBodies.h): every fully filled value reads back equal
// from what it writes, and a body that does not fit is refused naming the field.
#include "core/domain/api/CalendarBodies.h"
#include "core/domain/api/DelegationBodies.h"

#include <QJsonArray>
#include <QTest>

using namespace ow;

namespace {
template<typename T>
T readBack(const T &value)
{
    auto back = T::fromJson(value.toJson());
    if (!back)
        qFatal("does not read back: %s", qPrintable(back.error().detail));
    return back.value();
}

QStringList badFields(const Error &e)
{
    QStringList keys = e.extra.value(QLatin1String("fields")).toObject().keys();
    keys.sort();
    return keys;
}
} // namespace

class TestAdminRuleBodies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void calendarReadsBack()
    {
        const CalendarAnswer a{{{2026, false, {QDate(2026, 1, 1), QDate(2026, 1, 2)}, {QDate(2026, 1, 4)}},
                                {2027, true, {QDate(2027, 1, 1)}, {}}}};
        QCOMPARE(readBack(a), a);
        QCOMPARE(a.toJson().value(QLatin1String("years")).toArray().at(1).toObject().value(QLatin1String("source")).toString(),
                 QStringLiteral("imported"));
    }

    void calendarYearRefusals()
    {
        const auto bad = CalendarYearView::fromJson({{QLatin1String("source"), QStringLiteral("elsewhere")},
                                                     {QLatin1String("holidays"), QJsonArray{QStringLiteral("2026-13-01")}}});
        QVERIFY(!bad.ok());
        QCOMPARE(badFields(bad.error()), (QStringList{QStringLiteral("holidays[0]"), QStringLiteral("source"), QStringLiteral("year")}));
    }

    void delegationReadsBack()
    {
        const DelegationAnswer a{{{QStringLiteral("WI-001"), OrgLevel::County, false, OrgLevel::Township, true},
                                  {QStringLiteral("SI-001"), OrgLevel::County, true, OrgLevel::Community, false}}};
        QCOMPARE(readBack(a), a);
        for (const std::optional<OrgLevel> &level : {std::optional<OrgLevel>(), std::optional(OrgLevel::Community)}) {
            const DelegationChange c{level};
            QCOMPARE(readBack(c), c);
        }
        QVERIFY(DelegationChange{}.toJson().value(QLatin1String("lowest_level")).isNull()); // null: back to the default
    }

    void delegationRefusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("no level") << QJsonObject{} << QStringList{QStringLiteral("lowest_level")};
        QTest::newRow("unknown level") << QJsonObject{{QLatin1String("lowest_level"), QStringLiteral("village")}}
                                       << QStringList{QStringLiteral("lowest_level")};
        QTest::newRow("not a text") << QJsonObject{{QLatin1String("lowest_level"), 3}} << QStringList{QStringLiteral("lowest_level")};
    }
    void delegationRefusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, fields);
        const auto change = DelegationChange::fromJson(body);
        QVERIFY(!change.ok());
        QCOMPARE(badFields(change.error()), fields);
        const auto entry = DelegationEntry::fromJson({{QLatin1String("service"), QStringLiteral("WI-001")}});
        QVERIFY(!entry.ok());
        QCOMPARE(badFields(entry.error()), (QStringList{QStringLiteral("competent_level"), QStringLiteral("lowest_level")}));
    }
};

QTEST_GUILESS_MAIN(TestAdminRuleBodies)
#include "tst_admin_rule_bodies.moc"
