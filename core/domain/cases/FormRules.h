#pragma once

#include "core/domain/cases/CaseTypes.h"
#include "core/domain/catalogue/ServiceItem.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace ow {

// The checks of an application's fields, once, for the window (as the teller types, offline
// too, from the cached catalogue) and for the server (before anything is stored). Each answer is
// the translated problem, or empty when the value is fine.
class FormRules
{
    Q_DECLARE_TR_FUNCTIONS(ow::FormRules)
public:
    static constexpr int kMaxText = 500;
    static constexpr int kMaxName = 50;

    // A value of one of the catalogue's form fields (none: not given).
    static QString fieldProblem(const FormField &field, const std::optional<FormValue> &value, const QDate &today);
    static QString applicantNameProblem(const QString &name);
    // Optional; when given, a mobile or a landline number.
    static QString applicantPhoneProblem(const QString &phone);
    static QString refusalReasonProblem(const QString &reason);
};

} // namespace ow
