#include "core/domain/catalogue/ServiceItem.h"

#include "core/domain/util/EnumText.h"

#include <QCoreApplication>

namespace ow {

namespace {
constexpr EnumText<ServiceKind, 2> kKinds{{{{ServiceKind::OnTheSpot, "on_the_spot"}, {ServiceKind::Committed, "committed"}}}};
constexpr EnumText<RiskLevel, 3> kRisks{{{{RiskLevel::Low, "low"}, {RiskLevel::Medium, "medium"}, {RiskLevel::High, "high"}}}};
constexpr EnumText<OrgLevel, 4> kLevels{{{{OrgLevel::City, "city"}, {OrgLevel::County, "county"}, {OrgLevel::Township, "township"}, {OrgLevel::Community, "community"}}}};
constexpr EnumText<FieldType, 8> kFieldTypes{{{
    {FieldType::Text, "text"},
    {FieldType::Date, "date"},
    {FieldType::Choice, "choice"},
    {FieldType::Amount, "amount"},
    {FieldType::IdNumber, "id_number"},
    {FieldType::Phone, "phone"},
    {FieldType::BankAccount, "bank_account"},
    {FieldType::Integer, "integer"},
}}};
} // namespace

QString toString(ServiceKind v) { return kKinds.toString(v); }
QString toString(RiskLevel v) { return kRisks.toString(v); }
QString toString(OrgLevel v) { return kLevels.toString(v); }
QString toString(FieldType v) { return kFieldTypes.toString(v); }
std::optional<ServiceKind> serviceKindFromString(QStringView s) { return kKinds.fromString(s); }
std::optional<RiskLevel> riskLevelFromString(QStringView s) { return kRisks.fromString(s); }
std::optional<OrgLevel> orgLevelFromString(QStringView s) { return kLevels.fromString(s); }
std::optional<FieldType> fieldTypeFromString(QStringView s) { return kFieldTypes.fromString(s); }

QString orgLevelDisplayName(OrgLevel v)
{
    switch (v) {
    case OrgLevel::City:
        return QCoreApplication::translate("ow::OrgLevel", "city level");
    case OrgLevel::County:
        return QCoreApplication::translate("ow::OrgLevel", "county / district level");
    case OrgLevel::Township:
        return QCoreApplication::translate("ow::OrgLevel", "township / street level");
    case OrgLevel::Community:
        return QCoreApplication::translate("ow::OrgLevel", "community service station");
    }
    return {};
}

} // namespace ow
