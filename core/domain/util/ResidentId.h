#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ow {

// A validated 18-character resident ID number (居民身份证号, GB 11643-1999).
class ResidentId
{
public:
    enum class Problem { None, WrongLength, BadCharacters, BadRegion, BadBirthDate, BadChecksum };

    // Validates `text` (surrounding spaces ignored, a lower-case x accepted). `today` bounds the
    // birth date; pass the Clock's date.
    static Problem check(const QString &text, QDate today);
    static std::optional<ResidentId> parse(const QString &text, QDate today);
    static QChar checksumCharacter(QStringView first17);
    static QString problemText(Problem problem); // translated

    const QString &text() const { return m_text; } // normalised, upper-case X
    QString regionCode() const { return m_text.left(6); }
    QDate birthDate() const;
    bool isMale() const; // odd sequence digit

private:
    explicit ResidentId(QString text) : m_text(std::move(text)) {}
    QString m_text;
};

} // namespace ow
