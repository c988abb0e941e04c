#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

enum class ServiceKind { OnTheSpot, Committed };     // 即办件 / 承诺件
enum class RiskLevel { Low, Medium, High };
// The levels of the hall tree, from the top: city, county/district, township/street, and the
// community service station (社区服务站) below a township.
enum class OrgLevel { City, County, Township, Community };
// How far down the tree a level is: city 0 … community 3.
inline int depthOf(OrgLevel v) { return static_cast<int>(v); }
// "县区级" etc., translated (the hall's and the delegation's words).
QString orgLevelDisplayName(OrgLevel v);
enum class FieldType { Text, Date, Choice, Amount, IdNumber, Phone, BankAccount, Integer };

QString toString(ServiceKind v);
QString toString(RiskLevel v);
QString toString(OrgLevel v);
QString toString(FieldType v);
std::optional<ServiceKind> serviceKindFromString(QStringView s);
std::optional<RiskLevel> riskLevelFromString(QStringView s);
std::optional<OrgLevel> orgLevelFromString(QStringView s);
std::optional<FieldType> fieldTypeFromString(QStringView s);

// Text in the two UI languages, picked by the current language.
struct LocalizedName
{
    QString zh;
    QString en;
    const QString &in(const QString &language) const { return language == QLatin1String("en") ? en : zh; }
    bool operator==(const LocalizedName &) const = default;
};

struct Material
{
    QString code;
    LocalizedName name;
    bool required = true;
};

struct ChoiceOption
{
    QString value;
    LocalizedName label;
};

struct FormField
{
    QString key;
    FieldType type = FieldType::Text;
    LocalizedName label;
    bool required = false;
    QList<ChoiceOption> options;
};

struct Category
{
    QString code;
    QString prefix; // queue ticket prefix, e.g. "A"
    LocalizedName name;
};

// One administrative service item (事项) of the city-wide catalogue.
struct ServiceItem
{
    QString code;
    QString category;
    LocalizedName name;
    QString pinyin; // initials of the Chinese name, for search
    ServiceKind kind = ServiceKind::Committed;
    int timeLimitDays = 0; // working days
    int handlingMinutes = 0; // typical time at the window; 0: the default for its kind
    RiskLevel risk = RiskLevel::Low;
    OrgLevel competentLevel = OrgLevel::City;
    bool delegable = true; // lower levels may accept it
    // The lowest level of hall that may accept it, where the city's administrator chose one
    // (事项下放; see Delegation). Not part of the catalogue's data file: the server sets it from
    // its delegation table, and the catalogue it serves carries every matter's effective level.
    std::optional<OrgLevel> lowestLevel;
    QList<Material> materials;
    QList<FormField> fields;
};

} // namespace ow
