#include "core/domain/security/PasswordPolicy.h"

#include <QCoreApplication>
#include <QFile>

namespace ow {

const PasswordPolicy &PasswordPolicy::standard()
{
    static const PasswordPolicy policy = [] {
        QSet<QString> common;
        QFile f(QStringLiteral(":/onewindow/security/common-passwords.txt"));
        if (f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = f.readAll().split('\n');
            common.reserve(lines.size());
            for (const QByteArray &line : lines) {
                if (!line.trimmed().isEmpty())
                    common.insert(QString::fromUtf8(line.trimmed()).toLower());
            }
        }
        return PasswordPolicy(std::move(common));
    }();
    return policy;
}

QString PasswordPolicy::problem(const QString &username, const QString &password) const
{
    if (password.size() < kMinimumLength)
        return QCoreApplication::translate("ow::PasswordPolicy", "A password needs at least %1 characters.").arg(kMinimumLength);
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("ow::PasswordPolicy", "The password must not be the user name.");
    if (m_common.contains(password.toLower()))
        return QCoreApplication::translate("ow::PasswordPolicy",
                                           "This is one of the most common passwords; choose one that is harder to guess.");
    return {};
}

} // namespace ow
