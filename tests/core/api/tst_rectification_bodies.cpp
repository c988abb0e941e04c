// The rectification's contract types (core/domain/api/RectificationBodies.h) and its rules
// (RectificationRules, RectificationTypes): every filled value reads back equal from what it
// writes, optional parts left out read back left out; the list's question reads from and writes
// to a query; the rules name each field at fault, and the state on the hall's day.
#include "core/domain/api/RectificationBodies.h"
#include "core/domain/queue/RectificationRules.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace ow;

namespace {

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 10, day), QTime(hour, 0), QTimeZone::utc());
}

template<typename T>
void roundTrip(const T &value)
{
    const QJsonObject written = value.toJson();
    auto read = T::fromJson(written);
    QVERIFY2(read, qPrintable(QString::fromUtf8(QJsonDocument(read ? QJsonObject() : read.error().extra).toJson())));
    QVERIFY2(read.value() == value, qPrintable(QString::fromUtf8(QJsonDocument(written).toJson())));
    QCOMPARE(read.value().toJson(), written);
}

RectificationItem item(bool closed)
{
    RectificationItem i;
    i.id = 12;
    i.hall = QStringLiteral("MY-CITY");
    i.dueDay = QDate(2026, 10, 13);
    i.state = closed ? RectificationState::Closed : RectificationState::Overdue;
    i.level = RatingLevel::VeryDissatisfied;
    i.service = QStringLiteral("CD-003");
    i.window = 3;
    i.ticket = QStringLiteral("E001");
    i.ticketId = 4711;
    i.tellerName = QStringLiteral("王丽");
    i.tellerStaffNo = QStringLiteral("MY-C-0001");
    i.openedAt = at(1, 2);
    if (closed) {
        i.closedAt = at(14, 7);
        i.closedLate = true;
    }
    i.followUps = 2;
    return i;
}

QStringList fieldsOf(const QList<RectificationRules::Problem> &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out << p.field;
    return out;
}

} // namespace

