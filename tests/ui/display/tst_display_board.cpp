// The hall display against the real server: a ticket called at window 5 appears on the board
// as "number → window 5" and is spoken; waiting counts follow the hall; a recall is highlighted
// and spoken again; no resident ID ever reaches the screen; losing the server shows offline.
#include "core/client/ClientSession.h"
#include "core/domain/util/Clock.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "tests/ui/display/FakeSpeaker.h"
#include "ui/common/LanguageManager.h"
#include "ui/display/DisplayBoard.h"
#include "ui/display/DisplayFeed.h"
#include "ui/display/MarqueeLabel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {
// An event as it comes off the stream.
HallEvent hallEvent(const QString &type, const QJsonObject &data)
{
    auto read = HallEvent::fromJson(HallEvent::envelope(type, QStringLiteral("MY-CITY"), data));
    return read ? read.value() : HallEvent{};
}
} // namespace

namespace {
const QString kResidentId = QStringLiteral("11010519491231002X");

// Every text the board puts on screen or hands to screen readers.
QStringList visibleTexts(const QWidget &board)
{
    QStringList out{board.windowTitle()};
    for (const QWidget *w : board.findChildren<QWidget *>()) {
        out << w->accessibleName() << w->toolTip();
        if (const auto *l = qobject_cast<const QLabel *>(w))
            out << l->text();
        if (const auto *m = qobject_cast<const MarqueeLabel *>(w))
            out << m->text();
    }
    out.removeAll(QString());
    return out;
}

QString chipText(const QWidget &board, const QString &prefix)
{
    for (const QWidget *chip : board.findChild<QWidget *>(QStringLiteral("waitingCounts"))->findChildren<QWidget *>(QStringLiteral("waitingChip"))) {
        if (chip->isVisible() && chip->accessibleName() == prefix)
            return chip->findChild<QLabel *>(QStringLiteral("chipCount"))->text();
    }
    return {};
}
} // namespace

