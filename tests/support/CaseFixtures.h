#pragma once

#include "core/domain/catalogue/Catalogue.h"

#include <QJsonObject>
#include <QString>

namespace ow::test {

// An application for SI-008 (pension insurance transfer, a committed matter of the city office)
// with every field filled in and both required materials received: ready to be accepted.
inline QJsonObject si008Intake(const QString &idNumber, const QString &name, int window, const QString &from = QStringLiteral("成都市"))
{
    return {{QLatin1String("service"), QStringLiteral("SI-008")},
            {QLatin1String("window"), window},
            {QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), idNumber}, {QLatin1String("name"), name}}},
            {QLatin1String("form"), QJsonObject{{QLatin1String("name"), name},
                                                {QLatin1String("id_number"), idNumber},
                                                {QLatin1String("phone"), QStringLiteral("13612345678")},
                                                {QLatin1String("transfer_from"), from},
                                                {QLatin1String("transfer_out_agency"), from + QStringLiteral("社会保险事业管理局")}}},
            {QLatin1String("materials"), QJsonObject{{QLatin1String("id_card"), QStringLiteral("received")},
                                                     {QLatin1String("transfer_cert"), QStringLiteral("received")}}}};
}

// An application for any matter of the bundled catalogue, every field of its form filled with a
// value of its type and every material received: ready to be accepted (or refused for what the
// form cannot change, such as the hall's level).
inline QJsonObject completeIntake(const QString &serviceCode, const QString &idNumber, const QString &name)
{
    static const Catalogue catalogue = Catalogue::fromJson(Catalogue::bundledJson()).value();
    const ServiceItem *s = catalogue.service(serviceCode);
    if (!s)
        return {};
    QJsonObject form;
    for (const FormField &f : s->fields) {
        switch (f.type) {
        case FieldType::Text:
            form.insert(f.key, f.key == QLatin1String("name") ? name : QStringLiteral("测试"));
            break;
        case FieldType::Date:
            form.insert(f.key, QStringLiteral("2025-06-02"));
            break;
        case FieldType::Choice:
            form.insert(f.key, f.options.first().value);
            break;
        case FieldType::Amount:
        case FieldType::Integer:
            form.insert(f.key, QStringLiteral("100"));
            break;
        case FieldType::IdNumber:
            form.insert(f.key, idNumber);
            break;
        case FieldType::Phone:
            form.insert(f.key, QStringLiteral("13612345678"));
            break;
        case FieldType::BankAccount:
            form.insert(f.key, QStringLiteral("6222021234567890123"));
            break;
        }
    }
    QJsonObject materials;
    for (const Material &m : s->materials)
        materials.insert(m.code, QStringLiteral("received"));
    return {{QLatin1String("service"), serviceCode},
            {QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), idNumber}, {QLatin1String("name"), name}}},
            {QLatin1String("form"), form},
            {QLatin1String("materials"), materials}};
}

} // namespace ow::test
