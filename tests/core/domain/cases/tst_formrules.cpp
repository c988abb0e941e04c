// FormRules: the check of each kind of application field (text, date, choice, amount, whole
// number, ID number, phone, bank account), required versus optional, and the applicant's name,
// phone and a refusal's reason. The answers are the problem texts (English source text here: no
// translator is installed), empty when the value is fine.
#include "core/domain/cases/FormRules.h"
#include "core/domain/util/ResidentId.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ow;

Q_DECLARE_METATYPE(ow::FieldType)

namespace {

const QDate kToday(2026, 11, 2); // the FakeClock's default day

const QString kRequired = QStringLiteral("Required.");
const QString kText = QStringLiteral("Text of at most 500 characters.");
const QString kDate = QStringLiteral("A date, as yyyy-mm-dd.");
const QString kChoice = QStringLiteral("Pick one of the listed choices.");
const QString kAmount = QStringLiteral("An amount of money, not negative.");
const QString kInteger = QStringLiteral("A whole number.");
const QString kPhone = QStringLiteral("A mobile number (11 digits) or a landline number.");
const QString kBank = QStringLiteral("A bank account number: 12 to 30 digits.");

FormField field(FieldType type, bool required)
{
    FormField f;
    f.key = QStringLiteral("f");
    f.type = type;
    f.required = required;
    f.options = {{QStringLiteral("grade_1"), {QStringLiteral("一档"), QStringLiteral("Grade 1")}},
                 {QStringLiteral("grade_2"), {QStringLiteral("二档"), QStringLiteral("Grade 2")}}};
    return f;
}

} // namespace

class TestFormRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A form value is text or a number (FormValue): anything else — an object, true — is refused
    // where the body is read (IntakeRequest::fromJson, tst_case_bodies) and never reaches a
    // field's check, so the rows below give text and numbers only.
    void fieldProblem_data()
    {
        QTest::addColumn<FieldType>("type");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        const QJsonValue missing(QJsonValue::Undefined);
        const QJsonValue null(QJsonValue::Null);

        // Presence, the same for every kind of field.
        for (FieldType t : {FieldType::Text, FieldType::Date, FieldType::Choice, FieldType::Amount, FieldType::Integer,
                            FieldType::IdNumber, FieldType::Phone, FieldType::BankAccount}) {
            const QByteArray name = toString(t).toLatin1();
            QTest::addRow("%s: required, missing", name.constData()) << t << true << missing << kRequired;
            QTest::addRow("%s: required, null", name.constData()) << t << true << null << kRequired;
            QTest::addRow("%s: required, blank", name.constData()) << t << true << QJsonValue(QStringLiteral("   ")) << kRequired;
            QTest::addRow("%s: optional, missing", name.constData()) << t << false << missing << QString();
            QTest::addRow("%s: optional, empty", name.constData()) << t << false << QJsonValue(QString()) << QString();
        }

        // Text: a string of at most 500 characters, counted after trimming.
        QTest::newRow("text") << FieldType::Text << true << QJsonValue(QStringLiteral("绵阳市某公司")) << QString();
        QTest::newRow("text of 500") << FieldType::Text << true << QJsonValue(QString(500, QLatin1Char('x'))) << QString();
        QTest::newRow("text of 501") << FieldType::Text << true << QJsonValue(QString(501, QLatin1Char('x'))) << kText;
        QTest::newRow("text of 500 padded") << FieldType::Text << true
                                            << QJsonValue(QStringLiteral("  ") + QString(500, QLatin1Char('x')) + QStringLiteral("  "))
                                            << QString();
        QTest::newRow("text given a number") << FieldType::Text << true << QJsonValue(42) << kText;

        // Date: ISO yyyy-mm-dd, a real day.
        QTest::newRow("date") << FieldType::Date << true << QJsonValue(QStringLiteral("2026-11-02")) << QString();
        QTest::newRow("date 29 Feb leap year") << FieldType::Date << true << QJsonValue(QStringLiteral("2028-02-29")) << QString();
        QTest::newRow("date 29 Feb common year") << FieldType::Date << true << QJsonValue(QStringLiteral("2026-02-29")) << kDate;
        QTest::newRow("date 30 Feb") << FieldType::Date << true << QJsonValue(QStringLiteral("2026-02-30")) << kDate;
        QTest::newRow("date month 13") << FieldType::Date << true << QJsonValue(QStringLiteral("2026-13-01")) << kDate;
        QTest::newRow("date day first") << FieldType::Date << true << QJsonValue(QStringLiteral("02/11/2026")) << kDate;
        QTest::newRow("date in Chinese") << FieldType::Date << true << QJsonValue(QStringLiteral("2026年11月2日")) << kDate;
        QTest::newRow("date given a number") << FieldType::Date << true << QJsonValue(20261102) << kDate;

        // Choice: one of the options' values, exactly.
        QTest::newRow("choice") << FieldType::Choice << true << QJsonValue(QStringLiteral("grade_2")) << QString();
        QTest::newRow("choice padded") << FieldType::Choice << true << QJsonValue(QStringLiteral(" grade_1 ")) << QString();
        QTest::newRow("choice unknown") << FieldType::Choice << true << QJsonValue(QStringLiteral("grade_3")) << kChoice;
        QTest::newRow("choice by label") << FieldType::Choice << true << QJsonValue(QStringLiteral("一档")) << kChoice;
        QTest::newRow("choice wrong case") << FieldType::Choice << true << QJsonValue(QStringLiteral("GRADE_1")) << kChoice;

        // Amount: a number (or numeric text), 0 ≤ amount < 10^12.
        QTest::newRow("amount number") << FieldType::Amount << true << QJsonValue(3500.5) << QString();
        QTest::newRow("amount text") << FieldType::Amount << true << QJsonValue(QStringLiteral("3500.50")) << QString();
        QTest::newRow("amount zero") << FieldType::Amount << true << QJsonValue(0) << QString();
        QTest::newRow("amount negative") << FieldType::Amount << true << QJsonValue(-0.01) << kAmount;
        QTest::newRow("amount negative text") << FieldType::Amount << true << QJsonValue(QStringLiteral("-5")) << kAmount;
        QTest::newRow("amount 10^12") << FieldType::Amount << true << QJsonValue(1e12) << kAmount;
        QTest::newRow("amount just under 10^12") << FieldType::Amount << true << QJsonValue(999999999999.99) << QString();
        QTest::newRow("amount words") << FieldType::Amount << true << QJsonValue(QStringLiteral("三千")) << kAmount;
        QTest::newRow("amount with currency") << FieldType::Amount << true << QJsonValue(QStringLiteral("¥3500")) << kAmount;

        // Whole number: an integral JSON number, or digits.
        QTest::newRow("integer number") << FieldType::Integer << true << QJsonValue(2026) << QString();
        QTest::newRow("integer zero") << FieldType::Integer << true << QJsonValue(0) << QString();
        QTest::newRow("integer negative") << FieldType::Integer << true << QJsonValue(-3) << QString();
        QTest::newRow("integer 3.0") << FieldType::Integer << true << QJsonValue(3.0) << QString();
        QTest::newRow("integer 3.5") << FieldType::Integer << true << QJsonValue(3.5) << kInteger;
        QTest::newRow("integer text") << FieldType::Integer << true << QJsonValue(QStringLiteral("12")) << QString();
        QTest::newRow("integer text padded") << FieldType::Integer << true << QJsonValue(QStringLiteral(" 12 ")) << QString();
        QTest::newRow("integer decimal text") << FieldType::Integer << true << QJsonValue(QStringLiteral("1.5")) << kInteger;
        QTest::newRow("integer words") << FieldType::Integer << true << QJsonValue(QStringLiteral("twelve")) << kInteger;
        QTest::newRow("integer 1e20") << FieldType::Integer << true << QJsonValue(1e20) << kInteger;

        // ID number: GB 11643, judged against today, with ResidentId's problem texts.
        QTest::newRow("id number") << FieldType::IdNumber << true << QJsonValue(QStringLiteral("11010519491231002X")) << QString();
        QTest::newRow("id number lower-case x") << FieldType::IdNumber << true << QJsonValue(QStringLiteral("11010519491231002x"))
                                                << QString();
        QTest::newRow("id number short") << FieldType::IdNumber << true << QJsonValue(QStringLiteral("11010519491231002"))
                                         << ResidentId::problemText(ResidentId::Problem::WrongLength);
        QTest::newRow("id number letters") << FieldType::IdNumber << true << QJsonValue(QStringLiteral("1101051949123100AX"))
                                           << ResidentId::problemText(ResidentId::Problem::BadCharacters);
        QTest::newRow("id number region") << FieldType::IdNumber << true << QJsonValue(QStringLiteral("99010519491231002X"))
                                          << ResidentId::problemText(ResidentId::Problem::BadRegion);
        QTest::newRow("id number born tomorrow") << FieldType::IdNumber << true << QJsonValue(QStringLiteral("110105202611030011"))
                                                 << ResidentId::problemText(ResidentId::Problem::BadBirthDate);
        QTest::newRow("id number checksum") << FieldType::IdNumber << true << QJsonValue(QStringLiteral("110105194912310021"))
                                            << ResidentId::problemText(ResidentId::Problem::BadChecksum);
        QTest::newRow("id number given a number") << FieldType::IdNumber << true << QJsonValue(110105194912310021.0)
                                                  << ResidentId::problemText(ResidentId::Problem::WrongLength);

        // Phone: a mainland mobile (1 + 10 digits) or a landline with area code.
        QTest::newRow("mobile") << FieldType::Phone << true << QJsonValue(QStringLiteral("13800138000")) << QString();
        QTest::newRow("mobile padded") << FieldType::Phone << true << QJsonValue(QStringLiteral(" 13800138000 ")) << QString();
        QTest::newRow("landline with dash") << FieldType::Phone << true << QJsonValue(QStringLiteral("0816-2345678")) << QString();
        QTest::newRow("landline 3-digit area") << FieldType::Phone << true << QJsonValue(QStringLiteral("010-12345678")) << QString();
        QTest::newRow("landline without dash") << FieldType::Phone << true << QJsonValue(QStringLiteral("08162345678")) << QString();
        QTest::newRow("mobile 10 digits") << FieldType::Phone << true << QJsonValue(QStringLiteral("1380013800")) << kPhone;
        QTest::newRow("mobile 12 digits") << FieldType::Phone << true << QJsonValue(QStringLiteral("138001380001")) << kPhone;
        QTest::newRow("mobile with country code") << FieldType::Phone << true << QJsonValue(QStringLiteral("+8613800138000"))
                                                  << kPhone;
        QTest::newRow("landline without area code") << FieldType::Phone << true << QJsonValue(QStringLiteral("2345678")) << kPhone;
        QTest::newRow("phone given a number") << FieldType::Phone << true << QJsonValue(13800138000.0) << kPhone;

        // Bank account: 12 to 30 digits, nothing else.
        QTest::newRow("account 12 digits") << FieldType::BankAccount << true << QJsonValue(QStringLiteral("622202123456")) << QString();
        QTest::newRow("account 19 digits") << FieldType::BankAccount << true << QJsonValue(QStringLiteral("6222021234567890123"))
                                           << QString();
        QTest::newRow("account 30 digits") << FieldType::BankAccount << true << QJsonValue(QString(30, QLatin1Char('6'))) << QString();
        QTest::newRow("account 11 digits") << FieldType::BankAccount << true << QJsonValue(QStringLiteral("62220212345")) << kBank;
        QTest::newRow("account 31 digits") << FieldType::BankAccount << true << QJsonValue(QString(31, QLatin1Char('6'))) << kBank;
        QTest::newRow("account with spaces") << FieldType::BankAccount << true << QJsonValue(QStringLiteral("6222 0212 3456 7890"))
                                             << kBank;
        QTest::newRow("account with letters") << FieldType::BankAccount << true << QJsonValue(QStringLiteral("GB622202123456"))
                                              << kBank;
    }

    void fieldProblem()
    {
        QFETCH(FieldType, type);
        QFETCH(bool, required);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        QCOMPARE(FormRules::fieldProblem(field(type, required), FormValue::fromJson(value), kToday), problem);
    }

    void idNumberIsJudgedAgainstTheGivenDay()
    {
        // Born 2026-11-03: not valid today, valid from that day on.
        const QString first17 = QStringLiteral("11010520261103001");
        const QJsonValue id(first17 + ResidentId::checksumCharacter(first17));
        const FormField f = field(FieldType::IdNumber, true);
        QCOMPARE(FormRules::fieldProblem(f, FormValue::fromJson(id), kToday), ResidentId::problemText(ResidentId::Problem::BadBirthDate));
        QCOMPARE(FormRules::fieldProblem(f, FormValue::fromJson(id), kToday.addDays(1)), QString());
    }

    void applicantName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("Chinese name") << QStringLiteral("张三") << QString();
        QTest::newRow("padded") << QStringLiteral("  李四  ") << QString();
        QTest::newRow("empty") << QString() << kRequired;
        QTest::newRow("blank") << QStringLiteral("   ") << kRequired;
        QTest::newRow("50 characters") << QString(50, QChar(0x738B)) << QString();
        QTest::newRow("51 characters") << QString(51, QChar(0x738B)) << QStringLiteral("At most 50 characters.");
        QTest::newRow("50 characters padded") << QStringLiteral(" ") + QString(50, QLatin1Char('a')) + QStringLiteral(" ")
                                              << QString();
    }

    void applicantName()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        QCOMPARE(FormRules::applicantNameProblem(name), problem);
    }

    void applicantPhone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("problem");
        QTest::newRow("none given") << QString() << QString(); // optional
        QTest::newRow("blank") << QStringLiteral("  ") << QString();
        QTest::newRow("mobile") << QStringLiteral("13912345678") << QString();
        QTest::newRow("landline") << QStringLiteral("0816-2345678") << QString();
        QTest::newRow("too short") << QStringLiteral("139123") << kPhone;
        QTest::newRow("letters") << QStringLiteral("139abcd5678") << kPhone;
    }

    void applicantPhone()
    {
        QFETCH(QString, phone);
        QFETCH(QString, problem);
        QCOMPARE(FormRules::applicantPhoneProblem(phone), problem);
    }

    void refusalReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("refused");
        QTest::newRow("a reason") << QStringLiteral("材料不齐全：缺少户口簿") << false;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("blank") << QStringLiteral(" \t ") << true;
    }

    void refusalReason()
    {
        QFETCH(QString, reason);
        QFETCH(bool, refused);
        QCOMPARE(FormRules::refusalReasonProblem(reason),
                 refused ? QStringLiteral("A refusal needs a reason.") : QString());
    }
};

QTEST_GUILESS_MAIN(TestFormRules)
#include "tst_formrules.moc"
