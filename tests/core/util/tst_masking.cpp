// mask(): what displays, tickets and logs show instead of personal data.
#include "core/domain/util/Masking.h"

#include <QTest>

using namespace ow;

Q_DECLARE_METATYPE(ow::PersonalData)

class TestMasking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mask_data()
    {
        QTest::addColumn<PersonalData>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const auto name = PersonalData::Name;
        const auto id = PersonalData::ResidentIdNumber;
        const auto phone = PersonalData::Phone;
        const auto card = PersonalData::CardNumber;

        // Names: the first character (the family name, or the first of a compound one) stays.
        QTest::newRow("name, two characters") << name << QStringLiteral("张三") << QStringLiteral("张*");
        QTest::newRow("name, three characters") << name << QStringLiteral("王小明") << QStringLiteral("王**");
        QTest::newRow("name, compound surname") << name << QStringLiteral("欧阳娜娜") << QStringLiteral("欧***");
        QTest::newRow("name, single character") << name << QStringLiteral("李") << QStringLiteral("*");
        QTest::newRow("name, trimmed") << name << QStringLiteral("  张三 ") << QStringLiteral("张*");
        QTest::newRow("name, Latin") << name << QStringLiteral("Wang") << QStringLiteral("W***");
        // Rare characters (生僻字) outside the BMP are one character, not two halves.
        QTest::newRow("name, rare family name") << name << QStringLiteral("\U00020BB7明") << QStringLiteral("\U00020BB7*");
        QTest::newRow("name, rare given name") << name << QStringLiteral("王\U0002A6A5") << QStringLiteral("王*");
        QTest::newRow("name, rare single character") << name << QStringLiteral("\U00020BB7") << QStringLiteral("*");

        // Resident ID numbers: region prefix (4) and last 4 stay, 10 stars between.
        QTest::newRow("id, X check char") << id << QStringLiteral("51070319900101123X") << QStringLiteral("5107**********123X");
        QTest::newRow("id, digits") << id << QStringLiteral("11010519491231002X") << QStringLiteral("1101**********002X");
        QTest::newRow("id, trimmed") << id << QStringLiteral(" 510703199001011237 ") << QStringLiteral("5107**********1237");
        QTest::newRow("id, too short to keep ends") << id << QStringLiteral("12345678") << QStringLiteral("********");

        // Phones: 3 + 4 stars + 4.
        QTest::newRow("mobile") << phone << QStringLiteral("13812345678") << QStringLiteral("138****5678");
        QTest::newRow("landline") << phone << QStringLiteral("08162345678") << QStringLiteral("081****5678");
        QTest::newRow("phone, too short") << phone << QStringLiteral("1234567") << QStringLiteral("*******");

        // Card numbers: only the last 4.
        QTest::newRow("bank card") << card << QStringLiteral("6222021234567890") << QStringLiteral("************7890");
        QTest::newRow("card, 4 digits") << card << QStringLiteral("7890") << QStringLiteral("****");

        // Empty input stays empty for every kind (nothing to hide, nothing to show).
        QTest::newRow("empty name") << name << QString() << QString();
        QTest::newRow("empty id") << id << QString() << QString();
        QTest::newRow("empty phone") << phone << QStringLiteral("") << QString();
        QTest::newRow("blank card") << card << QStringLiteral("   ") << QString();
    }

    void mask()
    {
        QFETCH(PersonalData, kind);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString masked = ow::mask(kind, input);
        QCOMPARE(masked, expected);
        QVERIFY2(masked.isEmpty() || masked != input.trimmed(), "masking must hide something");
        // Never produce broken UTF-16 (a lone surrogate would corrupt tickets and logs).
        QCOMPARE(QString::fromUtf8(masked.toUtf8()), masked);
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
