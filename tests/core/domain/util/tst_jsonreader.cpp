// JsonReader: each reader takes its JSON type or records a problem under the field's name (and
// returns the fallback); absent or null is the fallback, or "required" for the required readers;
// nested<T> and list<T> keep the inner problems under "key.field" and "key[i].field"; finish()
// answers the value, or ValidationFailed naming every bad field at once. Plus the writers
// instantJson/dateJson.
#include "core/domain/util/JsonReader.h"
#include "core/domain/queue/QueueTypes.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace ow;

namespace {

QLatin1StringView key(const char *k)
{
    return QLatin1StringView(k);
}

// Small contract types, written the way core/domain/api's are.
struct Point
{
    qint64 x = 0;
    qint64 y = 0;
    bool operator==(const Point &) const = default;
    static Result<Point> fromJson(const QJsonObject &o)
    {
        JsonReader r(o);
        Point p;
        p.x = r.requiredInteger(key("x"));
        p.y = r.integer(key("y"));
        return r.finish(p);
    }
};

struct Shape
{
    QString name;
    std::optional<Point> origin;
    QList<Point> points;
    bool operator==(const Shape &) const = default;
    static Result<Shape> fromJson(const QJsonObject &o)
    {
        JsonReader r(o);
        Shape s;
        s.name = r.requiredText(key("name"));
        s.origin = r.nested<Point>(key("origin"));
        s.points = r.list<Point>(key("points"));
        return r.finish(s);
    }
};

struct Drawing
{
    QList<Shape> shapes;
    bool operator==(const Drawing &) const = default;
    static Result<Drawing> fromJson(const QJsonObject &o)
    {
        JsonReader r(o);
        Drawing d;
        d.shapes = r.list<Shape>(key("shapes"));
        return r.finish(d);
    }
};

// A type whose refusal names no field (e.g. a lookup that failed): the problem is the key's.
struct Lookup
{
    static Result<Lookup> fromJson(const QJsonObject &) { return notFoundError(QStringLiteral("no such hall")); }
};

QJsonObject problemsOf(const JsonReader &r)
{
    return r.problems();
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void absentOrNullIsTheFallback()
    {
        JsonReader r(QJsonObject{{QStringLiteral("n"), QJsonValue::Null}});
        QVERIFY(!r.has(key("n")));
        QVERIFY(!r.has(key("missing")));
        QCOMPARE(r.text(key("n"), QStringLiteral("fb")), QStringLiteral("fb"));
        QCOMPARE(r.text(key("missing")), QString());
        QCOMPARE(r.integer(key("n"), 7), qint64(7));
        QCOMPARE(r.number(key("missing"), 2.5), 2.5);
        QCOMPARE(r.boolean(key("n"), true), true);
        QCOMPARE(r.texts(key("n")), QStringList());
        QCOMPARE(r.nestedObject(key("n")), QJsonObject());
        QCOMPARE(r.array(key("missing")), QJsonArray());
        QVERIFY(!r.instant(key("n")).isValid());
        QVERIFY(!r.date(key("missing")).isValid());
        QVERIFY(!r.enumValue<TicketState>(key("n"), ticketStateFromString));
        QVERIFY(!r.nested<Point>(key("n")));
        QVERIFY(r.list<Point>(key("missing")).isEmpty());
        QVERIFY(r.ok());
        QVERIFY(r.problems().isEmpty());
    }

    void valuesOfTheRightType()
    {
        const QJsonObject o{{QStringLiteral("t"), QStringLiteral("窗口")},
                            {QStringLiteral("i"), 9007199254740991.0}, // 2^53 - 1, exact in a double
                            {QStringLiteral("neg"), -12},
                            {QStringLiteral("f"), 3.0},
                            {QStringLiteral("d"), 2.5},
                            {QStringLiteral("b"), false},
                            {QStringLiteral("ts"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                            {QStringLiteral("o"), QJsonObject{{QStringLiteral("k"), 1}}},
                            {QStringLiteral("a"), QJsonArray{1, 2}},
                            {QStringLiteral("day"), QStringLiteral("2026-11-02")},
                            {QStringLiteral("e"), QStringLiteral("no_show")}};
        JsonReader r(o);
        QCOMPARE(r.text(key("t")), QStringLiteral("窗口"));
        QCOMPARE(r.integer(key("i")), qint64(9007199254740991));
        QCOMPARE(r.integer(key("neg")), qint64(-12));
        QCOMPARE(r.integer(key("f")), qint64(3)); // 3.0 is a whole number
        QCOMPARE(r.number(key("d")), 2.5);
        QCOMPARE(r.number(key("neg")), -12.0);
        QCOMPARE(r.boolean(key("b"), true), false);
        QCOMPARE(r.texts(key("ts")), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(r.nestedObject(key("o")), (QJsonObject{{QStringLiteral("k"), 1}}));
        QCOMPARE(r.array(key("a")), (QJsonArray{1, 2}));
        QCOMPARE(r.date(key("day")), QDate(2026, 11, 2));
        QVERIFY(r.enumValue<TicketState>(key("e"), ticketStateFromString) == TicketState::NoShow);
        QVERIFY2(r.ok(), qPrintable(QString::fromUtf8(QJsonDocument(r.problems()).toJson())));
    }

    // The edges of qint64 as a body writes them (found by tests/fuzz/fuzz_sync_push: a "seq" of
    // 2^63 or more was converted from double to qint64 before its range was checked — undefined
    // behaviour, and the largest qint64 itself refused because as a double it is 2^63).
    void integersAtTheEdgesOf64Bits_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<qint64>("value");
        QTest::newRow("largest qint64") << QByteArray("9223372036854775807") << true << std::numeric_limits<qint64>::max();
        QTest::newRow("smallest qint64") << QByteArray("-9223372036854775808") << true << std::numeric_limits<qint64>::min();
        QTest::newRow("2^53 + 1, exact") << QByteArray("9007199254740993") << true << qint64(9007199254740993);
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << false << qint64(0);
        QTest::newRow("beyond qint64") << QByteArray("99223372036854775808") << false << qint64(0);
        QTest::newRow("1e300") << QByteArray("1e300") << false << qint64(0);
        QTest::newRow("-1e300") << QByteArray("-1e300") << false << qint64(0);
        QTest::newRow("fraction") << QByteArray("0.5") << false << qint64(0);
        QTest::newRow("whole, written as a double") << QByteArray("4.0e3") << true << qint64(4000);
    }

    void integersAtTheEdgesOf64Bits()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, whole);
        QFETCH(qint64, value);
        const QJsonObject o = QJsonDocument::fromJson("{\"n\": " + json + "}").object();
        QVERIFY(o.value(QLatin1String("n")).isDouble());
        QCOMPARE(wholeNumber(o.value(QLatin1String("n"))).has_value(), whole);
        JsonReader r(o);
        QCOMPARE(r.integer(key("n"), 42), whole ? value : qint64(42));
        QCOMPARE(r.ok(), whole);
        if (!whole)
            QCOMPARE(r.problems().value(QLatin1String("n")).toString(), QStringLiteral("whole number expected"));
    }

    void wrongTypeIsNamedPerField_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("problem");
        QTest::newRow("text given a number") << QJsonValue(5) << "text" << "text expected";
        QTest::newRow("text given a list") << QJsonValue(QJsonArray{QStringLiteral("a")}) << "text" << "text expected";
        QTest::newRow("integer given text") << QJsonValue(QStringLiteral("5")) << "integer" << "whole number expected";
        QTest::newRow("integer given a fraction") << QJsonValue(2.5) << "integer" << "whole number expected";
        QTest::newRow("integer given true") << QJsonValue(true) << "integer" << "whole number expected";
        QTest::newRow("integer far too large") << QJsonValue(1e30) << "integer" << "whole number expected";
        QTest::newRow("number given text") << QJsonValue(QStringLiteral("2.5")) << "number" << "number expected";
        QTest::newRow("boolean given text") << QJsonValue(QStringLiteral("true")) << "boolean" << "true or false expected";
        QTest::newRow("boolean given 1") << QJsonValue(1) << "boolean" << "true or false expected";
        QTest::newRow("texts given text") << QJsonValue(QStringLiteral("a,b")) << "texts" << "list expected";
        QTest::newRow("texts with a number") << QJsonValue(QJsonArray{QStringLiteral("a"), 2}) << "texts" << "list of texts expected";
        QTest::newRow("object given a list") << QJsonValue(QJsonArray{}) << "nestedObject" << "object expected";
        QTest::newRow("array given an object") << QJsonValue(QJsonObject{}) << "array" << "list expected";
        QTest::newRow("instant not ISO") << QJsonValue(QStringLiteral("2 Nov 2026 09:00")) << "instant" << "ISO 8601 instant expected";
        QTest::newRow("instant not a day") << QJsonValue(QStringLiteral("2026-02-30T09:00:00Z")) << "instant"
                                           << "ISO 8601 instant expected";
        QTest::newRow("instant given a number") << QJsonValue(1793581200000.0) << "instant" << "text expected";
        QTest::newRow("date not ISO") << QJsonValue(QStringLiteral("02/11/2026")) << "date" << "date yyyy-MM-dd expected";
        QTest::newRow("date not a day") << QJsonValue(QStringLiteral("2026-13-01")) << "date" << "date yyyy-MM-dd expected";
        QTest::newRow("enum unknown") << QJsonValue(QStringLiteral("lost")) << "enum" << "unknown value lost";
        QTest::newRow("enum wrong case") << QJsonValue(QStringLiteral("WAITING")) << "enum" << "unknown value WAITING";
    }

