#pragma once

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

} // namespace ow::test
