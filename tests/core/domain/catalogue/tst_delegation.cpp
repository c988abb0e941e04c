// Delegation (事项下放): the lowest level of hall that may accept a matter — community for a
// delegable one, its competent level otherwise, the administrator's choice over both — and the
// refusal a hall below it gets, naming the nearest level that may accept it, in both languages
// (the server's per request, the window's in its own).
#include "core/domain/catalogue/Delegation.h"
#include "core/domain/util/ErrorMessages.h"
#include "core/domain/util/LanguagePack.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace ow;

Q_DECLARE_METATYPE(ow::OrgLevel)

namespace {
ServiceItem matter(bool delegable, OrgLevel competent, std::optional<OrgLevel> chosen = std::nullopt)
{
    ServiceItem s;
    s.code = QStringLiteral("LR-001");
    s.name = {QStringLiteral("劳动人事争议仲裁申请"), QStringLiteral("Application for labour and personnel dispute arbitration")};
    s.delegable = delegable;
    s.competentLevel = competent;
    s.lowestLevel = chosen;
    return s;
}

constexpr OrgLevel kLevels[] = {OrgLevel::City, OrgLevel::County, OrgLevel::Township, OrgLevel::Community};
} // namespace

class TestDelegation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lowestLevel_data()
    {
        QTest::addColumn<bool>("delegable");
        QTest::addColumn<OrgLevel>("competent");
        QTest::addColumn<int>("chosen"); // -1: none, else an OrgLevel
        QTest::addColumn<OrgLevel>("lowest");
        QTest::newRow("delegable city matter: any hall") << true << OrgLevel::City << -1 << OrgLevel::Community;
        QTest::newRow("delegable county matter: any hall") << true << OrgLevel::County << -1 << OrgLevel::Community;
        QTest::newRow("not delegable, city") << false << OrgLevel::City << -1 << OrgLevel::City;
        QTest::newRow("not delegable, county") << false << OrgLevel::County << -1 << OrgLevel::County;
        QTest::newRow("not delegable, township") << false << OrgLevel::Township << -1 << OrgLevel::Township;
        QTest::newRow("chosen lower than the default") << false << OrgLevel::County << int(OrgLevel::Township) << OrgLevel::Township;
        QTest::newRow("chosen higher than the default") << true << OrgLevel::County << int(OrgLevel::County) << OrgLevel::County;
        QTest::newRow("chosen: the city only") << true << OrgLevel::Township << int(OrgLevel::City) << OrgLevel::City;
    }
    void lowestLevel()
    {
        QFETCH(bool, delegable);
        QFETCH(OrgLevel, competent);
        QFETCH(int, chosen);
        QFETCH(OrgLevel, lowest);
        const ServiceItem s = matter(delegable, competent, chosen < 0 ? std::nullopt : std::optional(OrgLevel(chosen)));
        QCOMPARE(toString(Delegation::lowestLevel(s)), toString(lowest));
        // Every hall from the city down to the lowest level may accept it; none below.
        for (OrgLevel hall : kLevels) {
            const bool may = depthOf(hall) <= depthOf(lowest);
            QCOMPARE(Delegation::mayAccept(s, hall), may);
            QCOMPARE(Delegation::refusalText(s, hall).has_value(), !may);
            QCOMPARE(Delegation::refusal(s, hall).isEmpty(), may);
        }
    }

    // Each refused (hall, lowest level) pair has its sentence, naming the hall's level and the
    // nearest level that may accept the matter.
    void refusalNamesWhereToGo_data()
    {
        QTest::addColumn<OrgLevel>("hall");
        QTest::addColumn<OrgLevel>("lowest");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        const QString zhName = QStringLiteral("劳动人事争议仲裁申请");
        const QString enName = QStringLiteral("Application for labour and personnel dispute arbitration");
        QTest::newRow("community, township") << OrgLevel::Community << OrgLevel::Township
                                             << QStringLiteral("「%1」未下放至社区服务站受理，请到乡镇（街道）级或以上的大厅办理。").arg(zhName)
                                             << QStringLiteral("“%1” is not delegated to community service stations; please apply at a township / street hall or above.").arg(enName);
        QTest::newRow("community, county") << OrgLevel::Community << OrgLevel::County
                                           << QStringLiteral("「%1」未下放至社区服务站受理，请到县（市、区）级或以上的大厅办理。").arg(zhName)
                                           << QStringLiteral("“%1” is not delegated to community service stations; please apply at a county / district hall or above.").arg(enName);
        QTest::newRow("community, city") << OrgLevel::Community << OrgLevel::City
                                         << QStringLiteral("「%1」未下放至社区服务站受理，请到市级大厅办理。").arg(zhName)
                                         << QStringLiteral("“%1” is not delegated to community service stations; please apply at a city-level hall.").arg(enName);
        QTest::newRow("township, county") << OrgLevel::Township << OrgLevel::County
                                          << QStringLiteral("「%1」未下放至乡镇（街道）级大厅受理，请到县（市、区）级或以上的大厅办理。").arg(zhName)
                                          << QStringLiteral("“%1” is not delegated to township / street halls; please apply at a county / district hall or above.").arg(enName);
        QTest::newRow("township, city") << OrgLevel::Township << OrgLevel::City
                                        << QStringLiteral("「%1」未下放至乡镇（街道）级大厅受理，请到市级大厅办理。").arg(zhName)
                                        << QStringLiteral("“%1” is not delegated to township / street halls; please apply at a city-level hall.").arg(enName);
        QTest::newRow("county, city") << OrgLevel::County << OrgLevel::City
                                      << QStringLiteral("「%1」未下放至县（市、区）级大厅受理，请到市级大厅办理。").arg(zhName)
                                      << QStringLiteral("“%1” is not delegated to county / district halls; please apply at a city-level hall.").arg(enName);
    }
    void refusalNamesWhereToGo()
    {
        QFETCH(OrgLevel, hall);
        QFETCH(OrgLevel, lowest);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        const ServiceItem s = matter(false, lowest);
        const auto text = Delegation::refusalText(s, hall);
        QVERIFY(text && text->source);
        QCOMPARE(text->english(), en);
        // The server: translated per request, from the one error it stores.
        const Error e = Delegation::refusalError(*text);
        QVERIFY(e.code == ErrorCode::ValidationFailed);
        QCOMPARE(e.extra.value(QLatin1String("fields")).toObject().value(QLatin1String("service")).toString(), en);
        const LanguagePack pack;
        QCOMPARE(errorMessage(e, pack, QStringLiteral("zh_CN")), zh);
        QCOMPARE(errorMessage(e, pack, QStringLiteral("en")), en);
        // The window: in the application's language.
        QCOMPARE(Delegation::refusal(s, hall), en); // no translator installed: the source text
        const std::unique_ptr<QTranslator> chinese = LanguagePack::loadTranslator(QStringLiteral("zh_CN"));
        QVERIFY(chinese);
        QCoreApplication::installTranslator(chinese.get());
        QCOMPARE(Delegation::refusal(s, hall), zh);
        QCoreApplication::removeTranslator(chinese.get());
    }
};

QTEST_GUILESS_MAIN(TestDelegation)
#include "tst_delegation.moc"