    void wrongTypeIsNamedPerField()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, reader);
        QFETCH(QString, problem);
        JsonReader r(QJsonObject{{QStringLiteral("field"), value}, {QStringLiteral("good"), QStringLiteral("fine")}});
        const auto k = key("field");
        if (reader == QLatin1String("text"))
            QCOMPARE(r.text(k, QStringLiteral("fb")), QStringLiteral("fb"));
        else if (reader == QLatin1String("integer"))
            QCOMPARE(r.integer(k, 42), qint64(42));
        else if (reader == QLatin1String("number"))
            QCOMPARE(r.number(k, 1.5), 1.5);
        else if (reader == QLatin1String("boolean"))
            QCOMPARE(r.boolean(k, true), true);
        else if (reader == QLatin1String("texts"))
            QCOMPARE(r.texts(k), QStringList());
        else if (reader == QLatin1String("nestedObject"))
            QCOMPARE(r.nestedObject(k), QJsonObject());
        else if (reader == QLatin1String("array"))
            QCOMPARE(r.array(k), QJsonArray());
        else if (reader == QLatin1String("instant"))
            QVERIFY(!r.instant(k).isValid());
        else if (reader == QLatin1String("date"))
            QVERIFY(!r.date(k).isValid());
        else if (reader == QLatin1String("enum"))
            QVERIFY(!r.enumValue<TicketState>(k, ticketStateFromString));
        else
            QFAIL("unknown reader");
        QCOMPARE(r.text(key("good")), QStringLiteral("fine"));
        QVERIFY(!r.ok());
        QCOMPARE(problemsOf(r), (QJsonObject{{QStringLiteral("field"), problem}}));
    }

    void enumGivenANumberSaysTextExpected()
    {
        JsonReader r(QJsonObject{{QStringLiteral("state"), 3}});
        QVERIFY(!r.enumValue<TicketState>(key("state"), ticketStateFromString));
        QVERIFY(r.problems().contains(QLatin1String("state")));
        // BUG (core/domain/util/JsonReader.h, enumValue): the "text expected" problem that text()
        // recorded is overwritten with "unknown value " and an empty name, which tells the caller
        // nothing about what was wrong.
        QEXPECT_FAIL("", "enumValue: a non-text value is reported as 'unknown value ' instead of 'text expected'", Continue);
        QCOMPARE(r.problems().value(QLatin1String("state")).toString(), QStringLiteral("text expected"));
    }

    void instantsKeepTheirInstant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const QDateTime nine(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC);
        QTest::newRow("UTC") << QStringLiteral("2026-11-02T01:00:00Z") << nine;
        QTest::newRow("with milliseconds") << QStringLiteral("2026-11-02T01:00:00.250Z") << nine.addMSecs(250);
        QTest::newRow("Beijing offset") << QStringLiteral("2026-11-02T09:00:00+08:00") << nine;
        QTest::newRow("negative offset") << QStringLiteral("2026-11-01T20:00:00-05:00") << nine;
    }

    void instantsKeepTheirInstant()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        JsonReader r(QJsonObject{{QStringLiteral("at"), text}});
        const QDateTime at = r.instant(key("at"));
        QVERIFY(r.ok());
        QCOMPARE(at.toMSecsSinceEpoch(), utc.toMSecsSinceEpoch());
    }

    void emptyInstantOrDateIsAbsent()
    {
        JsonReader r(QJsonObject{{QStringLiteral("at"), QString()}, {QStringLiteral("day"), QString()}});
        QVERIFY(!r.instant(key("at")).isValid());
        QVERIFY(!r.date(key("day")).isValid());
        QVERIFY(r.ok());
    }

    void required_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::addColumn<QString>("textProblem");
        QTest::addColumn<QString>("integerProblem");
        QTest::newRow("absent") << QJsonObject{} << "required" << "required";
        QTest::newRow("null") << QJsonObject{{QStringLiteral("t"), QJsonValue::Null}, {QStringLiteral("i"), QJsonValue::Null}}
                              << "required" << "required";
        QTest::newRow("empty text") << QJsonObject{{QStringLiteral("t"), QString()}, {QStringLiteral("i"), 0}} << "required"
                                    << QString();
        // A value of the wrong type keeps its type problem; "required" does not hide it.
        QTest::newRow("wrong types") << QJsonObject{{QStringLiteral("t"), 5}, {QStringLiteral("i"), QStringLiteral("5")}}
                                     << "text expected" << "whole number expected";
        QTest::newRow("present") << QJsonObject{{QStringLiteral("t"), QStringLiteral("x")}, {QStringLiteral("i"), -1}} << QString()
                                 << QString();
    }

    void required()
    {
        QFETCH(QJsonObject, object);
        QFETCH(QString, textProblem);
        QFETCH(QString, integerProblem);
        JsonReader r(object);
        r.requiredText(key("t"));
        r.requiredInteger(key("i"));
        QJsonObject expected;
        if (!textProblem.isEmpty())
            expected.insert(QStringLiteral("t"), textProblem);
        if (!integerProblem.isEmpty())
            expected.insert(QStringLiteral("i"), integerProblem);
        QCOMPARE(problemsOf(r), expected);
    }

    void nestedTypeReadsThrough()
    {
        const QJsonObject o{{QStringLiteral("name"), QStringLiteral("triangle")},
                            {QStringLiteral("origin"), QJsonObject{{QStringLiteral("x"), 1}, {QStringLiteral("y"), 2}}},
                            {QStringLiteral("points"), QJsonArray{QJsonObject{{QStringLiteral("x"), 3}},
                                                                  QJsonObject{{QStringLiteral("x"), 4}, {QStringLiteral("y"), 5}}}}};
        const Result<Shape> s = Shape::fromJson(o);
        QVERIFY(s.ok());
        QCOMPARE(s.value(), (Shape{QStringLiteral("triangle"), Point{1, 2}, {Point{3, 0}, Point{4, 5}}}));
    }

    void nestedProblemsArePrefixed()
    {
        const QJsonObject o{{QStringLiteral("name"), QStringLiteral("bad")},
                            {QStringLiteral("origin"), QJsonObject{{QStringLiteral("y"), QStringLiteral("2")}}},
                            {QStringLiteral("points"), QJsonArray{QJsonObject{{QStringLiteral("x"), 1}},
                                                                  QStringLiteral("not an object"),
                                                                  QJsonObject{{QStringLiteral("x"), 1.5}}}}};
        const Result<Shape> s = Shape::fromJson(o);
        QVERIFY(!s.ok());
        QVERIFY(s.error().code == ErrorCode::ValidationFailed);
        const QJsonObject expected{{QStringLiteral("origin.x"), QStringLiteral("required")},
                                   {QStringLiteral("origin.y"), QStringLiteral("whole number expected")},
                                   {QStringLiteral("points[1]"), QStringLiteral("object expected")},
                                   {QStringLiteral("points[2].x"), QStringLiteral("whole number expected")}};
        QCOMPARE(s.error().extra.value(QLatin1String("fields")).toObject(), expected);
    }

    void prefixesCompose()
    {
        // Two levels down: "shapes[1].points[0].x".
        const QJsonObject o{{QStringLiteral("shapes"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("ok")}},
                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("bad")},
                                                    {QStringLiteral("points"), QJsonArray{QJsonObject{}}}}}}};
        const Result<Drawing> d = Drawing::fromJson(o);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().extra.value(QLatin1String("fields")).toObject(),
                 (QJsonObject{{QStringLiteral("shapes[1].points[0].x"), QStringLiteral("required")}}));
    }

    void listOfNonListIsAProblem()
    {
        JsonReader r(QJsonObject{{QStringLiteral("points"), QJsonObject{}}});
        QVERIFY(r.list<Point>(key("points")).isEmpty());
        QCOMPARE(problemsOf(r), (QJsonObject{{QStringLiteral("points"), QStringLiteral("list expected")}}));
    }

    void goodItemsOfAListAreKept()
    {
        JsonReader r(QJsonObject{{QStringLiteral("points"),
                                  QJsonArray{QJsonObject{{QStringLiteral("x"), 1}}, 7, QJsonObject{{QStringLiteral("x"), 3}}}}});
        QCOMPARE(r.list<Point>(key("points")), (QList<Point>{Point{1, 0}, Point{3, 0}}));
        QCOMPARE(problemsOf(r), (QJsonObject{{QStringLiteral("points[1]"), QStringLiteral("object expected")}}));
    }

    void nestedNonObjectIsOneProblem()
    {
        JsonReader r(QJsonObject{{QStringLiteral("origin"), 5}});
        QVERIFY(!r.nested<Point>(key("origin")));
        QVERIFY(r.problems().contains(QLatin1String("origin")));
        QCOMPARE(r.problems().value(QLatin1String("origin")).toString(), QStringLiteral("object expected"));
        // BUG (core/domain/util/JsonReader.h, nested<T>): after "object expected" the reader still
        // parses an empty object as T, so the inner type's own complaints ("origin.x: required")
        // are added about fields of something that is not an object at all.
        QEXPECT_FAIL("", "nested<T>: a non-object also reports the inner type's fields as missing", Continue);
        QCOMPARE(problemsOf(r), (QJsonObject{{QStringLiteral("origin"), QStringLiteral("object expected")}}));
    }

    void innerErrorWithoutFieldsIsTheKeys()
    {
        JsonReader r(QJsonObject{{QStringLiteral("hall"), QJsonObject{}}, {QStringLiteral("halls"), QJsonArray{QJsonObject{}}}});
        QVERIFY(!r.nested<Lookup>(key("hall")));
        QVERIFY(r.list<Lookup>(key("halls")).isEmpty());
        QCOMPARE(problemsOf(r), (QJsonObject{{QStringLiteral("hall"), QStringLiteral("no such hall")},
                                             {QStringLiteral("halls[0]"), QStringLiteral("no such hall")}}));
    }

    void finishNamesEveryBadField()
    {
        JsonReader r(QJsonObject{{QStringLiteral("window"), QStringLiteral("three")},
                                 {QStringLiteral("services"), QJsonArray{1}},
                                 {QStringLiteral("hall"), QStringLiteral("MY-CITY")}});
        const qint64 window = r.integer(key("window"));
        const QStringList services = r.texts(key("services"));
        const QString hall = r.requiredText(key("hall"));
        const QString reason = r.requiredText(key("reason"));
        const Result<QString> done = r.finish(hall + QString::number(window) + services.join(QString()) + reason);
        QVERIFY(!done.ok());
        QVERIFY(done.error().code == ErrorCode::ValidationFailed);
        QCOMPARE(done.error().extra.value(QLatin1String("fields")).toObject(),
                 (QJsonObject{{QStringLiteral("window"), QStringLiteral("whole number expected")},
                              {QStringLiteral("services"), QStringLiteral("list of texts expected")},
                              {QStringLiteral("reason"), QStringLiteral("required")}}));
    }

    void finishAnswersTheValue()
    {
        JsonReader r(QJsonObject{{QStringLiteral("hall"), QStringLiteral("MY-CITY")}});
        const Result<QString> done = r.finish(r.requiredText(key("hall")));
        QVERIFY(done.ok());
        QCOMPARE(done.value(), QStringLiteral("MY-CITY"));
    }

    void problemCanBeAddedByTheType()
    {
        // A type's own rule (e.g. "from" after "to") goes in next to the readers' problems.
        JsonReader r(QJsonObject{});
        r.problem(QStringLiteral("to"), QStringLiteral("before from"));
        QVERIFY(!r.ok());
        QCOMPARE(r.finish(1).error().extra.value(QLatin1String("fields")).toObject(),
                 (QJsonObject{{QStringLiteral("to"), QStringLiteral("before from")}}));
    }

    void instantJsonIsUtc()
    {
        const QDateTime beijing(QDate(2026, 11, 2), QTime(9, 0, 0, 250), QTimeZone(8 * 3600));
        QCOMPARE(instantJson(beijing).toString(), QStringLiteral("2026-11-02T01:00:00Z"));
        QCOMPARE(instantJson(beijing, Qt::ISODateWithMs).toString(), QStringLiteral("2026-11-02T01:00:00.250Z"));
        QVERIFY(instantJson(QDateTime()).isNull());
        // What instantJson writes, instant() reads back.
        JsonReader r(QJsonObject{{QStringLiteral("at"), instantJson(beijing, Qt::ISODateWithMs)}});
        QCOMPARE(r.instant(key("at")), beijing);
    }

    void dateJsonIsIso()
    {
        QCOMPARE(dateJson(QDate(2026, 1, 5)).toString(), QStringLiteral("2026-01-05"));
        QVERIFY(dateJson(QDate()).isNull());
        JsonReader r(QJsonObject{{QStringLiteral("day"), dateJson(QDate(2028, 2, 29))}});
        QCOMPARE(r.date(key("day")), QDate(2028, 2, 29));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
