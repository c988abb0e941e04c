// The hall display's feed, played event by event without a server: calls and recalls reach the
// recent list and the announcer, events without a window are ignored, a new service day starts a
// new list; an unreachable server is tried again.
#include "core/client/ClientSession.h"
#include "core/domain/util/Clock.h"
#include "ui/display/DisplayFeed.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {
QJsonObject ticket(const QString &number, int window, const QString &day = QStringLiteral("2026-11-02"))
{
    return {{QLatin1String("id"), 1},
            {QLatin1String("number"), number},
            {QLatin1String("window"), window},
            {QLatin1String("service_day"), day},
            {QLatin1String("state"), QStringLiteral("called")},
            {QLatin1String("resident_id"), QStringLiteral("110105********002X")}};
}
// An event as it comes off the stream.
HallEvent hallEvent(const QString &type, const QJsonObject &data)
{
    auto read = HallEvent::fromJson(HallEvent::envelope(type, QStringLiteral("MY-CITY"), data));
    return read ? read.value() : HallEvent{};
}
} // namespace

class TestDisplayFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventsReachTheListAndTheAnnouncer()
    {
        QTemporaryDir dir;
        FakeClock clock;
        ClientSession session(dir.path(), clock);
        DisplayFeed feed(session);
        QSignalSpy called(&feed, &DisplayFeed::called);
        QVERIFY(!feed.isLive());

        feed.handleEvent(hallEvent(QStringLiteral("ticket.called"), ticket(QStringLiteral("A001"), 5)));
        feed.handleEvent(hallEvent(QStringLiteral("ticket.issued"), ticket(QStringLiteral("A002"), 0)));
        feed.handleEvent(hallEvent(QStringLiteral("ticket.called"), ticket(QStringLiteral("B001"), 0))); // no window: not a call
        feed.handleEvent(hallEvent(QStringLiteral("ticket.called"), ticket(QStringLiteral("B002"), 3)));
        feed.handleEvent(hallEvent(QStringLiteral("ticket.recalled"), ticket(QStringLiteral("A001"), 5)));
        QCOMPARE(called.size(), 3);
        QCOMPARE(called.at(2).at(0).toString(), QStringLiteral("A001"));
        QCOMPARE(called.at(2).at(1).toInt(), 5);
        QVERIFY(called.at(2).at(2).toBool());
        const auto &entries = feed.calls().entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).number, QStringLiteral("A001"));
        QVERIFY(entries.at(0).recalled);
        QCOMPARE(entries.at(1).number, QStringLiteral("B002"));

        // The next service day's first call starts a fresh list.
        feed.handleEvent(hallEvent(QStringLiteral("ticket.called"), ticket(QStringLiteral("A001"), 2, QStringLiteral("2026-11-03"))));
        QCOMPARE(feed.calls().entries().size(), 1);
        QCOMPARE(feed.calls().latest()->window, 2);
        QVERIFY(!feed.calls().latest()->recalled);
    }

    void anUnreachableServerIsTriedAgain()
    {
        QTemporaryDir dir;
        FakeClock clock;
        ClientSession session(dir.path(), clock);
        DisplayFeed feed(session);
        feed.setLoginRetryMs(50);
        QSignalSpy changed(&feed, &DisplayFeed::loginChanged);
        // Nothing listens on port 9 and nothing is cached: unreachable, so it keeps trying.
        feed.connectTo(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("display-city"), QStringLiteral("x"));
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 10000);
        QVERIFY(!feed.loginError().isEmpty());
        QVERIFY(!session.isLoggedIn());
    }
};

QTEST_GUILESS_MAIN(TestDisplayFeed)
#include "tst_display_feed.moc"
