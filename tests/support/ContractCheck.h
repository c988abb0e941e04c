#pragma once

#include "tests/support/SyncHttp.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <functional>

namespace ow::test {

// A contract test's two checks of the real server's answers (issue 11):
//  1. every exchange a SyncHttp recorded fits docs/api/openapi.yaml — documented status, body
//     valid against the documented schema (docs/tools/check-answers.mjs, ajv; not hand-written);
//  2. every answer of an operation with a C++ contract type parses into it, and writing the value
//     back gives the very same JSON: no field left over, none lost.
// Recordings go to <build>/contract/NAME.jsonl; the api_contract_coverage test reads them all.
class ContractCheck
{
public:
    ContractCheck(SyncHttp &http, const QString &name);

    // Answers of `method` on `pathTemplate` (as in openapi.yaml, e.g. /api/v1/tickets/{id}) with
    // a 2xx status parse into T (T::fromJson(QJsonObject) → Result<T>, T::toJson()).
    template<typename T>
    void expect(const char *method, const QString &pathTemplate)
    {
        add(method, pathTemplate, [](const QJsonObject &body) -> QString {
            auto parsed = T::fromJson(body);
            if (!parsed)
                return QStringLiteral("does not parse: %1").arg(describe(parsed.error().extra));
            return sameJson(parsed.value().toJson(), body);
        });
    }
    // The same for a type whose toJson takes an argument (e.g. with or without personal data).
    template<typename T, typename Arg>
    void expect(const char *method, const QString &pathTemplate, Arg arg)
    {
        add(method, pathTemplate, [arg](const QJsonObject &body) -> QString {
            auto parsed = T::fromJson(body);
            if (!parsed)
                return QStringLiteral("does not parse: %1").arg(describe(parsed.error().extra));
            return sameJson(parsed.value().toJson(arg), body);
        });
    }

    // Runs both checks over what was recorded; the problems, one a line (empty: all fits).
    QStringList problems() const;
    const QString &recordPath() const { return m_path; }
    static QString sameJson(const QJsonObject &written, const QJsonObject &received);

private:
    using Check = std::function<QString(const QJsonObject &)>;
    struct Expected
    {
        QByteArray method;
        QString pathTemplate;
        QRegularExpression pattern;
        Check check;
    };
    void add(const char *method, const QString &pathTemplate, Check check);
    static QString describe(const QJsonObject &extra);

    QString m_path;
    QList<Expected> m_expected;
};

} // namespace ow::test
