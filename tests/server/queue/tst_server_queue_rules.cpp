// A hall's queue rules over HTTP against the real onewindow-server: an administrator reads the
// defaults, sets a hall's own rules (refused with 422 naming each bad field, 403 for a hall they do
// not administer), the hall's kiosk learns its priority groups and issues by them while another
// hall keeps the defaults, and removing the rules returns the hall to the defaults. Every change
// is in the record of administrative changes.
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow::test;

namespace {
const QString kFcRules = QStringLiteral("/api/v1/admin/halls/MY-FC/queue-rules");

QJsonObject group(const QString &code, const QString &zh, const QString &en)
{
    return {{QLatin1String("code"), code}, {QLatin1String("name_zh"), zh}, {QLatin1String("name_en"), en}};
}

QJsonObject fcRules()
{
    return {{QLatin1String("promise_minutes"), 20},
            {QLatin1String("max_recalls"), 2},
            {QLatin1String("recall_gap_seconds"), 45},
            {QLatin1String("priority_ratio"), 3},
            {QLatin1String("keep_numbers_overnight"), false},
            {QLatin1String("slot_capacity"), 4},
            {QLatin1String("priority_groups"), QJsonArray{group(QStringLiteral("veteran"), QStringLiteral("退役军人"), QStringLiteral("Veteran")),
                                                          group(QStringLiteral("elderly"), QStringLiteral("老年人"), QStringLiteral("Elderly person"))}}};
}

QStringList codes(const QJsonObject &rules)
{
    QStringList out;
    for (const QJsonValue &g : rules.value(QLatin1String("priority_groups")).toArray())
        out << g.toObject().value(QLatin1String("code")).toString();
    return out;
}
} // namespace

class TestServerQueueRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        m_admin = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        m_fcKiosk = m_http->login(QStringLiteral("kiosk-fc"), QStringLiteral("device1234"));
        m_cityKiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_admin.isEmpty() && !m_fcKiosk.isEmpty() && !m_cityKiosk.isEmpty() && !m_teller.isEmpty());
    }

    void defaultsUntilSet()
    {
        const HttpReply r = m_http->get(kFcRules, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("own")).toBool(true), false);
        QCOMPARE(r.json().value(QLatin1String("hall")).toString(), QStringLiteral("MY-FC"));
        QCOMPARE(r.json().value(QLatin1String("promise_minutes")).toInt(), 15);
        QCOMPARE(codes(r.json()), (QStringList{QStringLiteral("elderly"), QStringLiteral("disabled"), QStringLiteral("serviceman"),
                                              QStringLiteral("pregnant")}));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/halls/NOWHERE/queue-rules"), m_admin).status, 404);
        // Not for a teller.
        QCOMPARE(send("PUT", kFcRules, fcRules(), m_teller).status, 403);
    }

    void badRulesAreRefusedNamingEachField()
    {
        QJsonObject bad = fcRules();
        bad.insert(QLatin1String("promise_minutes"), 0);
        bad.insert(QLatin1String("max_recalls"), 11);
        bad.insert(QLatin1String("priority_groups"), QJsonArray{group(QStringLiteral("Veteran"), QStringLiteral("退役军人"), QString())});
        const HttpReply refused = send("PUT", kFcRules, bad, m_admin);
        QCOMPARE(refused.status, 422);
        QStringList fields = refused.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject().keys();
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("max_recalls"), QStringLiteral("priority_groups[0].code"),
                                      QStringLiteral("priority_groups[0].name_en"), QStringLiteral("promise_minutes")}));
        QCOMPARE(m_http->get(kFcRules, m_admin).json().value(QLatin1String("own")).toBool(true), false); // nothing changed
    }

    void anotherHallsAdministratorIsRefused()
    {
        const QString yx = hallAdministrator(QStringLiteral("yx.admin"), QStringLiteral("MY-YX"));
        QVERIFY(!yx.isEmpty());
        const HttpReply refused = send("PUT", kFcRules, fcRules(), yx);
        QCOMPARE(refused.status, 403);
        QCOMPARE(m_http->get(kFcRules, yx).status, 403);
        QCOMPARE(send("DELETE", kFcRules, {}, yx).status, 403);
        // Its own hall is fine.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/halls/MY-YX/queue-rules"), yx).status, 200);
    }

    void setRulesReachTheHallsKioskAndQueue()
    {
        const HttpReply set = send("PUT", kFcRules, fcRules(), m_admin);
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(QLatin1String("own")).toBool(), true);
        QCOMPARE(set.json().value(QLatin1String("slot_capacity")).toInt(), 4);
        const HttpReply read = m_http->get(kFcRules, m_admin);
        QCOMPARE(read.json().value(QLatin1String("own")).toBool(), true);
        QCOMPARE(read.json().value(QLatin1String("recall_gap_seconds")).toInt(), 45);

        // The kiosk of MY-FC learns its groups, with their names.
        const HttpReply kiosk = m_http->get(QStringLiteral("/api/v1/halls/MY-FC/queue-rules"), m_fcKiosk);
        QCOMPARE(kiosk.status, 200);
        QCOMPARE(codes(kiosk.json()), (QStringList{QStringLiteral("veteran"), QStringLiteral("elderly")}));
        QCOMPARE(kiosk.json().value(QLatin1String("priority_groups")).toArray().at(0).toObject().value(QLatin1String("name_zh")).toString(),
                 QStringLiteral("退役军人"));
        // …and no other hall's.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/halls/MY-FC/queue-rules"), m_cityKiosk).status, 403);
        const HttpReply city = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue-rules"), m_cityKiosk);
        QCOMPARE(city.json().value(QLatin1String("own")).toBool(true), false);
        QVERIFY(codes(city.json()).contains(QStringLiteral("serviceman")));

        QCOMPARE(issue(QStringLiteral("MY-FC"), QStringLiteral("veteran"), m_fcKiosk).status, 201);
        const HttpReply serviceman = issue(QStringLiteral("MY-FC"), QStringLiteral("serviceman"), m_fcKiosk);
        QCOMPARE(serviceman.status, 422);
        QVERIFY(serviceman.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject().contains(QLatin1String("priority_group")));
        QCOMPARE(issue(QStringLiteral("MY-CITY"), QStringLiteral("serviceman"), m_cityKiosk).status, 201);
        QCOMPARE(issue(QStringLiteral("MY-CITY"), QStringLiteral("veteran"), m_cityKiosk).status, 422);
    }

    void deleteReturnsToTheDefaults()
    {
        QCOMPARE(send("DELETE", kFcRules, {}, m_admin).status, 204);
        const HttpReply read = m_http->get(kFcRules, m_admin);
        QCOMPARE(read.json().value(QLatin1String("own")).toBool(true), false);
        QCOMPARE(read.json().value(QLatin1String("promise_minutes")).toInt(), 15);
        QCOMPARE(issue(QStringLiteral("MY-FC"), QStringLiteral("serviceman"), m_fcKiosk).status, 201);
        QCOMPARE(issue(QStringLiteral("MY-FC"), QStringLiteral("veteran"), m_fcKiosk).status, 422);
    }

    void everyChangeIsRecorded()
    {
        const HttpReply changes = m_http->get(QStringLiteral("/api/v1/admin/changes"), m_admin);
        QCOMPARE(changes.status, 200);
        QStringList seen;
        for (const QJsonValue &v : changes.json().value(QLatin1String("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("entity")).toString() == QLatin1String("queue_rules"))
                seen << c.value(QLatin1String("key")).toString() + QLatin1Char(':') + c.value(QLatin1String("action")).toString();
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("MY-FC:delete"), QStringLiteral("MY-FC:update")})); // newest first
    }

private:
    HttpReply send(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token)
    {
        return m_http->send(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                            {{"Authorization", "Bearer " + token.toUtf8()}, {"Content-Type", "application/json"}});
    }

    HttpReply issue(const QString &hall, const QString &group, const QString &token)
    {
        return m_http->post(QStringLiteral("/api/v1/halls/%1/tickets").arg(hall),
                            {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}, {QLatin1String("priority_group"), group}},
                            token);
    }

    // A new administrator of one hall, past the one-time password: their token.
    QString hallAdministrator(const QString &username, const QString &hall)
    {
        const HttpReply made = m_http->post(QStringLiteral("/api/v1/admin/accounts"),
                                            {{QLatin1String("username"), username},
                                             {QLatin1String("role"), QStringLiteral("admin")},
                                             {QLatin1String("hall"), hall},
                                             {QLatin1String("name_zh"), QStringLiteral("管理员")}},
                                            m_admin);
        if (made.status != 201)
            return {};
        const QString once = made.json().value(QLatin1String("one_time_password")).toString();
        const QString first = m_http->login(username, once);
        const QString chosen = QStringLiteral("Queue-Rules-Admin-1");
        if (m_http->post(QStringLiteral("/api/v1/me/password"),
                         {{QLatin1String("old_password"), once}, {QLatin1String("new_password"), chosen}}, first)
                .status
            != 204)
            return {};
        return m_http->login(username, chosen);
    }

    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QString m_admin;
    QString m_fcKiosk;
    QString m_cityKiosk;
    QString m_teller;
};

QTEST_MAIN(TestServerQueueRules)
#include "tst_server_queue_rules.moc"
