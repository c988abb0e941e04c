// Error and its helpers: each usual refusal carries its code, its detail and the extras clients
// read ("reason" for a conflict or a refusal, "fields" for invalid input); Result holds either a
// value or an Error.
#include "core/domain/util/Error.h"

#include <QTest>

using namespace ow;

class TestError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conflictCarriesTheReason()
    {
        const Error e = conflictError(QStringLiteral("ticket A001 is not waiting"));
        QVERIFY(e.code == ErrorCode::Conflict);
        QCOMPARE(e.detail, QStringLiteral("ticket A001 is not waiting"));
        QCOMPARE(e.extra, (QJsonObject{{QStringLiteral("reason"), QStringLiteral("ticket A001 is not waiting")}}));
    }

    void forbiddenCarriesTheReason()
    {
        const Error e = forbiddenError(QStringLiteral("whoever accepted a case never approves it"));
        QVERIFY(e.code == ErrorCode::Forbidden);
        QCOMPARE(e.detail, QStringLiteral("whoever accepted a case never approves it"));
        QCOMPARE(e.extra, (QJsonObject{{QStringLiteral("reason"), QStringLiteral("whoever accepted a case never approves it")}}));
    }

    void notFoundHasNoExtras()
    {
        const Error e = notFoundError(QStringLiteral("no case 42"));
        QVERIFY(e.code == ErrorCode::NotFound);
        QCOMPARE(e.detail, QStringLiteral("no case 42"));
        QVERIFY(e.extra.isEmpty());
        const Error bare = notFoundError();
        QVERIFY(bare.code == ErrorCode::NotFound);
        QVERIFY(bare.detail.isEmpty());
        QVERIFY(bare.extra.isEmpty());
    }

    void invalidFieldsNameEveryField()
    {
        const QJsonObject fields{{QStringLiteral("phone"), QStringLiteral("a mobile number")},
                                 {QStringLiteral("form.start_date"), QStringLiteral("a date")}};
        const Error e = invalidFieldsError(fields);
        QVERIFY(e.code == ErrorCode::ValidationFailed);
        QVERIFY(!e.detail.isEmpty());
        QCOMPARE(e.extra, (QJsonObject{{QStringLiteral("fields"), fields}}));
    }

    void invalidFieldIsOneField()
    {
        const Error e = invalidFieldError(QStringLiteral("resident_id"), QStringLiteral("check character"));
        QVERIFY(e.code == ErrorCode::ValidationFailed);
        QCOMPARE(e.extra.value(QLatin1String("fields")).toObject(),
                 (QJsonObject{{QStringLiteral("resident_id"), QStringLiteral("check character")}}));
        QCOMPARE(e.extra.size(), 1);
        // The same as naming it among others.
        const Error same = invalidFieldsError({{QStringLiteral("resident_id"), QStringLiteral("check character")}});
        QCOMPARE(e.extra, same.extra);
        QCOMPARE(e.detail, same.detail);
    }

    void aDefaultErrorIsInternal()
    {
        const Error e;
        QVERIFY(e.code == ErrorCode::Internal);
    }

    void resultHoldsAValue()
    {
        Result<QString> r(QStringLiteral("A001"));
        QVERIFY(r.ok());
        QVERIFY(static_cast<bool>(r));
        QCOMPARE(r.value(), QStringLiteral("A001"));
        QCOMPARE(*r, QStringLiteral("A001"));
        r.value() += QStringLiteral("!");
        QCOMPARE(std::move(r).value(), QStringLiteral("A001!"));
    }

    void resultHoldsAnError()
    {
        const Result<int> r(conflictError(QStringLiteral("taken")));
        QVERIFY(!r.ok());
        QVERIFY(!r);
        QVERIFY(r.error().code == ErrorCode::Conflict);
        QCOMPARE(r.error().extra.value(QLatin1String("reason")).toString(), QStringLiteral("taken"));
    }

    void statusIsOkOrAnError()
    {
        QVERIFY(okStatus().ok());
        const Status failed = notFoundError();
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().code == ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