class TestRectificationBodies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bodiesReadBack()
    {
        roundTrip(RectificationList{{item(false), item(true)}});
        FollowUpRequest f;
        f.contactedAt = at(14, 7);
        f.channel = ContactChannel::Visit;
        f.answer = CitizenAnswer::NotSatisfied;
        f.cause = QStringLiteral("等候过久");
        f.action = QStringLiteral("增开窗口");
        f.note = QStringLiteral("群众仍有意见");
        roundTrip(f);
        roundTrip(FollowUpRequest{});
        roundTrip(CloseRectificationRequest{QStringLiteral("原因"), QStringLiteral("措施"), QStringLiteral("备注")});
        RectificationDetail d;
        d.rectification = item(true);
        d.ratingId = 31;
        d.ratedAt = at(1, 2);
        d.ticketServiceDay = QStringLiteral("2026-10-01");
        d.ticketIssuedAt = at(1, 1);
        d.ticketFinishedAt = at(1, 2);
        d.tellerId = 2;
        d.serviceName = {QStringLiteral("社会保障卡应用状态查询"), QStringLiteral("Social security card status enquiry")};
        d.followUps = {RectificationFollowUp{1, at(14, 1), ContactChannel::Phone, CitizenAnswer::NotReached, {}, {}, {}, at(14, 1), 8,
                                             QStringLiteral("黄志强")},
                       RectificationFollowUp{2, at(14, 7), ContactChannel::Sms, CitizenAnswer::Satisfied, QStringLiteral("c"),
                                             QStringLiteral("a"), QStringLiteral("n"), at(14, 7), 8, QStringLiteral("黄志强")}};
        d.closure = RectificationClosure{at(14, 7), QDate(2026, 10, 14), 8, QStringLiteral("黄志强"), QStringLiteral("c"), QStringLiteral("a"),
                                         {}, CitizenAnswer::Satisfied, true};
        roundTrip(d);
        d.closure.reset();
        d.rectification = item(false);
        d.ticketFinishedAt = {};
        roundTrip(d);
        // While open it has no closed_at; the closing is absent.
        QVERIFY(!item(false).toJson().contains(QLatin1String("closed_at")));
        QVERIFY(!d.toJson().contains(QLatin1String("closure")));
    }

    void badBodiesAreRefused()
    {
        auto wrong = FollowUpRequest::fromJson({{QLatin1String("channel"), QStringLiteral("pigeon")}, {QLatin1String("answer"), 3}});
        QVERIFY(!wrong.ok());
        const QJsonObject fields = wrong.error().extra.value(QLatin1String("fields")).toObject();
        QVERIFY(fields.contains(QLatin1String("channel")));
        QVERIFY(fields.contains(QLatin1String("answer")));
        QVERIFY(!RectificationItem::fromJson({{QLatin1String("id"), 1}}).ok());
        QVERIFY(!RectificationDetail::fromJson({}).ok());
    }

    void filterQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("state"); // "" for all
        QTest::addColumn<bool>("below");
        QTest::addColumn<int>("limit");
        QTest::newRow("nothing: open") << "" << true << "open" << false << 500;
        QTest::newRow("overdue below") << "state=overdue&below=true" << true << "overdue" << true << 500;
        QTest::newRow("all, 20") << "state=all&limit=20" << true << "" << false << 20;
        QTest::newRow("closed") << "state=closed&below=false" << true << "closed" << false << 500;
        QTest::newRow("unknown state") << "state=late" << false << "" << false << 0;
        QTest::newRow("below yes") << "below=yes" << false << "" << false << 0;
        QTest::newRow("limit 0") << "limit=0" << false << "" << false << 0;
        QTest::newRow("limit too many") << "limit=2001" << false << "" << false << 0;
    }

    void filterQuery()
    {
        QFETCH(QString, query);
        QFETCH(bool, ok);
        QFETCH(QString, state);
        QFETCH(bool, below);
        QFETCH(int, limit);
        auto f = RectificationFilter::fromQuery(QUrlQuery(query));
        QCOMPARE(f.ok(), ok);
        if (!ok) {
            QVERIFY(f.error().code == ErrorCode::ValidationFailed);
            return;
        }
        QCOMPARE(f.value().state ? toString(*f.value().state) : QString(), state);
        QCOMPARE(f.value().below, below);
        QCOMPARE(f.value().limit, limit);
        QVERIFY(RectificationFilter::fromQuery(f.value().toQuery()).value() == f.value());
    }

    void stateOnTheHallsDay()
    {
        const QDate due(2026, 10, 13);
        QCOMPARE(toString(rectificationState(due, false, QDate(2026, 10, 12))), QStringLiteral("open"));
        QCOMPARE(toString(rectificationState(due, false, due)), QStringLiteral("open"));
        QCOMPARE(toString(rectificationState(due, false, QDate(2026, 10, 14))), QStringLiteral("overdue"));
        QCOMPARE(toString(rectificationState(due, true, QDate(2026, 10, 14))), QStringLiteral("closed"));
        QVERIFY(!closedLate(due, due));
        QVERIFY(closedLate(due, QDate(2026, 10, 14)));
        QVERIFY(!closedLate(due, QDate()));
    }

    void rules()
    {
        const QDateTime now = at(14, 8);
        FollowUpRequest f;
        QCOMPARE(fieldsOf(RectificationRules::checkFollowUp(f, at(1, 2), now)),
                 (QStringList{QStringLiteral("contacted_at"), QStringLiteral("channel"), QStringLiteral("answer")}));
        f.contactedAt = now.addSecs(30); // a clock a little ahead is fine
        f.channel = ContactChannel::Phone;
        f.answer = CitizenAnswer::NotReached;
        QVERIFY(RectificationRules::checkFollowUp(f, at(1, 2), now).isEmpty());
        f.contactedAt = now.addSecs(300);
        QCOMPARE(fieldsOf(RectificationRules::checkFollowUp(f, at(1, 2), now)), QStringList{QStringLiteral("contacted_at")});
        f.contactedAt = at(1, 1);
        QCOMPARE(fieldsOf(RectificationRules::checkFollowUp(f, at(1, 2), now)), QStringList{QStringLiteral("contacted_at")});
        f.contactedAt = now;
        f.cause = QString(RectificationRules::kMaxText, QLatin1Char('x'));
        QVERIFY(RectificationRules::checkFollowUp(f, at(1, 2), now).isEmpty());
        f.cause += QLatin1Char('x');
        QCOMPARE(fieldsOf(RectificationRules::checkFollowUp(f, at(1, 2), now)), QStringList{QStringLiteral("cause")});

        QCOMPARE(fieldsOf(RectificationRules::checkClose({QStringLiteral("  "), {}, {}})),
                 (QStringList{QStringLiteral("cause"), QStringLiteral("action")}));
        QVERIFY(RectificationRules::checkClose({QStringLiteral("c"), QStringLiteral("a"), {}}).isEmpty());
        QVERIFY(RectificationRules::closeBlocker(false, 1) == nullptr);
        QVERIFY(RectificationRules::closeBlocker(false, 0) != nullptr);
        QVERIFY(RectificationRules::closeBlocker(true, 3) != nullptr);

        // The refusal carries the source texts, one per field, the first problem of each.
        const Error e = RectificationRules::refusal(RectificationRules::checkClose({{}, QString(501, QLatin1Char('a')), {}}));
        QVERIFY(e.code == ErrorCode::ValidationFailed);
        const QJsonObject fields = e.extra.value(QLatin1String("fields")).toObject();
        QCOMPARE(fields.value(QLatin1String("cause")).toString(), QStringLiteral("Say what caused the bad rating."));
        QCOMPARE(fields.value(QLatin1String("action")).toString(), QStringLiteral("At most 500 characters."));
    }
};

QTEST_GUILESS_MAIN(TestRectificationBodies)
#include "tst_rectification_bodies.moc"