class TestDisplayBoard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_display_board"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
        m_kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_kiosk.isEmpty());
        QVERIFY(!m_teller.isEmpty());
    }

    void aRefusedPasswordIsShownAndNotRetried()
    {
        SystemClock clock;
        ClientSession session(m_dir.path() + QStringLiteral("/refused"), clock);
        DisplayBoard board(session, clock, nullptr, {});
        board.feed().setLoginRetryMs(50);
        QSignalSpy changed(&board.feed(), &DisplayFeed::loginChanged);
        board.connectTo(m_server.url(), QStringLiteral("kiosk-city"), QStringLiteral("wrong-password"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        auto *now = board.findChild<QLabel *>(QStringLiteral("nowCalling"));
        QVERIFY(!board.feed().loginError().isEmpty());
        QCOMPARE(now->accessibleName(), board.feed().loginError());
        QTest::qWait(300);
        QCOMPARE(changed.size(), 1); // no second attempt: it would only lock the account
        QVERIFY(board.announcements() == nullptr); // no speaker, no voice
    }

    void callAppearsAndIsSpoken()
    {
        SystemClock clock;
        ClientSession session(m_dir.path(), clock);
        test::FakeSpeaker speaker(10);
        DisplayBoard board(session, clock, &speaker, {});
        board.announcements()->setPauseMs(0);
        board.resize(1920, 1080);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board.connectTo(m_server.url(), QStringLiteral("display-city"), QStringLiteral("device1234"));
        QTRY_VERIFY_WITH_TIMEOUT(board.feed().isLive(), 10000);
        auto *offline = board.findChild<QLabel *>(QStringLiteral("offlineIndicator"));
        QVERIFY(!offline->isVisible());
        QVERIFY(board.findChild<QLabel *>(QStringLiteral("hallName"))->accessibleName().contains(QStringLiteral("绵阳")));
        QVERIFY(board.findChild<MarqueeLabel *>(QStringLiteral("noticeLine")) != nullptr);

        const auto bearer = [](const QString &token) {
            return QList<QPair<QByteArray, QByteArray>>{{QByteArray("Authorization"), "Bearer " + token.toLatin1()}};
        };
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/5"),
                              QJsonDocument(QJsonObject{{QLatin1String("state"), QStringLiteral("open")}}).toJson(), bearer(m_teller))
                     .status,
                 200);
        const test::HttpReply issued = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                                    {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}},
                                                     {QLatin1String("resident_id"), kResidentId}},
                                                    m_kiosk);
        QCOMPARE(issued.status, 201);
        const QString number = issued.json().value(QLatin1String("number")).toString();
        QVERIFY(!number.isEmpty());

        // The waiting count of the ticket's prefix follows the hall.
        const QString prefix = number.left(1);
        QTRY_VERIFY_WITH_TIMEOUT(chipText(board, prefix).contains(QLatin1Char('1')), 10000);
        // Window 5 is open, so the server estimates a newcomer's wait for the prefix: shown as a range.
        QTRY_VERIFY_WITH_TIMEOUT(chipText(board, prefix).contains(QStringLiteral("–")), 10000);

        const test::HttpReply called = m_http->send("POST", QStringLiteral("/api/v1/halls/MY-CITY/windows/5/call-next"), {},
                                                    bearer(m_teller));
        QCOMPARE(called.status, 200);
        QCOMPARE(called.json().value(QLatin1String("number")).toString(), number);

        auto *now = board.findChild<QLabel *>(QStringLiteral("nowCalling"));
        QTRY_VERIFY_WITH_TIMEOUT(now->accessibleName().contains(number), 10000);
        QVERIFY(now->text().contains(number));
        QVERIFY2(now->accessibleName().contains(QLatin1String(" 5")), qPrintable(now->accessibleName()));
        auto *recent = board.findChild<QWidget *>(QStringLiteral("recentCalls"));
        QCOMPARE(recent->findChild<QLabel *>(QStringLiteral("recentNumber"))->text(), number);
        QVERIFY(recent->findChild<QLabel *>(QStringLiteral("recentWindow"))->text().contains(QLatin1Char('5')));
        QTRY_VERIFY_WITH_TIMEOUT(chipText(board, prefix).isEmpty(), 10000); // nobody of that prefix waits now

        // Spoken, twice, one after the other, naming the number and the window.
        QTRY_COMPARE_WITH_TIMEOUT(speaker.finishedCount(), 2, 5000);
        QCOMPARE(speaker.overlaps, 0);
        for (const auto &u : std::as_const(speaker.log)) {
            QVERIFY2(u.text.contains(number), qPrintable(u.text));
            QVERIFY2(u.text.contains(QLatin1Char('5')), qPrintable(u.text));
        }

        // A recall: highlighted on the board and announced again (the server allows the real
        // recall only after 30 s, so the event is played into the feed).
        auto *badge = board.findChild<QLabel *>(QStringLiteral("recallBadge"));
        QVERIFY(!badge->isVisible());
        QJsonObject recalled = called.json();
        recalled.insert(QLatin1String("recalls"), 1);
        board.feed().handleEvent(hallEvent(QStringLiteral("ticket.recalled"), recalled));
        QVERIFY(badge->isVisible());
        QVERIFY(!recent->findChild<QLabel *>(QStringLiteral("recentMark"))->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(speaker.finishedCount(), 4, 5000);
        QVERIFY(speaker.log.at(2).text != speaker.log.at(0).text);
        QVERIFY(speaker.log.at(2).text.contains(number));

        // The ticket carries a resident ID; the board shows nothing of it, not even masked.
        const QStringList texts = visibleTexts(board);
        QVERIFY(texts.join(QLatin1Char('\n')).contains(number));
        for (const QString &t : texts) {
            for (const QString &piece : {kResidentId, QStringLiteral("110105"), QStringLiteral("002X"), QStringLiteral("*")})
                QVERIFY2(!t.contains(piece), qPrintable(t));
        }
        for (const auto &u : std::as_const(speaker.log))
            QVERIFY(!u.text.contains(QStringLiteral("002X")));

        // A board started now shows who is at the windows from the snapshot, without announcing.
        {
            ClientSession session2(m_dir.path() + QStringLiteral("/second"), clock);
            test::FakeSpeaker speaker2(10);
            DisplayBoard late(session2, clock, &speaker2, {});
            late.connectTo(m_server.url(), QStringLiteral("display-city"), QStringLiteral("device1234"));
            auto *lateNow = late.findChild<QLabel *>(QStringLiteral("nowCalling"));
            QTRY_VERIFY_WITH_TIMEOUT(lateNow->accessibleName().contains(number), 10000);
            QTest::qWait(100);
            QVERIFY(speaker2.log.isEmpty());
        }

        // The server goes away: the board says so and keeps the last calls.
        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 10000);
        QVERIFY(now->accessibleName().contains(number));
    }

private:
    QTemporaryDir m_dir;
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QString m_kiosk;
    QString m_teller;
};

QTEST_MAIN(TestDisplayBoard)
#include "tst_display_board.moc"
