// The client outbox on a real SQLite file: sequence numbers only grow (also across reopening
// and pruning), the states, the watchdog after a crash, and refusals kept until a person decides.
#include "core/sql/Database.h"
#include "core/client/Outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("outbox.sqlite"));
    }

    void sequenceNumbersOnlyGrow()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc();
        qint64 last = 0;
        QString device;
        {
            auto box = Outbox::open(m_path).value();
            device = box->device();
            QVERIFY(!device.isEmpty());
            for (int i = 0; i < 5; ++i) {
                auto op = box->enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/x"), {}, QStringLiteral("t"), t);
                QVERIFY(op.ok());
                QVERIFY(op.value().seq > last);
                last = op.value().seq;
            }
            auto batch = box->takeBatch(10).value();
            for (const OutboxOp &op : batch)
                QVERIFY(box->settle(op.seq, OutboxOp::State::Acked, 201, {}).ok());
            QCOMPARE(box->pruneAcked(t.addSecs(3600)).value(), 5); // all gone
        }
        auto again = Outbox::open(m_path).value();
        QCOMPARE(again->device(), device); // the device keeps its id
        auto next = again->enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/x"), {}, QStringLiteral("t"), t);
        QVERIFY(next.value().seq > last); // never reused, even with every row pruned
    }

    void sendingOpsArePendingAgainAfterACrash()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc();
        {
            auto box = Outbox::open(m_path).value();
            for (int i = 0; i < 3; ++i)
                box->enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/x"), {{QLatin1String("i"), i}}, QStringLiteral("t"), t);
            QCOMPARE(box->takeBatch(2).value().size(), 2);
            QCOMPARE(box->count(OutboxOp::State::Sending).value(), 2);
            QCOMPARE(box->count(OutboxOp::State::Pending).value(), 1);
        } // the program stops with two ops on the wire
        auto box = Outbox::open(m_path).value();
        QCOMPARE(box->count(OutboxOp::State::Sending).value(), 0);
        QCOMPARE(box->count(OutboxOp::State::Pending).value(), 3);
        const QList<OutboxOp> batch = box->takeBatch(10).value();
        QCOMPARE(batch.size(), 3);
        QVERIFY(batch[0].seq < batch[1].seq && batch[1].seq < batch[2].seq); // in order
        QCOMPARE(batch[2].body.value(QLatin1String("i")).toInt(), 2);
    }

    // A push's answers are recorded together: when one of them cannot be written, none is, and the
    // whole batch is still `sending`, to be sent again (the server answers the same).
    void aPushsAnswersAreRecordedAllOrNone()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc();
        auto box = Outbox::open(m_path).value();
        for (int i = 0; i < 3; ++i)
            QVERIFY(box->enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/x"), {{QLatin1String("i"), i}}, QStringLiteral("t"), t).ok());
        const QList<OutboxOp> batch = box->takeBatch(10).value();
        QCOMPARE(batch.size(), 3);
        QList<OutboxAnswer> answers;
        for (const OutboxOp &op : batch)
            answers.append({op.seq, OutboxOp::State::Acked, 201, {{QLatin1String("seq"), op.seq}}});
        answers[2].state = OutboxOp::State::Rejected;
        answers[2].status = 422;
        int updates = 0;
        box->database().setFaultInjector([&updates](const QString &sql) {
            return sql.startsWith(QLatin1String("UPDATE outbox SET state = ?")) && ++updates == 3; // the last answer fails
        });
        QVERIFY(!box->settle(answers).ok());
        box->database().setFaultInjector({});
        QCOMPARE(box->count(OutboxOp::State::Acked).value(), 0);
        QCOMPARE(box->count(OutboxOp::State::Sending).value(), 3);
        QCOMPARE(box->takeBatch(10).value().size(), 3); // taken again, in order
        QVERIFY(box->settle(answers).ok());
        QCOMPARE(box->count(OutboxOp::State::Acked).value(), 2);
        QCOMPARE(box->count(OutboxOp::State::Rejected).value(), 1);
        QCOMPARE(box->find(batch[1].seq).value()->answer.value(QLatin1String("seq")).toInteger(), batch[1].seq);
    }

    void refusalsAreKeptUntilAPersonDecides()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc();
        auto box = Outbox::open(m_path).value();
        box->enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/a"), {}, QStringLiteral("t"), t);
        box->enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/b"), {}, QStringLiteral("t"), t);
        const QList<OutboxOp> batch = box->takeBatch(10).value();
        const QJsonObject refused{{QLatin1String("error"), QJsonObject{{QLatin1String("code"), QStringLiteral("validation_failed")},
                                                                       {QLatin1String("message"), QStringLiteral("部分信息未填写或填写有误，请检查。")}}}};
        QVERIFY(box->settle(batch[0].seq, OutboxOp::State::Rejected, 422, refused).ok());
        QVERIFY(box->settle(batch[1].seq, OutboxOp::State::Conflict, 409, {{QLatin1String("error"), QJsonObject{{QLatin1String("reason"), QStringLiteral("ticket E001 is finished")}}}}).ok());
        QVERIFY(box->pruneAcked(t.addDays(30)).ok());
        const QList<OutboxOp> problems = box->problems().value();
        QCOMPARE(problems.size(), 2); // pruning never drops a refusal
        QCOMPARE(problems[0].reason(), QStringLiteral("部分信息未填写或填写有误，请检查。"));
        QVERIFY(problems[1].reason().contains(QStringLiteral("finished")));
        // Send the conflicting one again as a new op; discard the other.
        auto fresh = box->resendAsNew(problems[1].seq, t);
        QVERIFY(fresh.ok());
        QVERIFY(fresh.value().seq > problems[1].seq);
        QVERIFY(fresh.value().opId != problems[1].opId);
        QCOMPARE(fresh.value().path, QStringLiteral("/api/v1/b"));
        QVERIFY(box->discard(problems[0].seq).ok());
        QCOMPARE(box->problems().value().size(), 0);
        QCOMPARE(box->count(OutboxOp::State::Pending).value(), 1);
        QVERIFY(!box->resendAsNew(problems[0].seq, t).ok()); // decided already
    }

    void ackedOpsAboveTheServersCursorAreSentAgain()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc();
        auto box = Outbox::open(m_path).value();
        for (int i = 0; i < 4; ++i)
            box->enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/x"), {}, QStringLiteral("t"), t);
        const QList<OutboxOp> batch = box->takeBatch(10).value();
        for (const OutboxOp &op : batch)
            QVERIFY(box->settle(op.seq, OutboxOp::State::Acked, 201, {}).ok());
        QCOMPARE(box->lastAckedSeq().value(), batch.last().seq);
        // The server came back from a backup that knows only the first two.
        QCOMPARE(box->requeueAckedAbove(batch[1].seq).value(), 2);
        const QList<OutboxOp> again = box->takeBatch(10).value();
        QCOMPARE(again.size(), 2);
        QCOMPARE(again[0].opId, batch[2].opId); // same op ids: applied once whatever happened
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(TestOutbox)
#include "tst_outbox.moc"
