// CaseNumbers on a real SQLite file: HALL-yyyyMMdd-NNNN, one counter per hall and day; blocks
// leased to windows come off the same counter as the server's own numbers, so the two never
// collide; a window gets a new block only when its blocks run low; a number claimed for an
// offline case must be well formed, of this hall, leased to this window and unused.
#include "core/domain/util/Clock.h"
#include "core/service/cases/CaseNumbers.h"
#include "core/service/catalogue/CatalogueService.h"
#include "tests/core/service/ServerDb.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ow;

namespace {
const QDate kDay(2026, 11, 2);
const QString kHall = QStringLiteral("MY-CITY");
} // namespace

class TestCaseNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Two halls and the catalogue (cases name a service of it: a foreign key), prepared once.
        m_hall = m_seeded.addHall(kHall);
        m_other = m_seeded.addHall(QStringLiteral("MY-FC"), OrgLevel::County, kHall);
        const FakeClock clock;
        CatalogueService catalogue(*m_seeded, clock);
        QVERIFY(catalogue.import(Catalogue::bundledJson()).ok());
        m_seeded.checkpoint();
    }

    void init() { m_db = std::make_unique<test::ServerDb>(m_seeded.path()); }

    void cleanup() { m_db.reset(); }

    void format_data()
    {
        QTest::addColumn<QString>("hall");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("seq");
        QTest::addColumn<QString>("number");
        QTest::newRow("first") << kHall << kDay << 1 << "MY-CITY-20261102-0001";
        QTest::newRow("padded to four") << kHall << QDate(2027, 1, 5) << 42 << "MY-CITY-20270105-0042";
        QTest::newRow("last of the day") << QStringLiteral("MY-FC-CJ") << kDay << 9999 << "MY-FC-CJ-20261102-9999";
    }

    void format()
    {
        QFETCH(QString, hall);
        QFETCH(QDate, day);
        QFETCH(int, seq);
        QFETCH(QString, number);
        QCOMPARE(CaseNumbers::format(hall, day, seq), number);
    }

    void nextCountsPerHallAndDay()
    {
        const CaseNumbers numbers(**m_db);
        QCOMPARE(numbers.next(m_hall, kHall, kDay).value(), QStringLiteral("MY-CITY-20261102-0001"));
        QCOMPARE(numbers.next(m_hall, kHall, kDay).value(), QStringLiteral("MY-CITY-20261102-0002"));
        // Another hall and another day have counters of their own.
        QCOMPARE(numbers.next(m_other, QStringLiteral("MY-FC"), kDay).value(), QStringLiteral("MY-FC-20261102-0001"));
        QCOMPARE(numbers.next(m_hall, kHall, kDay.addDays(1)).value(), QStringLiteral("MY-CITY-20261103-0001"));
        QCOMPARE(numbers.next(m_hall, kHall, kDay).value(), QStringLiteral("MY-CITY-20261102-0003"));
        // The counter is stored: a new CaseNumbers (a restarted server) carries on.
        QCOMPARE(CaseNumbers(**m_db).next(m_hall, kHall, kDay).value(), QStringLiteral("MY-CITY-20261102-0004"));
    }

    void aLeaseIsABlockOfTheDay()
    {
        const CaseNumbers numbers(**m_db);
        const auto blocks = numbers.lease(m_hall, kHall, kDay, 3, 11, 1000);
        QVERIFY2(blocks.ok(), qPrintable(blocks.ok() ? QString() : blocks.error().detail));
        QCOMPARE(blocks.value().size(), 1);
        const CaseNumberBlock b = blocks.value().first();
        QCOMPARE(b.day, QStringLiteral("2026-11-02"));
        QCOMPARE(b.stem, QStringLiteral("MY-CITY-20261102-"));
        QCOMPARE(b.first, 1);
        QCOMPARE(b.last, CaseNumbers::kBlock);
        QCOMPARE(b.unused, CaseNumbers::kBlock);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM case_number_leases WHERE window_number = 3 AND leased_by = 11 "
                                            "AND leased_at = 1000")),
                 1);
    }

    void leasedAndServerNumbersNeverCollide()
    {
        const CaseNumbers numbers(**m_db);
        QSet<QString> issued;
        const auto take = [&](const QString &n) {
            QVERIFY2(!issued.contains(n), qPrintable(n));
            issued.insert(n);
        };
        take(numbers.next(m_hall, kHall, kDay).value());
        for (int window = 1; window <= 4; ++window) {
            const auto blocks = numbers.lease(m_hall, kHall, kDay, window, 1, 0);
            QVERIFY(blocks.ok());
            for (const CaseNumberBlock &b : blocks.value()) {
                for (int seq = b.first; seq <= b.last; ++seq)
                    take(b.stem + QStringLiteral("%1").arg(seq, 4, 10, QLatin1Char('0')));
            }
            take(numbers.next(m_hall, kHall, kDay).value());
        }
        QCOMPARE(issued.size(), 5 + 4 * CaseNumbers::kBlock);
        // And every one of them is a number of the same day's counter, gap-free.
        for (int seq = 1; seq <= issued.size(); ++seq)
            QVERIFY(issued.contains(CaseNumbers::format(kHall, kDay, seq)));
    }

    void aWindowKeepsItsBlockWhileHalfIsUnused()
    {
        const CaseNumbers numbers(**m_db);
        const auto first = numbers.lease(m_hall, kHall, kDay, 1, 1, 0);
        QVERIFY(first.ok());
        // Asking again changes nothing while the block is unused.
        const auto again = numbers.lease(m_hall, kHall, kDay, 1, 1, 0);
        QVERIFY(again.ok());
        QCOMPARE(again.value().size(), 1);
        QCOMPARE(again.value().first().first, first.value().first().first);

        // Use three of five: two left, fewer than half a block, so a second block is added.
        for (int seq = 1; seq <= 2; ++seq)
            addCase(CaseNumbers::format(kHall, kDay, seq));
        const auto stillEnough = numbers.lease(m_hall, kHall, kDay, 1, 1, 0);
        QCOMPARE(stillEnough.value().size(), 1);
        QCOMPARE(stillEnough.value().first().unused, 3);
        addCase(CaseNumbers::format(kHall, kDay, 3));
        const auto topped = numbers.lease(m_hall, kHall, kDay, 1, 1, 0);
        QVERIFY(topped.ok());
        QCOMPARE(topped.value().size(), 2);
        QCOMPARE(topped.value().at(0).unused, 2);
        QCOMPARE(topped.value().at(1).first, CaseNumbers::kBlock + 1);
        QCOMPARE(topped.value().at(1).unused, CaseNumbers::kBlock);
    }

    void blocksArePerWindowAndDay()
    {
        const CaseNumbers numbers(**m_db);
        QCOMPARE(numbers.lease(m_hall, kHall, kDay, 1, 1, 0).value().first().first, 1);
        QCOMPARE(numbers.lease(m_hall, kHall, kDay, 2, 1, 0).value().first().first, CaseNumbers::kBlock + 1);
        const auto tomorrow = numbers.lease(m_hall, kHall, kDay.addDays(1), 1, 1, 0);
        QCOMPARE(tomorrow.value().size(), 1);
        QCOMPARE(tomorrow.value().first().first, 1);
        QCOMPARE(tomorrow.value().first().stem, QStringLiteral("MY-CITY-20261103-"));
    }

    void blockSize_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("size");
        QTest::newRow("default") << CaseNumbers::kBlock << CaseNumbers::kBlock;
        QTest::newRow("twenty") << 20 << 20;
        QTest::newRow("capped") << 1000 << CaseNumbers::kMaxBlock;
        QTest::newRow("at least one") << 0 << 1;
        QTest::newRow("negative") << -4 << 1;
    }

    void blockSize()
    {
        QFETCH(int, asked);
        QFETCH(int, size);
        const auto blocks = CaseNumbers(**m_db).lease(m_hall, kHall, kDay, 1, 1, 0, asked);
        QVERIFY(blocks.ok());
        QCOMPARE(blocks.value().first().last - blocks.value().first().first + 1, size);
    }

    void aLeaseNeedsAWindow()
    {
        const auto none = CaseNumbers(**m_db).lease(m_hall, kHall, kDay, 0, 1, 0);
        QVERIFY(!none.ok());
        QVERIFY(none.error().code == ErrorCode::ValidationFailed);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM case_number_leases")), 0);
    }

    void theDaysNumbersRunOut()
    {
        QVERIFY(m_db->run(QStringLiteral("INSERT INTO case_counters (hall_id, day, last_seq) VALUES (?, '20261102', 9997)"),
                          {m_hall})
                    .ok());
        const auto blocks = CaseNumbers(**m_db).lease(m_hall, kHall, kDay, 1, 1, 0);
        QVERIFY(!blocks.ok());
        QVERIFY(blocks.error().code == ErrorCode::Conflict);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM case_number_leases")), 0);
    }

    void nextNeverGivesAFiveDigitNumber()
    {
        QVERIFY(m_db->run(QStringLiteral("INSERT INTO case_counters (hall_id, day, last_seq) VALUES (?, '20261102', 9999)"),
                          {m_hall})
                    .ok());
        const auto next = CaseNumbers(**m_db).next(m_hall, kHall, kDay);
        // BUG (core/service/cases/CaseNumbers.cpp, next): only lease() checks the 9999 limit; next()
        // formats 10000 as "MY-CITY-20261102-10000", a number outside HALL-yyyyMMdd-NNNN that
        // claim() would not even recognise. (A refused lease also leaves the counter raised.)
        QEXPECT_FAIL("", "CaseNumbers::next gives a five-digit number once the day's 9999 are used", Continue);
        QVERIFY(!next.ok() || QRegularExpression(QStringLiteral("^MY-CITY-20261102-\\d{4}$")).match(next.value()).hasMatch());
    }

    void claimAcceptsItsOwnLeasedNumber()
    {
        const CaseNumbers numbers(**m_db);
        QVERIFY(numbers.lease(m_hall, kHall, kDay, 2, 1, 0).ok());
        const auto day = numbers.claim(QStringLiteral("MY-CITY-20261102-0003"), m_hall, kHall, 2);
        QVERIFY2(day.ok(), qPrintable(day.ok() ? QString() : day.error().detail));
        QCOMPARE(day.value(), kDay);
    }

    void claimRefuses_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("code"); // ErrorCode
        const int invalid = int(ErrorCode::ValidationFailed);
        // Window 2 holds 0001–0005 of 2026-11-02; 0001 is used by a case.
        QTest::newRow("another window's number") << "MY-CITY-20261102-0003" << 1 << invalid;
        QTest::newRow("beyond the block") << "MY-CITY-20261102-0006" << 2 << invalid;
        QTest::newRow("another day") << "MY-CITY-20261103-0003" << 2 << invalid;
        QTest::newRow("another hall") << "MY-FC-20261102-0003" << 2 << invalid;
        QTest::newRow("not a case number") << "A023" << 2 << invalid;
        QTest::newRow("three digits") << "MY-CITY-20261102-003" << 2 << invalid;
        QTest::newRow("not a date") << "MY-CITY-20261332-0003" << 2 << invalid;
        QTest::newRow("empty") << "" << 2 << invalid;
        QTest::newRow("already used") << "MY-CITY-20261102-0001" << 2 << int(ErrorCode::Conflict);
    }

    void claimRefuses()
    {
        QFETCH(QString, number);
        QFETCH(int, window);
        QFETCH(int, code);
        const CaseNumbers numbers(**m_db);
        QVERIFY(numbers.lease(m_hall, kHall, kDay, 2, 1, 0).ok());
        addCase(QStringLiteral("MY-CITY-20261102-0001"));
        const auto claimed = numbers.claim(number, m_hall, kHall, window);
        QVERIFY(!claimed.ok());
        QCOMPARE(toString(claimed.error().code), toString(static_cast<ErrorCode>(code)));
        if (claimed.error().code == ErrorCode::ValidationFailed)
            QVERIFY(claimed.error().extra.value(QLatin1String("fields")).toObject().contains(QLatin1String("number")));
    }

    void blockJson()
    {
        const CaseNumberBlock b{QStringLiteral("2026-11-02"), QStringLiteral("MY-CITY-20261102-"), 6, 10, 4};
        QCOMPARE(b.toJson(), (QJsonObject{{QStringLiteral("day"), QStringLiteral("2026-11-02")},
                                          {QStringLiteral("stem"), QStringLiteral("MY-CITY-20261102-")},
                                          {QStringLiteral("first"), 6},
                                          {QStringLiteral("last"), 10},
                                          {QStringLiteral("unused"), 4}}));
    }

private:
    // A case holding `number`, as the case service would store it (only what the table requires).
    void addCase(const QString &number)
    {
        const Status st = m_db->run(
            QStringLiteral("INSERT INTO cases (case_number, service_code, category, kind, risk, hall_id, office_hall_id, channel, "
                           "applicant_id, applicant_name, form, materials, time_limit_days, accepted_day, created_at) "
                           "VALUES (?, 'SI-001', 'social_insurance', 'on_the_spot', 'low', ?, ?, 'window', "
                           "'11010519491231002X', '张三', '{}', '[]', 0, '2026-11-02', 0)"),
            {number, m_hall, m_hall});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().detail));
    }

    test::ServerDb m_seeded;
    std::unique_ptr<test::ServerDb> m_db;
    qint64 m_hall = 0;
    qint64 m_other = 0;
};

QTEST_GUILESS_MAIN(TestCaseNumbers)
#include "tst_casenumbers.moc"
