// EnumText: the one mapping between an enum and its wire/SQL name — exact, case-sensitive,
// nothing for an unknown name — and, through it, the names every domain enum travels under in
// JSON and SQL (changing one breaks stored rows and clients, so they are pinned here).
#include "core/domain/cases/CaseTypes.h"
#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/org/Org.h"
#include "core/domain/queue/QueueTypes.h"
#include "core/domain/queue/RatingLevel.h"
#include "core/domain/security/Role.h"
#include "core/domain/util/EnumText.h"
#include "core/domain/util/Error.h"

#include <QSet>
#include <QTest>

#include <utility>
#include <vector>

using namespace ow;

namespace {

enum class Colour { Red, Green, Blue, Unlisted };
constexpr EnumText<Colour, 3> kColours{{{{Colour::Red, "red"}, {Colour::Green, "green"}, {Colour::Blue, "blue"}}}};

// Every value has its name, every name reads back as its value, and no two values share a name.
template<typename E>
QString checkNames(const std::vector<std::pair<E, const char *>> &table, std::optional<E> (*fromString)(QStringView))
{
    QSet<QString> seen;
    for (const auto &[value, name] : table) {
        const QString expected = QString::fromLatin1(name);
        if (toString(value) != expected)
            return QStringLiteral("toString gives %1, expected %2").arg(toString(value), expected);
        if (fromString(expected) != value)
            return QStringLiteral("%1 does not read back").arg(expected);
        if (fromString(expected.toUpper()))
            return QStringLiteral("%1 read in upper case").arg(expected);
        if (seen.contains(expected))
            return QStringLiteral("%1 used twice").arg(expected);
        seen.insert(expected);
    }
    if (fromString(u"") || fromString(u"no_such_name"))
        return QStringLiteral("an unknown name was read");
    return {};
}

} // namespace

