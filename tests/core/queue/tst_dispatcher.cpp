// Dispatch rules as a table, and the starvation property over simulated hall days.
#include "core/domain/queue/Dispatcher.h"

#include <QRandomGenerator>
#include <QTest>

#include <deque>

using namespace ow;

namespace {
const QDateTime kNow(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);

// Compact ticket description: "id:category[+category]:minutesWaiting[:flags]" where flags are
// p (priority), a (appointment due), f (appointment in the future), wN (only window N).
Ticket ticket(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    Ticket t;
    t.id = parts.value(0).toLongLong();
    for (const QString &c : parts.value(1).split(QLatin1Char('+')))
        t.matters.append({c + QStringLiteral("-x"), c, MatterOutcome::Pending, {}, {}});
    t.issuedAt = kNow.addSecs(-60 * parts.value(2).toInt());
    t.queueKey = static_cast<double>(t.issuedAt.toSecsSinceEpoch()) + static_cast<double>(t.id) / 1000.0;
    const QString flags = parts.value(3);
    if (flags.contains(QLatin1Char('p')))
        t.priorityGroup = QStringLiteral("elderly");
    if (flags.contains(QLatin1Char('a')))
        t.appointmentAt = kNow.addSecs(-60);
    if (flags.contains(QLatin1Char('f')))
        t.appointmentAt = kNow.addSecs(600);
    const qsizetype w = flags.indexOf(QLatin1Char('w'));
    if (w >= 0)
        t.targetWindow = flags.mid(w + 1, 1).toInt();
    return t;
}

// "comprehensive" or "card=3,pension=1" (dedicated with weights) or "all:card=3" (comprehensive with a preference)
WindowProfile window(const QString &spec)
{
    WindowProfile w;
    w.number = 1;
    QString weights = spec;
    if (spec == QLatin1String("comprehensive"))
        return w;
    if (spec.startsWith(QLatin1String("all:")))
        weights = spec.mid(4);
    else
        w.comprehensive = false;
    for (const QString &pair : weights.split(QLatin1Char(','), Qt::SkipEmptyParts))
        w.categoryWeights.append({pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1, 1).toInt()});
    return w;
}
} // namespace

class TestDispatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("windowSpec");
        QTest::addColumn<QStringList>("waiting");
        QTest::addColumn<int>("streak");
        QTest::addColumn<qint64>("expected"); // 0: nothing to call
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty hall") << "comprehensive" << QStringList{} << 0 << qint64(0) << "";
        QTest::newRow("arrival order") << "comprehensive" << QStringList{"1:card:5", "2:card:8"} << 0 << qint64(2) << "preference";
        QTest::newRow("due appointment first") << "comprehensive" << QStringList{"1:card:20", "2:card:1:p", "3:card:0:a"} << 0
                                               << qint64(3) << "appointment";
        QTest::newRow("future appointment waits as walk-in") << "comprehensive" << QStringList{"1:card:5", "2:card:6:f"} << 0
                                                             << qint64(2) << "preference";
        QTest::newRow("priority before ordinary") << "comprehensive" << QStringList{"1:card:10", "2:card:1:p"} << 0 << qint64(2)
                                                  << "priority";
        QTest::newRow("priority ratio reached, ordinary waits")
            << "comprehensive" << QStringList{"1:card:10", "2:card:1:p"} << 2 << qint64(1) << "preference";
        QTest::newRow("priority ratio reached, nobody else") << "comprehensive" << QStringList{"2:card:1:p"} << 2 << qint64(2)
                                                             << "priority";
        QTest::newRow("max wait beats preference") << "all:card=3" << QStringList{"1:card:2", "2:pension:16"} << 0 << qint64(2)
                                                   << "max_wait";
        QTest::newRow("oldest overdue first") << "comprehensive" << QStringList{"1:card:16", "2:pension:20", "3:labour:18"} << 0
                                              << qint64(2) << "max_wait";
        QTest::newRow("weighted preference over arrival") << "all:card=3" << QStringList{"1:pension:10", "2:card:1"} << 0
                                                          << qint64(2) << "preference";
        QTest::newRow("dedicated window skips other categories")
            << "card=1" << QStringList{"1:pension:14", "2:card:1"} << 0 << qint64(2) << "preference";
        QTest::newRow("dedicated window ignores overdue it cannot serve")
            << "card=1" << QStringList{"1:pension:40", "2:card:1"} << 0 << qint64(2) << "preference";
        QTest::newRow("multi-matter needs every category") << "card=1" << QStringList{"1:card+pension:9", "2:card:1"} << 0
                                                           << qint64(2) << "preference";
        QTest::newRow("dedicated window, nothing it serves") << "card=1" << QStringList{"1:pension:9"} << 0 << qint64(0) << "";
        QTest::newRow("transferred to another window") << "comprehensive" << QStringList{"1:card:9:w2", "2:card:1"} << 0
                                                       << qint64(2) << "preference";
        QTest::newRow("transferred to this window") << "comprehensive" << QStringList{"1:card:9:w1", "2:card:10"} << 0
                                                    << qint64(2) << "preference";
    }

    void rules()
    {
        QFETCH(QString, windowSpec);
        QFETCH(QStringList, waiting);
        QFETCH(int, streak);
        QFETCH(qint64, expected);
        QFETCH(QString, reason);
        QList<Ticket> tickets;
        for (const QString &s : waiting)
            tickets.append(ticket(s));
        const auto pick = Dispatcher::pickNext(window(windowSpec), tickets, kNow, HallQueueConfig{}, streak);
        if (expected == 0) {
            QVERIFY(!pick);
            return;
        }
        QVERIFY(pick);
        QCOMPARE(pick->ticketId, expected);
        QCOMPARE(Dispatcher::toString(pick->reason), reason);
    }

    // Simulated hall days: random arrivals (with priority tickets and a dedicated window) at
    // up to 85% of capacity. Property: every ticket is called within the promise (15 min) plus
    // three of the longest services (the bound), and none is left behind at the end.
    void noTicketStarves_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u, 1234u, 99991u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void noTicketStarves()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const HallQueueConfig config;
        const QStringList categories{QStringLiteral("card"), QStringLiteral("pension"), QStringLiteral("labour")};
        struct SimWindow
        {
            WindowProfile profile;
            qint64 busyUntil = 0;
            int streak = 0;
        };
        std::vector<SimWindow> windows;
        for (int n = 1; n <= 3; ++n)
            windows.push_back({WindowProfile{n, true, {}}, 0, 0});
        windows.push_back({WindowProfile{4, false, {{QStringLiteral("card"), 1}}}, 0, 0});
        const int maxServiceSeconds = 8 * 60;
        const QDateTime start(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC);

        QList<Ticket> waiting;
        qint64 nextId = 1;
        qint64 worstWait = 0;
        int issued = 0;
        int called = 0;
        // 4 windows, mean service 4.5 min: capacity ≈ 0.89 tickets/min; arrivals 0.75/min.
        for (qint64 t = 0; t < 8 * 3600 || !waiting.isEmpty(); t += 10) {
            const QDateTime now = start.addSecs(t);
            if (t < 8 * 3600 && rng.bounded(1000) < 125) { // 0.125 per 10 s = 0.75 per minute
                Ticket k;
                k.id = nextId++;
                const QString c = categories[static_cast<qsizetype>(rng.bounded(3))];
                k.matters.append({c + QStringLiteral("-1"), c, MatterOutcome::Pending, {}, {}});
                if (rng.bounded(10) == 0)
                    k.priorityGroup = QStringLiteral("elderly");
                k.issuedAt = now;
                k.queueKey = static_cast<double>(now.toSecsSinceEpoch());
                waiting.append(k);
                ++issued;
            }
            for (SimWindow &w : windows) {
                if (w.busyUntil > t)
                    continue;
                const auto pick = Dispatcher::pickNext(w.profile, waiting, now, config, w.streak);
                if (!pick)
                    continue;
                for (qsizetype i = 0; i < waiting.size(); ++i) {
                    if (waiting[i].id != pick->ticketId)
                        continue;
                    worstWait = std::max(worstWait, waiting[i].issuedAt.secsTo(now));
                    waiting.removeAt(i);
                    break;
                }
                ++called;
                w.streak = pick->reason == Dispatcher::Reason::Priority ? w.streak + 1 : 0;
                w.busyUntil = t + 60 + rng.bounded(maxServiceSeconds - 60);
            }
            QVERIFY2(t < 24 * 3600, "the simulated day never ends: tickets are stuck");
        }
        QCOMPARE(called, issued);
        QVERIFY2(issued > 300, "the simulated day must be busy enough to mean something");
        qInfo("seed %u: %d tickets, worst wait %lld s", seed, issued, static_cast<long long>(worstWait));
        const qint64 bound = qint64(config.promiseMinutes) * 60 + 3 * maxServiceSeconds;
        QVERIFY2(worstWait <= bound, qPrintable(QStringLiteral("worst wait %1 s exceeds the bound %2 s").arg(worstWait).arg(bound)));
    }
};

QTEST_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
