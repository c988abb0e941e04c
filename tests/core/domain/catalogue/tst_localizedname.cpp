// LocalizedName: a text in the two UI languages, picked by the (normalised) language name —
// English only for "en", Chinese for zh_CN and for anything else, the default language.
#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/util/LanguagePack.h"

#include <QTest>

using namespace ow;

class TestLocalizedName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void in_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("english");
        QTest::newRow("en") << QStringLiteral("en") << true;
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << false;
        QTest::newRow("empty: the default") << QString() << false;
        QTest::newRow("unsupported: the default") << QStringLiteral("fr") << false;
        // Callers normalise first (LanguagePack::normalize); a raw locale is not a language name.
        QTest::newRow("raw locale") << QStringLiteral("en_US") << false;
        QTest::newRow("normalised locale") << LanguagePack::normalize(QStringLiteral("en_US")) << true;
        QTest::newRow("normalised Chinese") << LanguagePack::normalize(QStringLiteral("zh-Hans")) << false;
    }

    void in()
    {
        QFETCH(QString, language);
        QFETCH(bool, english);
        const LocalizedName name{QStringLiteral("养老保险待遇申领"), QStringLiteral("Pension benefit claim")};
        QCOMPARE(name.in(language), english ? name.en : name.zh);
    }

    void everySupportedLanguageHasItsText()
    {
        const LocalizedName name{QStringLiteral("社保卡"), QStringLiteral("Social security card")};
        QStringList seen;
        for (const QString &language : LanguagePack::languages())
            seen << name.in(language);
        QCOMPARE(seen.size(), 2);
        QVERIFY(seen.contains(name.zh));
        QVERIFY(seen.contains(name.en));
        QCOMPARE(name.in(LanguagePack::defaultLanguage()), name.zh);
    }

    void theTextIsTheMemberItself()
    {
        // A reference, not a copy: views hold on to it while the catalogue lives.
        const LocalizedName name{QStringLiteral("失业"), QStringLiteral("Unemployment")};
        QCOMPARE(&name.in(QStringLiteral("en")), &name.en);
        QCOMPARE(&name.in(QStringLiteral("zh_CN")), &name.zh);
    }
};

QTEST_GUILESS_MAIN(TestLocalizedName)
#include "tst_localizedname.moc"
