// QueryReader: list filters' query parameters — flags, bounded numbers, and every bad one named.
#include "core/domain/util/QueryReader.h"

#include <QTest>

using namespace ow;

class TestQueryReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flags()
    {
        QueryReader r(QUrlQuery(QStringLiteral("a=true&b=false&c=yes")));
        QCOMPARE(r.flag(QStringLiteral("a")), true);
        QCOMPARE(r.flag(QStringLiteral("b"), true), false);
        QCOMPARE(r.flag(QStringLiteral("absent"), true), true); // the fallback
        QCOMPARE(r.flag(QStringLiteral("c")), false);
        QCOMPARE(r.problems().keys(), QStringList{QStringLiteral("c")});
        QCOMPARE(r.problems().value(QLatin1String("c")).toString(), QStringLiteral("true or false"));
    }

    void numbers()
    {
        QueryReader r(QUrlQuery(QStringLiteral("ok=50&low=0&high=501&word=ten&empty=")));
        QCOMPARE(r.number(QStringLiteral("ok"), 10, 1, 500), 50);
        QCOMPARE(r.number(QStringLiteral("absent"), 10, 1, 500), 10);
        QCOMPARE(r.number(QStringLiteral("low"), 10, 1, 500), 10);
        QCOMPARE(r.number(QStringLiteral("high"), 10, 1, 500, QStringLiteral("at most 500")), 10);
        QCOMPARE(r.number(QStringLiteral("word"), 10, 1, 500), 10);
        QCOMPARE(r.number(QStringLiteral("empty"), 10, 1, 500), 10); // given, but no number
        QCOMPARE(r.problems().size(), 4);
        QCOMPARE(r.problems().value(QLatin1String("low")).toString(), QStringLiteral("1 to 500"));
        QCOMPARE(r.problems().value(QLatin1String("high")).toString(), QStringLiteral("at most 500"));
    }

    void finishNamesEveryProblemOrGivesTheValue()
    {
        QueryReader good(QUrlQuery(QStringLiteral("limit=5")));
        const auto ok = good.finish(good.number(QStringLiteral("limit"), 1, 1, 9));
        QVERIFY(ok.ok());
        QCOMPARE(ok.value(), 5);

        QueryReader bad(QUrlQuery(QStringLiteral("limit=0&below=maybe&q=%E4%B8%AD")));
        QCOMPARE(bad.text(QStringLiteral("q")), QStringLiteral("中")); // decoded
        bad.number(QStringLiteral("limit"), 1, 1, 9);
        bad.flag(QStringLiteral("below"));
        const auto refused = bad.finish(0);
        QVERIFY(!refused.ok());
        QCOMPARE(toString(refused.error().code), toString(ErrorCode::ValidationFailed));
        const QStringList named = refused.error().extra.value(QLatin1String("fields")).toObject().keys();
        QCOMPARE(named, (QStringList{QStringLiteral("below"), QStringLiteral("limit")}));
    }
};

QTEST_GUILESS_MAIN(TestQueryReader)
#include "tst_queryreader.moc"
