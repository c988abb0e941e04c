#include "core/domain/util/ResidentId.h"

#include <QCoreApplication>

#include <array>

namespace ow {

namespace {
constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::array<char, 11> kCheckChars{'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

// Province-level codes of GB/T 2260 (mainland), plus 71/81/82 used on residence permits.
bool isProvinceCode(int code)
{
    static constexpr std::array<int, 37> kCodes{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35,
                                                36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
                                                61, 62, 63, 64, 65, 71, 81, 82, 83, 91, 0};
    for (int c : kCodes) {
        if (c != 0 && c == code)
            return true;
    }
    return false;
}

QString normalise(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('x')))
        t[t.size() - 1] = QLatin1Char('X');
    return t;
}
} // namespace

QChar ResidentId::checksumCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * kWeights[static_cast<size_t>(i)];
    return QLatin1Char(kCheckChars[static_cast<size_t>(sum % 11)]);
}

ResidentId::Problem ResidentId::check(const QString &input, QDate today)
{
    const QString t = normalise(input);
    if (t.size() != 18)
        return Problem::WrongLength;
    for (int i = 0; i < 17; ++i) {
        if (!t[i].isDigit() || t[i].unicode() > '9')
            return Problem::BadCharacters;
    }
    if (!(t[17].isDigit() && t[17].unicode() <= '9') && t[17] != QLatin1Char('X'))
        return Problem::BadCharacters;
    if (!isProvinceCode(QStringView(t).left(2).toInt()) || QStringView(t).mid(2, 2) == u"00")
        return Problem::BadRegion;
    const QDate birth = QDate::fromString(t.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900 || (today.isValid() && birth > today))
        return Problem::BadBirthDate;
    if (checksumCharacter(QStringView(t).left(17)) != t[17])
        return Problem::BadChecksum;
    return Problem::None;
}

std::optional<ResidentId> ResidentId::parse(const QString &text, QDate today)
{
    if (check(text, today) != Problem::None)
        return std::nullopt;
    return ResidentId(normalise(text));
}

QDate ResidentId::birthDate() const
{
    return QDate::fromString(m_text.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

bool ResidentId::isMale() const
{
    return (m_text[16].unicode() - '0') % 2 == 1;
}

QString ResidentId::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::WrongLength:
        return QCoreApplication::translate("ow::ResidentId", "A resident ID number has 18 characters.");
    case Problem::BadCharacters:
        return QCoreApplication::translate("ow::ResidentId", "Use digits only, with X allowed as the last character.");
    case Problem::BadRegion:
        return QCoreApplication::translate("ow::ResidentId", "The region code at the start is not valid.");
    case Problem::BadBirthDate:
        return QCoreApplication::translate("ow::ResidentId", "The birth date in the number is not a valid date.");
    case Problem::BadChecksum:
        return QCoreApplication::translate("ow::ResidentId", "The check character does not match: please check each digit.");
    }
    return {};
}

} // namespace ow
