// OrgRepository on a real SQLite file: halls with their parent found by code, windows with their
// categories and weights, the hall list (city first, then by level and code, each with its
// windows in order), and the refusals (unknown parent, duplicate code or window number).
#include "core/service/store/OrgRepository.h"
#include "tests/core/service/ServerDb.h"

#include <QTest>

using namespace ow;

class TestOrgRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::ServerDb>();
        m_repo = std::make_unique<OrgRepository>(**m_db);
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void emptyDatabaseHasNoHalls()
    {
        const auto halls = m_repo->halls();
        QVERIFY(halls.ok());
        QVERIFY(halls.value().isEmpty());
        QVERIFY(!m_repo->hallId(QStringLiteral("MY-CITY")).value());
    }

    void hallReadsBack()
    {
        Hall city;
        city.code = QStringLiteral("MY-CITY");
        city.name = {QStringLiteral("绵阳市人社服务大厅"), QStringLiteral("Mianyang hall")};
        city.address = QStringLiteral("四川省绵阳市涪城区安昌路17号");
        city.timeZone = QStringLiteral("Asia/Urumqi");
        const auto id = m_repo->insertHall(city);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
        QCOMPARE(m_repo->hallId(QStringLiteral("MY-CITY")).value(), std::optional<qint64>(id.value()));

        const auto halls = m_repo->halls();
        QVERIFY(halls.ok());
        QCOMPARE(halls.value().size(), 1);
        const Hall &back = halls.value().first();
        QCOMPARE(back.id, id.value());
        QCOMPARE(back.code, city.code);
        QCOMPARE(toString(back.level), QStringLiteral("city"));
        QVERIFY(back.parentCode.isEmpty());
        QCOMPARE(back.name.zh, city.name.zh);
        QCOMPARE(back.name.en, city.name.en);
        QCOMPARE(back.address, city.address);
        QCOMPARE(back.timeZone, QStringLiteral("Asia/Urumqi"));
        QVERIFY(back.windows.isEmpty());
    }

    void parentIsFoundByCode()
    {
        const qint64 city = m_db->addHall(QStringLiteral("MY-CITY"));
        const qint64 county = m_db->addHall(QStringLiteral("MY-FC"), OrgLevel::County, QStringLiteral("MY-CITY"));
        QCOMPARE(m_db->count(QStringLiteral("SELECT parent_id FROM halls WHERE id = ?"), {county}), int(city));
        const auto halls = m_repo->halls().value();
        QCOMPARE(halls.at(1).parentCode, QStringLiteral("MY-CITY"));
    }

    void unknownParentIsRefused()
    {
        Hall orphan;
        orphan.code = QStringLiteral("MY-XX");
        orphan.level = OrgLevel::County;
        orphan.parentCode = QStringLiteral("NOWHERE");
        orphan.name = {QStringLiteral("孤"), QStringLiteral("Orphan")};
        const auto id = m_repo->insertHall(orphan);
        QVERIFY(!id.ok());
        QVERIFY(id.error().code == ErrorCode::ValidationFailed);
        QVERIFY(id.error().detail.contains(QLatin1String("NOWHERE")));
        QVERIFY(m_repo->halls().value().isEmpty());
    }

    void hallCodesAreUnique()
    {
        m_db->addHall(QStringLiteral("MY-CITY"));
        Hall again;
        again.code = QStringLiteral("MY-CITY");
        again.name = {QStringLiteral("重"), QStringLiteral("Again")};
        QVERIFY(!m_repo->insertHall(again).ok());
        QCOMPARE(m_repo->halls().value().size(), 1);
    }

    void hallsAreListedCityFirstThenByLevelAndCode()
    {
        m_db->addHall(QStringLiteral("MY-CITY"));
        m_db->addHall(QStringLiteral("MY-YX"), OrgLevel::County, QStringLiteral("MY-CITY"));
        m_db->addHall(QStringLiteral("MY-FC"), OrgLevel::County, QStringLiteral("MY-CITY"));
        m_db->addHall(QStringLiteral("MY-FC-CJ"), OrgLevel::Township, QStringLiteral("MY-FC"));
        m_db->addHall(QStringLiteral("MY-AA"), OrgLevel::Township, QStringLiteral("MY-YX"));
        QStringList codes;
        const QList<Hall> halls = m_repo->halls().value();
        for (const Hall &h : halls)
            codes << h.code;
        QCOMPARE(codes, (QStringList{QStringLiteral("MY-CITY"), QStringLiteral("MY-FC"), QStringLiteral("MY-YX"),
                                     QStringLiteral("MY-AA"), QStringLiteral("MY-FC-CJ")}));
    }

    void windowsReadBackWithTheirHall()
    {
        const qint64 city = m_db->addHall(QStringLiteral("MY-CITY"));
        const qint64 county = m_db->addHall(QStringLiteral("MY-FC"), OrgLevel::County, QStringLiteral("MY-CITY"));
        QVERIFY(m_repo->insertWindow(city, {2, WindowKind::Dedicated, {QStringLiteral("pension"), QStringLiteral("card")},
                                            {{QStringLiteral("pension"), 2}, {QStringLiteral("card"), 1}}})
                    .ok());
        QVERIFY(m_repo->insertWindow(city, {1, WindowKind::Comprehensive, {}, {}}).ok());
        QVERIFY(m_repo->insertWindow(county, {1, WindowKind::Dedicated, {QStringLiteral("labour")}, {}}).ok());

        const QList<Hall> halls = m_repo->halls().value();
        QCOMPARE(halls.size(), 2);
        const QList<Window> &ws = halls.at(0).windows;
        QCOMPARE(ws.size(), 2);
        QCOMPARE(ws[0].number, 1); // by number
        QCOMPARE(toString(ws[0].kind), QStringLiteral("comprehensive"));
        QVERIFY(ws[0].categories.isEmpty());
        QVERIFY(ws[0].weights.isEmpty());
        QCOMPARE(ws[1].number, 2);
        QCOMPARE(toString(ws[1].kind), QStringLiteral("dedicated"));
        QCOMPARE(ws[1].categories, (QStringList{QStringLiteral("pension"), QStringLiteral("card")}));
        QCOMPARE(ws[1].weight(QStringLiteral("pension")), 2);
        QCOMPARE(ws[1].weights.size(), 2);
        QCOMPARE(halls.at(1).windows.size(), 1);
        QCOMPARE(halls.at(1).windows.first().categories, QStringList{QStringLiteral("labour")});
    }

    void windowNumbersAreUniquePerHall()
    {
        const qint64 city = m_db->addHall(QStringLiteral("MY-CITY"));
        const qint64 county = m_db->addHall(QStringLiteral("MY-FC"), OrgLevel::County, QStringLiteral("MY-CITY"));
        QVERIFY(m_repo->insertWindow(city, {1, WindowKind::Comprehensive, {}, {}}).ok());
        QVERIFY(!m_repo->insertWindow(city, {1, WindowKind::Dedicated, {QStringLiteral("card")}, {}}).ok());
        QVERIFY(m_repo->insertWindow(county, {1, WindowKind::Comprehensive, {}, {}}).ok());
        QVERIFY(!m_repo->insertWindow(999, {1, WindowKind::Comprehensive, {}, {}}).ok()); // no such hall
    }

    void updateWindowChangesWhatItServes()
    {
        const qint64 city = m_db->addHall(QStringLiteral("MY-CITY"), OrgLevel::City, {}, QStringLiteral("Asia/Shanghai"), 2);
        QVERIFY(m_repo->updateWindow(city, {2, WindowKind::Dedicated, {QStringLiteral("card")}, {{QStringLiteral("card"), 3}}}).ok());
        const QList<Window> ws = m_repo->halls().value().first().windows;
        QCOMPARE(toString(ws[0].kind), QStringLiteral("comprehensive")); // the other window is untouched
        QCOMPARE(toString(ws[1].kind), QStringLiteral("dedicated"));
        QCOMPARE(ws[1].categories, QStringList{QStringLiteral("card")});
        QCOMPARE(ws[1].weight(QStringLiteral("card")), 3);
        // And back to comprehensive: categories and weights cleared.
        QVERIFY(m_repo->updateWindow(city, {2, WindowKind::Comprehensive, {}, {}}).ok());
        const Window again = m_repo->halls().value().first().windows.at(1);
        QCOMPARE(toString(again.kind), QStringLiteral("comprehensive"));
        QVERIFY(again.categories.isEmpty());
        QVERIFY(again.weights.isEmpty());
    }

    void updatingAMissingWindowIsNotFound()
    {
        const qint64 city = m_db->addHall(QStringLiteral("MY-CITY"), OrgLevel::City, {}, QStringLiteral("Asia/Shanghai"), 1);
        const qint64 county = m_db->addHall(QStringLiteral("MY-FC"), OrgLevel::County, QStringLiteral("MY-CITY"));
        const Status st = m_repo->updateWindow(city, {5, WindowKind::Comprehensive, {}, {}});
        QVERIFY(!st.ok());
        QVERIFY(st.error().code == ErrorCode::NotFound);
        // Window 1 exists, but in the other hall.
        QVERIFY(m_repo->updateWindow(county, {1, WindowKind::Dedicated, {QStringLiteral("card")}, {}}).error().code
                == ErrorCode::NotFound);
    }

private:
    std::unique_ptr<test::ServerDb> m_db;
    std::unique_ptr<OrgRepository> m_repo;
};

QTEST_GUILESS_MAIN(TestOrgRepository)
#include "tst_org_repository.moc"
