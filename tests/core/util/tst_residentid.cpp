// ResidentId: the GB 11643-1999 rules (length, characters, region, birth date, check character)
// and what a valid number tells (birth date, sex).
#include "core/domain/util/ResidentId.h"

#include <QTest>

using namespace ow;

Q_DECLARE_METATYPE(ow::ResidentId::Problem)

namespace {

// The "today" every case is judged against: the FakeClock's default start date.
const QDate kToday(2026, 11, 2);

// ISO 7064 MOD 11-2 written the way the standard states it (weights are powers of two mod 11,
// check value (12 - sum) mod 11, 10 written as X), not the way the code under test does, so the
// two can disagree.
QChar iso7064CheckChar(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        int weight = 1;
        for (int k = 0; k < 17 - i; ++k)
            weight = weight * 2 % 11;
        sum += (first17[i].unicode() - '0') * weight;
    }
    const int value = (12 - sum % 11) % 11;
    return value == 10 ? QLatin1Char('X') : QChar(QLatin1Char(static_cast<char>('0' + value)));
}

} // namespace

class TestResidentId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checksumCharacter_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("expected");
        // One row per residue of the weighted sum mod 11 (0..10), so every entry of the
        // check-character table is used. Expected values worked out by hand/with ISO 7064.
        QTest::newRow("sum%11=0") << QStringLiteral("11010519491231001") << QChar(QLatin1Char('1'));
        QTest::newRow("sum%11=1") << QStringLiteral("11010519491231007") << QChar(QLatin1Char('0'));
        QTest::newRow("sum%11=2") << QStringLiteral("11010519491231002") << QChar(QLatin1Char('X'));
        QTest::newRow("sum%11=3") << QStringLiteral("11010519491231008") << QChar(QLatin1Char('9'));
        QTest::newRow("sum%11=4") << QStringLiteral("11010519491231003") << QChar(QLatin1Char('8'));
        QTest::newRow("sum%11=5") << QStringLiteral("11010519491231009") << QChar(QLatin1Char('7'));
        QTest::newRow("sum%11=6") << QStringLiteral("11010519491231004") << QChar(QLatin1Char('6'));
        QTest::newRow("sum%11=7") << QStringLiteral("51070319900101124") << QChar(QLatin1Char('5'));
        QTest::newRow("sum%11=8") << QStringLiteral("11010519491231005") << QChar(QLatin1Char('4'));
        QTest::newRow("sum%11=9") << QStringLiteral("11010519491231000") << QChar(QLatin1Char('3'));
        QTest::newRow("sum%11=10") << QStringLiteral("11010519491231006") << QChar(QLatin1Char('2'));
    }

    void checksumCharacter()
    {
        QFETCH(QString, first17);
        QFETCH(QChar, expected);
        QCOMPARE(iso7064CheckChar(first17), expected); // the table itself is right
        QCOMPARE(ResidentId::checksumCharacter(first17), expected);
    }

    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ResidentId::Problem>("expected");
        using P = ResidentId::Problem;
        // Valid numbers (check characters verified by hand against ISO 7064 MOD 11-2).
        QTest::newRow("valid, X check char") << QStringLiteral("11010519491231002X") << P::None;
        QTest::newRow("valid, Mianyang") << QStringLiteral("510703199001011237") << P::None;
        QTest::newRow("valid, leap day 2000") << QStringLiteral("440304200002290014") << P::None;
        QTest::newRow("valid, Shanghai") << QStringLiteral("310115198510152311") << P::None;
        QTest::newRow("valid, Xinjiang") << QStringLiteral("650102199912319998") << P::None;
        QTest::newRow("valid, born 1900-01-01") << QStringLiteral("110101190001010014") << P::None;
        QTest::newRow("valid, born today") << QStringLiteral("510703202611020012") << P::None;
        QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << P::None;
        QTest::newRow("surrounding spaces") << QStringLiteral("  510703199001011237 ") << P::None;
        QTest::newRow("tab and newline") << QStringLiteral("\t11010519491231002x\n") << P::None;

        // Checksum.
        QTest::newRow("checksum off by one") << QStringLiteral("510703199001011238") << P::BadChecksum;
        QTest::newRow("X where a digit belongs") << QStringLiteral("51070319900101123X") << P::BadChecksum;
        QTest::newRow("digit where X belongs") << QStringLiteral("110105194912310020") << P::BadChecksum;
        QTest::newRow("two digits swapped") << QStringLiteral("510703199010011237") << P::BadChecksum;

        // Birth date (check characters correct, so only the date is wrong).
        QTest::newRow("30 February") << QStringLiteral("510703202302300010") << P::BadBirthDate;
        QTest::newRow("month 13") << QStringLiteral("510703202313010019") << P::BadBirthDate;
        QTest::newRow("before 1900") << QStringLiteral("51070318991231001X") << P::BadBirthDate;
        QTest::newRow("tomorrow") << QStringLiteral("510703202611030018") << P::BadBirthDate;

        // Region (check characters correct).
        QTest::newRow("province 00") << QStringLiteral("000703199001011237") << P::BadRegion;
        QTest::newRow("province 99") << QStringLiteral("990703199001011236") << P::BadRegion;
        QTest::newRow("province 72") << QStringLiteral("720703199001011236") << P::BadRegion;
        QTest::newRow("city 00") << QStringLiteral("51000019900101123X") << P::BadRegion;

        // Length.
        QTest::newRow("empty") << QString() << P::WrongLength;
        QTest::newRow("only spaces") << QStringLiteral("   ") << P::WrongLength;
        QTest::newRow("17 characters") << QStringLiteral("51070319900101123") << P::WrongLength;
        QTest::newRow("19 characters") << QStringLiteral("5107031990010112370") << P::WrongLength;
        QTest::newRow("old 15-digit number") << QStringLiteral("510703900101123") << P::WrongLength;
        QTest::newRow("inner space") << QStringLiteral("510703 199001011237") << P::WrongLength;

        // Characters.
        QTest::newRow("letter inside") << QStringLiteral("5107031990O1011237") << P::BadCharacters;
        QTest::newRow("X inside") << QStringLiteral("5107031990X1011237") << P::BadCharacters;
        QTest::newRow("letter at the end") << QStringLiteral("51070319900101123A") << P::BadCharacters;
        QTest::newRow("hyphen") << QStringLiteral("510703-19900101123") << P::BadCharacters;
        QTest::newRow("full-width digit") << QStringLiteral("51070319900101123\uFF17") << P::BadCharacters;
        QTest::newRow("Arabic-Indic digit") << QStringLiteral("5107031990010112\u06637") << P::BadCharacters;
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(ResidentId::Problem, expected);
        QCOMPARE(ResidentId::check(text, kToday), expected);
        QCOMPARE(ResidentId::parse(text, kToday).has_value(), expected == ResidentId::Problem::None);
        QCOMPARE(ResidentId::problemText(expected).isEmpty(), expected == ResidentId::Problem::None);
    }

    void withoutTodayAnyPastOrFutureDateIsAccepted()
    {
        // An invalid `today` means "no upper bound" (e.g. a data import without a clock).
        QCOMPARE(ResidentId::check(QStringLiteral("510703202611030018"), QDate()), ResidentId::Problem::None);
    }

    void parseNormalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X");
        QTest::newRow("spaces and x") << QStringLiteral(" 11010519491231002x  ") << QStringLiteral("11010519491231002X");
        QTest::newRow("already clean") << QStringLiteral("510703199001011237") << QStringLiteral("510703199001011237");
    }

    void parseNormalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        const auto id = ResidentId::parse(input, kToday);
        QVERIFY(id.has_value());
        QCOMPARE(id->text(), normalised);
        QCOMPARE(id->regionCode(), normalised.left(6));
    }

    void birthDateAndSex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("male");
        QTest::newRow("1949-12-31 female") << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << false;
        QTest::newRow("1990-01-01 male") << QStringLiteral("510703199001011237") << QDate(1990, 1, 1) << true;
        QTest::newRow("2000-02-29 male") << QStringLiteral("440304200002290014") << QDate(2000, 2, 29) << true;
        QTest::newRow("1985-10-15 male") << QStringLiteral("310115198510152311") << QDate(1985, 10, 15) << true;
        QTest::newRow("1999-12-31 male") << QStringLiteral("650102199912319998") << QDate(1999, 12, 31) << true;
        QTest::newRow("2026-11-02 male") << QStringLiteral("510703202611020012") << QDate(2026, 11, 2) << true;
        QTest::newRow("1990-01-01 female") << QStringLiteral("510703199001011245") << QDate(1990, 1, 1) << false;
        QTest::newRow("1949-12-31 female, lower-case x") << QStringLiteral("11010519491231002x") << QDate(1949, 12, 31) << false;
    }

    void birthDateAndSex()
    {
        QFETCH(QString, text);
        QFETCH(QDate, birth);
        QFETCH(bool, male);
        const auto id = ResidentId::parse(text, kToday);
        QVERIFY(id.has_value());
        QCOMPARE(id->birthDate(), birth);
        QCOMPARE(id->isMale(), male);
    }
};

QTEST_GUILESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