class TestEnumText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toStringGivesTheName()
    {
        QCOMPARE(kColours.toString(Colour::Red), QStringLiteral("red"));
        QCOMPARE(kColours.toString(Colour::Blue), QStringLiteral("blue"));
        QCOMPARE(kColours.toString(Colour::Unlisted), QString()); // a value without a name: empty
    }

    void fromStringReadsExactNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value"); // -1: no value
        QTest::newRow("red") << QStringLiteral("red") << int(Colour::Red);
        QTest::newRow("green") << QStringLiteral("green") << int(Colour::Green);
        QTest::newRow("blue") << QStringLiteral("blue") << int(Colour::Blue);
        QTest::newRow("upper case") << QStringLiteral("RED") << -1;
        QTest::newRow("padded") << QStringLiteral(" red") << -1;
        QTest::newRow("prefix") << QStringLiteral("re") << -1;
        QTest::newRow("longer") << QStringLiteral("reddish") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void fromStringReadsExactNames()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        const std::optional<Colour> got = kColours.fromString(text);
        if (value < 0)
            QVERIFY(!got);
        else
            QVERIFY(got == static_cast<Colour>(value));
    }

    void isUsableAtCompileTime()
    {
        // The tables are constexpr, built before main(); this one is checked by the compiler.
        constexpr EnumText<Colour, 1> one{{{{Colour::Green, "green"}}}};
        QCOMPARE(one.toString(Colour::Green), QStringLiteral("green"));
        QVERIFY(!one.fromString(u"red"));
    }

    void domainNames_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::newRow("TicketState") << checkNames<TicketState>({{TicketState::Waiting, "waiting"},
                                                                 {TicketState::Called, "called"},
                                                                 {TicketState::Serving, "serving"},
                                                                 {TicketState::Parked, "parked"},
                                                                 {TicketState::Finished, "finished"},
                                                                 {TicketState::NoShow, "no_show"},
                                                                 {TicketState::Cancelled, "cancelled"}},
                                                                ticketStateFromString);
        QTest::newRow("Channel") << checkNames<Channel>({{Channel::Kiosk, "kiosk"},
                                                         {Channel::Window, "window"},
                                                         {Channel::Appointment, "appointment"},
                                                         {Channel::Hotline, "hotline"},
                                                         {Channel::Online, "online"}},
                                                        channelFromString);
        QTest::newRow("MatterOutcome") << checkNames<MatterOutcome>({{MatterOutcome::Pending, "pending"},
                                                                     {MatterOutcome::Done, "done"},
                                                                     {MatterOutcome::AcceptedAsCase, "accepted_as_case"},
                                                                     {MatterOutcome::Refused, "refused"}},
                                                                    matterOutcomeFromString);
        QTest::newRow("WindowState") << checkNames<WindowState>(
            {{WindowState::Closed, "closed"}, {WindowState::Open, "open"}, {WindowState::Paused, "paused"}}, windowStateFromString);
        QTest::newRow("WindowKind") << checkNames<WindowKind>(
            {{WindowKind::Comprehensive, "comprehensive"}, {WindowKind::Dedicated, "dedicated"}}, windowKindFromString);
        QTest::newRow("ServiceKind") << checkNames<ServiceKind>(
            {{ServiceKind::OnTheSpot, "on_the_spot"}, {ServiceKind::Committed, "committed"}}, serviceKindFromString);
        QTest::newRow("RiskLevel") << checkNames<RiskLevel>(
            {{RiskLevel::Low, "low"}, {RiskLevel::Medium, "medium"}, {RiskLevel::High, "high"}}, riskLevelFromString);
        QTest::newRow("OrgLevel") << checkNames<OrgLevel>(
            {{OrgLevel::City, "city"}, {OrgLevel::County, "county"}, {OrgLevel::Township, "township"}}, orgLevelFromString);
        QTest::newRow("FieldType") << checkNames<FieldType>({{FieldType::Text, "text"},
                                                             {FieldType::Date, "date"},
                                                             {FieldType::Choice, "choice"},
                                                             {FieldType::Amount, "amount"},
                                                             {FieldType::IdNumber, "id_number"},
                                                             {FieldType::Phone, "phone"},
                                                             {FieldType::BankAccount, "bank_account"},
                                                             {FieldType::Integer, "integer"}},
                                                            fieldTypeFromString);
        QTest::newRow("Role") << checkNames<Role>({{Role::Teller, "teller"},
                                                   {Role::Reviewer, "reviewer"},
                                                   {Role::Supervisor, "supervisor"},
                                                   {Role::Admin, "admin"},
                                                   {Role::Kiosk, "kiosk"},
                                                   {Role::Display, "display"},
                                                   {Role::Guide, "guide"}},
                                                  roleFromString);
        QTest::newRow("RatingLevel") << checkNames<RatingLevel>({{RatingLevel::VerySatisfied, "very_satisfied"},
                                                                 {RatingLevel::Satisfied, "satisfied"},
                                                                 {RatingLevel::BasicallySatisfied, "basically_satisfied"},
                                                                 {RatingLevel::Dissatisfied, "dissatisfied"},
                                                                 {RatingLevel::VeryDissatisfied, "very_dissatisfied"}},
                                                                ratingLevelFromString);
        QTest::newRow("Delivery") << checkNames<Delivery>({{Delivery::Collected, "collected"}, {Delivery::Mailed, "mailed"}},
                                                          deliveryFromString);
    }

    void domainNames()
    {
        QFETCH(QString, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void ticketEventNames()
    {
        // Events are written, never read back by name: only toString, and each name distinct.
        const std::vector<std::pair<TicketEventKind, const char *>> table{
            {TicketEventKind::Issued, "issued"},       {TicketEventKind::Called, "called"},
            {TicketEventKind::Recalled, "recalled"},   {TicketEventKind::Serving, "serving"},
            {TicketEventKind::Parked, "parked"},       {TicketEventKind::Returned, "returned"},
            {TicketEventKind::Transferred, "transferred"}, {TicketEventKind::Finished, "finished"},
            {TicketEventKind::NoShow, "no_show"},      {TicketEventKind::Cancelled, "cancelled"},
            {TicketEventKind::RectificationOpened, "rectification_opened"},
            {TicketEventKind::RectificationFollowedUp, "rectification_followed_up"},
            {TicketEventKind::RectificationClosed, "rectification_closed"}};
        QSet<QString> seen;
        for (const auto &[kind, name] : table) {
            QCOMPARE(toString(kind), QString::fromLatin1(name));
            seen.insert(toString(kind));
        }
        QCOMPARE(seen.size(), qsizetype(table.size()));
    }

    void errorCodeNames()
    {
        // Unknown error names fall back to Internal rather than to nothing: a client always has
        // a message to show.
        QCOMPARE(toString(ErrorCode::ValidationFailed), QStringLiteral("validation_failed"));
        QCOMPARE(toString(ErrorCode::AccountLocked), QStringLiteral("account_locked"));
        QVERIFY(errorCodeFromString(QStringLiteral("not_found")) == ErrorCode::NotFound);
        QVERIFY(errorCodeFromString(QStringLiteral("NOT_FOUND")) == ErrorCode::Internal);
        QVERIFY(errorCodeFromString(QString()) == ErrorCode::Internal);
    }
};

QTEST_GUILESS_MAIN(TestEnumText)
#include "tst_enumtext.moc"
