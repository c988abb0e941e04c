// The hall display's recent-calls list: newest first, one line per ticket, capped, recall marks.
#include "ui/display/RecentCalls.h"

#include <QSignalSpy>
#include <QTest>

using namespace ow;

namespace {
QStringList numbers(const RecentCalls &calls)
{
    QStringList out;
    for (const RecentCalls::Entry &e : calls.entries())
        out << e.number;
    return out;
}
} // namespace

class TestRecentCalls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newestFirst()
    {
        RecentCalls calls;
        QSignalSpy changed(&calls, &RecentCalls::changed);
        QVERIFY(!calls.latest());
        calls.add(QStringLiteral("A001"), 1, false);
        calls.add(QStringLiteral("B001"), 3, false);
        calls.add(QStringLiteral("E001"), 5, false);
        QCOMPARE(numbers(calls), (QStringList{QStringLiteral("E001"), QStringLiteral("B001"), QStringLiteral("A001")}));
        QCOMPARE(calls.latest()->window, 5);
        QCOMPARE(calls.entries().at(2).window, 1);
        QCOMPARE(changed.size(), 3);
    }

    void cappedAtCapacity()
    {
        RecentCalls calls(8);
        for (int i = 1; i <= 12; ++i)
            calls.add(QStringLiteral("A%1").arg(i, 3, 10, QLatin1Char('0')), i, false);
        QCOMPARE(calls.entries().size(), 8);
        QCOMPARE(calls.entries().first().number, QStringLiteral("A012"));
        QCOMPARE(calls.entries().last().number, QStringLiteral("A005"));
        calls.setCapacity(3);
        QCOMPARE(numbers(calls), (QStringList{QStringLiteral("A012"), QStringLiteral("A011"), QStringLiteral("A010")}));
        calls.setCapacity(0); // at least one line
        QCOMPARE(calls.entries().size(), 1);
    }

    void aTicketCalledAgainMovesUpWithItsNewWindow()
    {
        RecentCalls calls;
        calls.add(QStringLiteral("A001"), 1, false);
        calls.add(QStringLiteral("B001"), 3, false);
        calls.add(QStringLiteral("A001"), 7, false); // transferred, called at window 7
        QCOMPARE(numbers(calls), (QStringList{QStringLiteral("A001"), QStringLiteral("B001")}));
        QCOMPARE(calls.latest()->window, 7);
        QCOMPARE(calls.latest()->calls, 2);
    }

    void recallMarks()
    {
        RecentCalls calls;
        calls.add(QStringLiteral("A001"), 1, false);
        calls.add(QStringLiteral("B001"), 3, false);
        QVERIFY(!calls.latest()->recalled);
        calls.add(QStringLiteral("A001"), 1, true);
        QCOMPARE(calls.latest()->number, QStringLiteral("A001"));
        QVERIFY(calls.latest()->recalled);
        QVERIFY(!calls.entries().at(1).recalled);
        calls.add(QStringLiteral("C001"), 2, false);
        QVERIFY(calls.entries().at(1).recalled); // the mark stays with its ticket
        calls.add(QStringLiteral("A001"), 4, false); // a plain call (after a transfer) clears it
        QVERIFY(!calls.latest()->recalled);
        QCOMPARE(calls.entries().size(), 3);
    }

    void seedOnlyFillsAnEmptyList()
    {
        RecentCalls calls(2);
        QSignalSpy changed(&calls, &RecentCalls::changed);
        calls.seed({});
        QCOMPARE(changed.size(), 0);
        calls.seed({{QStringLiteral("B002"), 3, false, 1}, {QStringLiteral("B002"), 3, false, 1},
                    {QStringLiteral("A004"), 1, true, 1}, {QStringLiteral("C001"), 2, false, 1}});
        QCOMPARE(numbers(calls), (QStringList{QStringLiteral("B002"), QStringLiteral("A004")}));
        QVERIFY(calls.entries().at(1).recalled);
        calls.seed({{QStringLiteral("Z999"), 9, false, 1}});
        QCOMPARE(calls.latest()->number, QStringLiteral("B002"));
        calls.clear();
        QVERIFY(calls.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecentCalls)
#include "tst_recent_calls.moc"
