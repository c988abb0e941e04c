// The voice-calling rule: calls are spoken one after another, never overlapping, each repeated,
// recalls announced again, and a stuck speech backend cannot block the hall.
#include "core/domain/queue/AnnouncementQueue.h"
#include "tests/ui/display/FakeSpeaker.h"

#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace ow;
using test::FakeSpeaker;

namespace {
// Stands in for the zh_CN translation, which the translators add to translations/*.ts.
class ChineseCalls : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "ow::AnnouncementQueue") != 0)
            return {};
        if (qstrcmp(source, "Number %1, please go to window %2") == 0)
            return QStringLiteral("请 %1 号到 %2 号窗口办理");
        if (qstrcmp(source, "Calling again: number %1, please go to window %2") == 0)
            return QStringLiteral("再次呼叫，请 %1 号到 %2 号窗口办理");
        return {};
    }
};

void verifyNoOverlap(const FakeSpeaker &speaker)
{
    QCOMPARE(speaker.overlaps, 0);
    for (qsizetype i = 0; i + 1 < speaker.log.size(); ++i) {
        QVERIFY2(speaker.log.at(i).finishNs >= 0, qPrintable(QStringLiteral("sentence %1 never ended").arg(i)));
        QVERIFY2(speaker.log.at(i + 1).startNs >= speaker.log.at(i).finishNs,
                 qPrintable(QStringLiteral("sentence %1 began before %2 ended").arg(i + 1).arg(i)));
    }
}
} // namespace

class TestAnnouncementQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threeQuickCallsAreSpokenOneAfterAnother()
    {
        FakeSpeaker speaker(40);
        AnnouncementQueue queue(&speaker);
        queue.setPauseMs(5);
        QSignalSpy announced(&queue, &AnnouncementQueue::announced);
        queue.call(QStringLiteral("A023"), 5);
        queue.call(QStringLiteral("B007"), 3);
        queue.call(QStringLiteral("E001"), 12);
        QCOMPARE(speaker.log.size(), 1); // only the first has started
        QCOMPARE(queue.pendingCount(), 2);

        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 3, 5000);
        QCOMPARE(speaker.log.size(), 6);
        verifyNoOverlap(speaker);
        const QStringList texts = speaker.texts();
        const QList<QPair<QString, QString>> expected{{QStringLiteral("A023"), QStringLiteral("5")},
                                                      {QStringLiteral("B007"), QStringLiteral("3")},
                                                      {QStringLiteral("E001"), QStringLiteral("12")}};
        for (int i = 0; i < 6; ++i) {
            QVERIFY2(texts.at(i).contains(expected.at(i / 2).first), qPrintable(texts.at(i)));
            QVERIFY2(texts.at(i).contains(expected.at(i / 2).second), qPrintable(texts.at(i)));
        }
        QCOMPARE(texts.at(0), texts.at(1)); // each call twice by default
        QCOMPARE(announced.at(0).at(0).toString(), QStringLiteral("A023"));
        QCOMPARE(announced.at(2).at(1).toInt(), 12);
        QVERIFY(!queue.isSpeaking());
    }

    void repeatCount_data()
    {
        QTest::addColumn<int>("repeat");
        QTest::addColumn<int>("sentences");
        QTest::newRow("once") << 1 << 2;
        QTest::newRow("twice") << 2 << 4;
        QTest::newRow("three times") << 3 << 6;
        QTest::newRow("zero means once") << 0 << 2;
    }

    void repeatCount()
    {
        QFETCH(int, repeat);
        QFETCH(int, sentences);
        FakeSpeaker speaker(5);
        AnnouncementQueue queue(&speaker);
        queue.setPauseMs(0);
        queue.setRepeat(repeat);
        QSignalSpy announced(&queue, &AnnouncementQueue::announced);
        queue.call(QStringLiteral("A001"), 1);
        queue.call(QStringLiteral("A002"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 2, 5000);
        QCOMPARE(speaker.log.size(), sentences);
        verifyNoOverlap(speaker);
    }

    void recallIsAnnouncedAgain()
    {
        FakeSpeaker speaker(5);
        AnnouncementQueue queue(&speaker);
        queue.setPauseMs(0);
        QSignalSpy announced(&queue, &AnnouncementQueue::announced);
        queue.call(QStringLiteral("A023"), 5);
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 1, 5000);
        queue.call(QStringLiteral("A023"), 5, true);
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 2, 5000);
        QCOMPARE(speaker.log.size(), 4);
        QVERIFY(announced.at(1).at(2).toBool());
        const QString recallText = speaker.log.at(2).text;
        QVERIFY(recallText.contains(QStringLiteral("A023")));
        QVERIFY(recallText.contains(QStringLiteral("5")));
        QVERIFY(recallText != speaker.log.at(0).text); // says it is a second call
        verifyNoOverlap(speaker);
    }

    void recallWhileTheFirstCallIsSpokenIsQueued()
    {
        FakeSpeaker speaker(30);
        AnnouncementQueue queue(&speaker);
        queue.setPauseMs(0);
        QSignalSpy announced(&queue, &AnnouncementQueue::announced);
        queue.call(QStringLiteral("A023"), 5);
        queue.call(QStringLiteral("A023"), 5, true); // A023 is being spoken, not pending
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 2, 5000);
        QCOMPARE(speaker.log.size(), 4);
    }

    void aCallStillWaitingIsMergedNotRepeated()
    {
        FakeSpeaker speaker(30);
        AnnouncementQueue queue(&speaker);
        queue.setPauseMs(0);
        QSignalSpy announced(&queue, &AnnouncementQueue::announced);
        queue.call(QStringLiteral("A001"), 1);
        queue.call(QStringLiteral("B002"), 3);
        queue.call(QStringLiteral("B002"), 4); // transferred before it was spoken: say window 4 once
        QCOMPARE(queue.pendingCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 2, 5000);
        QCOMPARE(speaker.log.size(), 4);
        QVERIFY(speaker.log.at(2).text.contains(QStringLiteral("4")));
        QCOMPARE(announced.at(1).at(1).toInt(), 4);
    }

    void safetyTimeoutAdvancesAStuckSpeaker()
    {
        FakeSpeaker speaker(-1); // never reports finished
        AnnouncementQueue queue(&speaker);
        queue.setPauseMs(0);
        queue.setRepeat(1);
        queue.setSafetyTimeoutMs(100);
        QSignalSpy announced(&queue, &AnnouncementQueue::announced);
        QElapsedTimer elapsed;
        elapsed.start();
        queue.call(QStringLiteral("A001"), 1);
        queue.call(QStringLiteral("B002"), 3);
        QTRY_COMPARE_WITH_TIMEOUT(speaker.log.size(), 2, 3000);
        QVERIFY(elapsed.elapsed() >= 90);
        QVERIFY(speaker.log.at(0).stopped); // the queue stopped it before going on
        QVERIFY(speaker.stops >= 1);
        verifyNoOverlap(speaker);
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 2, 3000);
    }

    void aSpeakerThatFinishesInsideSayDoesNotRecurse()
    {
        FakeSpeaker speaker(0);
        AnnouncementQueue queue(&speaker);
        queue.setPauseMs(0);
        QSignalSpy announced(&queue, &AnnouncementQueue::announced);
        for (int i = 1; i <= 50; ++i)
            queue.call(QStringLiteral("A%1").arg(i, 3, 10, QLatin1Char('0')), i % 9 + 1);
        QCOMPARE(speaker.log.size(), 1); // the rest come from the event loop, not from the stack
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 50, 5000);
        QCOMPARE(speaker.log.size(), 100);
        verifyNoOverlap(speaker);
    }

    void aStrayFinishIsIgnored()
    {
        FakeSpeaker speaker(50);
        AnnouncementQueue queue(&speaker);
        queue.setPauseMs(0);
        Q_EMIT speaker.finished(); // nothing is being spoken
        QVERIFY(!queue.isSpeaking());
        queue.call(QStringLiteral("A001"), 1);
        QVERIFY(queue.isSpeaking());
        QTRY_VERIFY_WITH_TIMEOUT(speaker.log.size() == 2 && !queue.isSpeaking(), 3000);
        verifyNoOverlap(speaker);
    }

    void clearStopsAndForgets()
    {
        FakeSpeaker speaker(200);
        AnnouncementQueue queue(&speaker);
        queue.call(QStringLiteral("A001"), 1);
        queue.call(QStringLiteral("A002"), 2);
        queue.clear();
        QVERIFY(!queue.isSpeaking());
        QCOMPARE(queue.pendingCount(), 0);
        QCOMPARE(speaker.stops, 1);
        QTest::qWait(300);
        QCOMPARE(speaker.log.size(), 1);
    }

    void theTextFollowsTheInstalledTranslator()
    {
        const AnnouncementQueue::Call call{QStringLiteral("A023"), 5, false};
        QCOMPARE(AnnouncementQueue::textFor(call), QStringLiteral("Number A023, please go to window 5"));
        ChineseCalls zh;
        QCoreApplication::installTranslator(&zh);
        QCOMPARE(AnnouncementQueue::textFor(call), QStringLiteral("请 A023 号到 5 号窗口办理"));
        QCOMPARE(AnnouncementQueue::textFor({QStringLiteral("A023"), 5, true}),
                 QStringLiteral("再次呼叫，请 A023 号到 5 号窗口办理"));
        QCoreApplication::removeTranslator(&zh);
    }
};

QTEST_GUILESS_MAIN(TestAnnouncementQueue)
#include "tst_announcement_queue.moc"
