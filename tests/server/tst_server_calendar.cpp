// The working-day calendar's import against the real server: the city's administrator reads the
// effective calendar and imports a year as JSON or CSV; a file with problems is refused with each
// line or field named and changes nothing; a county administrator or a teller may not; and a
// case accepted after the import counts its time limit on the new days, without a restart.
#include "core/domain/cases/WorkCalendar.h"
#include "core/domain/util/ResidentId.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ExtraAccount.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

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

QStringList yearsOf(const HttpReply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json().value(QLatin1String("years")).toArray())
        out << QStringLiteral("%1 %2").arg(v.toObject().value(QLatin1String("year")).toInt()).arg(v.toObject().value(QLatin1String("source")).toString());
    return out;
}
} // namespace

class TestServerCalendar : public QObject
{
    Q_OBJECT
    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QHash<QString, QString> m_token;

    HttpReply put(const QString &user, const QByteArray &file, const QByteArray &type)
    {
        return m_http->send("PUT", QStringLiteral("/api/v1/admin/calendar"), file,
                            {{"Authorization", "Bearer " + m_token.value(user).toLatin1()}, {"Content-Type", type}});
    }
    int count(const QString &sql)
    {
        auto db = ServerSchema::open(DatabaseLocation::parse(m_server.databasePath()));
        if (!db)
            return -1;
        auto q = db.value()->exec(sql);
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.stop();
        QVERIFY(test::addAccountLikeAdmin(m_server.databasePath(), QStringLiteral("fc_admin"), QStringLiteral("admin"), QStringLiteral("MY-FC")));
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        for (const char *user : {"admin", "fc_admin", "teller1"}) {
            const QString name = QString::fromLatin1(user);
            m_token.insert(name, m_http->login(name, QStringLiteral("demo1234")));
            QVERIFY2(!m_token.value(name).isEmpty(), user);
        }
    }

    void theBuiltInYears()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/admin/calendar"), m_token.value(QStringLiteral("admin")));
        QCOMPARE(r.status, 200);
        QCOMPARE(yearsOf(r), (QStringList{QStringLiteral("2025 builtin"), QStringLiteral("2026 builtin")}));
        const QJsonObject y2026 = r.json().value(QLatin1String("years")).toArray().at(1).toObject();
        QCOMPARE(y2026.value(QLatin1String("holidays")).toArray().first().toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(y2026.value(QLatin1String("workdays")).toArray().first().toString(), QStringLiteral("2026-01-04"));
    }

    void onlyTheCitysAdministrator()
    {
        for (const char *user : {"fc_admin", "teller1"}) {
            QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/calendar"), m_token.value(QString::fromLatin1(user))).status, 403);
            QCOMPARE(put(QString::fromLatin1(user), "date,kind,name\n2027-01-01,holiday,元旦\n", "text/csv").status, 403);
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calendar_years")), 0);
    }

    void problemsAreNamedAndNothingChanges()
    {
        const HttpReply csv = put(QStringLiteral("admin"), "date,kind,name\n2027-01-01,holiday,元旦\n2027-02-29,holiday,x\n2027-03-01,workday,x\n",
                                  "text/csv; charset=utf-8");
        QCOMPARE(csv.status, 422);
        const QJsonObject fields = csv.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject();
        QCOMPARE(fields.keys(), (QStringList{QStringLiteral("line 3.date"), QStringLiteral("line 4.date")}));
        const HttpReply json = put(QStringLiteral("admin"), R"({"years":{"2027":{"holidays":["2027-1-1"]}}})", "application/json");
        QCOMPARE(json.status, 422);
        QVERIFY(json.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject().contains(
            QLatin1String("years.2027.holidays[0]")));
        QCOMPARE(put(QStringLiteral("admin"), "2027-01-01 holiday", "text/plain").status, 400);
        QCOMPARE(yearsOf(m_http->get(QStringLiteral("/api/v1/admin/calendar"), m_token.value(QStringLiteral("admin")))),
                 (QStringList{QStringLiteral("2025 builtin"), QStringLiteral("2026 builtin")}));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM calendar_years")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM admin_changes")), 0);
    }

    void anImportCountsAtOnce()
    {
        // Accepted now: 15 working days (SI-008) on the built-in calendar.
        const HttpReply first = m_http->post(QStringLiteral("/api/v1/cases"), test::si008Intake(kCitizen, QStringLiteral("张三"), 1),
                                             m_token.value(QStringLiteral("teller1")));
        QCOMPARE(first.status, 201);
        const QDate day = QDate::fromString(first.json().value(QLatin1String("accepted_day")).toString(), Qt::ISODate);
        QVERIFY(day.isValid());

        // The administrator imports the year(s) ahead with the next three weekdays as holidays.
        QByteArray csv = "date,kind,name\n";
        for (QDate d = day.addDays(1); csv.count('\n') < 4; d = d.addDays(1)) {
            if (d.dayOfWeek() <= 5)
                csv += d.toString(Qt::ISODate).toLatin1() + ",holiday,test\n";
        }
        const HttpReply imported = put(QStringLiteral("admin"), csv, "text/csv");
        QCOMPARE(imported.status, 200);
        QVERIFY(yearsOf(imported).contains(QStringLiteral("%1 imported").arg(day.addDays(1).year())));
        QCOMPARE(imported.json(), m_http->get(QStringLiteral("/api/v1/admin/calendar"), m_token.value(QStringLiteral("admin"))).json());
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM admin_changes WHERE entity = 'calendar' AND action = 'import' AND actor = 'admin'")) >= 1);

        // The next case counts on the new days: three days later than the first.
        const HttpReply second = m_http->post(QStringLiteral("/api/v1/cases"), test::si008Intake(kCitizen, QStringLiteral("张三"), 1),
                                              m_token.value(QStringLiteral("teller1")));
        QCOMPARE(second.status, 201);
        const QDate day2 = QDate::fromString(second.json().value(QLatin1String("accepted_day")).toString(), Qt::ISODate);
        const WorkCalendar expected = WorkCalendar::fromJson(WorkCalendar::bundledJson()).value().mergedWith(WorkCalendar::fromCsv(csv).value());
        QCOMPARE(second.json().value(QLatin1String("due_date")).toString(), expected.dueDate(day2, 15, {}, day2).toString(Qt::ISODate));
        if (day2 == day)
            QVERIFY(second.json().value(QLatin1String("due_date")).toString() > first.json().value(QLatin1String("due_date")).toString());
        // And so does the first one, read again: its due date moves with the calendar.
        const QString firstNumber = first.json().value(QLatin1String("number")).toString();
        const QString firstDue = expected.dueDate(day, 15, {}, day).toString(Qt::ISODate);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/cases/") + firstNumber, m_token.value(QStringLiteral("teller1"))).json().value(QLatin1String("due_date")).toString(),
                 firstDue);
        // The due day the worklists sort and pick by was worked out again in the import.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM case_heads h JOIN cases c ON c.id = h.case_id WHERE c.case_number = '%1' "
                                      "AND h.due_day = '%2'").arg(firstNumber, firstDue)),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestServerCalendar)
#include "tst_server_calendar.moc"
