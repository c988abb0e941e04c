#include "core/domain/cases/FormRules.h"

#include "core/domain/util/ResidentId.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ow {

namespace {

bool isPhone(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^1\\d{10}$|^0\\d{2,3}-?\\d{7,8}$"));
    return phone.match(text).hasMatch();
}

} // namespace

QString FormRules::fieldProblem(const FormField &f, const std::optional<FormValue> &v, const QDate &today)
{
    if (!v || (v->isText() && v->text().trimmed().isEmpty()))
        return f.required ? tr("Required.") : QString();
    const QString text = v->isText() ? v->text().trimmed() : QString();
    switch (f.type) {
    case FieldType::Text:
        return v->isText() && text.size() <= kMaxText ? QString() : tr("Text of at most %1 characters.").arg(kMaxText);
    case FieldType::Date:
        return QDate::fromString(text, Qt::ISODate).isValid() ? QString() : tr("A date, as yyyy-mm-dd.");
    case FieldType::Choice:
        return std::any_of(f.options.begin(), f.options.end(), [&text](const ChoiceOption &o) { return o.value == text; })
                   ? QString()
                   : tr("Pick one of the listed choices.");
    case FieldType::Amount: {
        bool ok = v->isNumber();
        const double amount = v->isNumber() ? v->number() : text.toDouble(&ok);
        return ok && amount >= 0 && amount < 1e12 ? QString() : tr("An amount of money, not negative.");
    }
    case FieldType::Integer: {
        bool ok = v->isNumber() && std::trunc(v->number()) == v->number() && std::abs(v->number()) < 9e15;
        if (v->isText())
            text.toLongLong(&ok);
        return ok ? QString() : tr("A whole number.");
    }
    case FieldType::IdNumber:
        return ResidentId::problemText(ResidentId::check(text, today));
    case FieldType::Phone:
        return isPhone(text) ? QString() : tr("A mobile number (11 digits) or a landline number.");
    case FieldType::BankAccount: {
        static const QRegularExpression account(QStringLiteral("^\\d{12,30}$"));
        return account.match(text).hasMatch() ? QString() : tr("A bank account number: 12 to 30 digits.");
    }
    }
    return {};
}

QString FormRules::applicantNameProblem(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return tr("Required.");
    return n.size() > kMaxName ? tr("At most %1 characters.").arg(kMaxName) : QString();
}

QString FormRules::applicantPhoneProblem(const QString &phone)
{
    const QString p = phone.trimmed();
    return p.isEmpty() || isPhone(p) ? QString() : tr("A mobile number (11 digits) or a landline number.");
}

QString FormRules::refusalReasonProblem(const QString &reason)
{
    return reason.trimmed().isEmpty() ? tr("A refusal needs a reason.") : QString();
}

} // namespace ow
