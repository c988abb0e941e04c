#pragma once

#include <QSet>
#include <QString>

namespace ow {

// What a new password must be: at least 10 characters, not the user name, and not one of the
// 10,000 most common passwords (a list shipped as data, compared without regard to case).
class PasswordPolicy
{
public:
    static constexpr int kMinimumLength = 10;

    // The list compiled into the program (resources: common-passwords.txt).
    static const PasswordPolicy &standard();
    explicit PasswordPolicy(QSet<QString> common) : m_common(std::move(common)) {}

    // Empty when acceptable; else the translated reason.
    QString problem(const QString &username, const QString &password) const;
    qsizetype commonCount() const { return m_common.size(); }

private:
    QSet<QString> m_common; // lower case
};

} // namespace ow
