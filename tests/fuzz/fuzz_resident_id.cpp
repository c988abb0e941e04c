// libFuzzer target: the resident ID check (core/domain/util/ResidentId), fed any text as typed at
// a window or sent in a body. Besides "never crashes", the check's own promises:
//  - parse() gives an ID exactly when check() finds no problem, and each problem has its text;
//  - a valid ID is 18 characters, upper-case X, its check character recomputes from its first
//    17, its birth date is real and not after today, and it checks again as valid;
//  - any 17 ASCII digits with the computed check character never fail on the checksum, and
//    with any other check character a number otherwise valid fails on the checksum.
#include "core/domain/util/ResidentId.h"
#include "tests/fuzz/FuzzCheck.h"

#include <array>

using namespace ow;
using ow::fuzz::require;

namespace {

const QDate kToday(2026, 12, 7);

bool asciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

void checkValid(const ResidentId &id, const QByteArray &input)
{
    const QString &t = id.text();
    require(t.size() == 18, "a valid ID has 18 characters", input);
    require(asciiDigits(QStringView(t).left(17)), "a valid ID's first 17 characters are digits", input);
    require(ResidentId::checksumCharacter(QStringView(t).left(17)) == t[17], "a valid ID's check character recomputes", input);
    require(id.birthDate().isValid() && id.birthDate() <= kToday && id.birthDate().year() >= 1900,
            "a valid ID's birth date is real and not after today", input);
    require(id.regionCode().size() == 6, "a valid ID has a 6-digit region code", input);
    require(id.isMale() == ((t[16].unicode() - '0') % 2 == 1), "sex from the sequence digit", input);
    require(ResidentId::check(t, kToday) == ResidentId::Problem::None, "a normalised valid ID checks again", input);
    require(ResidentId::check(t.toLower(), kToday) == ResidentId::Problem::None, "a lower-case x is accepted", input);
}

// Any 17 digits taken from the input, with the check character computed and with every wrong one.
void checkComputedChecksum(QStringView first17, const QByteArray &input)
{
    const QChar right = ResidentId::checksumCharacter(first17);
    const QString good = first17.toString() + right;
    const ResidentId::Problem problem = ResidentId::check(good, kToday);
    require(problem != ResidentId::Problem::BadChecksum && problem != ResidentId::Problem::WrongLength
                && problem != ResidentId::Problem::BadCharacters,
            "17 digits and their computed check character pass the checksum", input);
    static constexpr std::array<char, 11> kAll{'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'};
    for (char c : kAll) {
        if (QLatin1Char(c) == right)
            continue;
        const ResidentId::Problem wrong = ResidentId::check(first17.toString() + QLatin1Char(c), kToday);
        require(problem == ResidentId::Problem::None ? wrong == ResidentId::Problem::BadChecksum : wrong == problem,
                "a wrong check character is the checksum's problem, and only that", input);
    }
}

void checkText(const QString &text, const QByteArray &input)
{
    const ResidentId::Problem problem = ResidentId::check(text, kToday);
    const auto parsed = ResidentId::parse(text, kToday);
    require(parsed.has_value() == (problem == ResidentId::Problem::None), "parse() agrees with check()", input);
    require(ResidentId::problemText(problem).isEmpty() == (problem == ResidentId::Problem::None),
            "every problem has a text, and no problem none", input);
    if (parsed)
        checkValid(*parsed, input);
    // An invalid today (no clock) does not bound the birth date; the rest is the same.
    const ResidentId::Problem undated = ResidentId::check(text, QDate());
    require(problem == ResidentId::Problem::BadBirthDate || undated == problem, "today bounds only the birth date", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = ow::fuzz::bytes(data, size);
    checkText(QString::fromUtf8(input), input);
    checkText(QString::fromLatin1(input), input);
    const QString digits = QString::fromLatin1(input).trimmed();
    if (digits.size() >= 17 && asciiDigits(QStringView(digits).left(17)))
        checkComputedChecksum(QStringView(digits).left(17), input);
    return 0;
}
