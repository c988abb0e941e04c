#include "core/domain/queue/PriorityGroups.h"

#include "core/domain/util/JsonReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ow {

QJsonObject PriorityGroup::toJson() const
{
    return {{QLatin1String("code"), code}, {QLatin1String("name_zh"), name.zh}, {QLatin1String("name_en"), name.en}};
}

Result<PriorityGroup> PriorityGroup::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    PriorityGroup g;
    g.code = r.requiredText(QLatin1String("code"));
    static const QRegularExpression form(QStringLiteral("\\A[a-z_]{2,20}\\z"));
    if (!g.code.isEmpty() && !form.match(g.code).hasMatch())
        r.problem(QStringLiteral("code"),
                  QCoreApplication::translate("ow::QueueRules", "A group code has 2 to 20 lower-case letters and \"_\"."));
    g.name.zh = r.requiredText(QLatin1String("name_zh")).trimmed();
    g.name.en = r.requiredText(QLatin1String("name_en")).trimmed();
    for (const auto &[key, name] : {std::pair{QStringLiteral("name_zh"), g.name.zh}, std::pair{QStringLiteral("name_en"), g.name.en}}) {
        if (name.isEmpty() && !r.problems().contains(key))
            r.problem(key, QStringLiteral("required"));
    }
    return r.finish(g);
}

QList<PriorityGroup> defaultPriorityGroups()
{
    return {{QStringLiteral("elderly"), {QStringLiteral(u"老年人"), QStringLiteral("Elderly person")}},
            {QStringLiteral("disabled"), {QStringLiteral(u"残疾人"), QStringLiteral("Person with a disability")}},
            {QStringLiteral("serviceman"), {QStringLiteral(u"军人"), QStringLiteral("Serviceman or servicewoman")}},
            {QStringLiteral("pregnant"), {QStringLiteral(u"孕妇"), QStringLiteral("Pregnant woman")}}};
}

QStringList priorityGroupCodes(const QList<PriorityGroup> &groups)
{
    QStringList out;
    for (const PriorityGroup &g : groups)
        out.append(g.code);
    return out;
}

QStringList priorityGroups()
{
    return priorityGroupCodes(defaultPriorityGroups());
}

QString priorityGroupName(const QList<PriorityGroup> &groups, const QString &code, const QString &language)
{
    for (const PriorityGroup &g : groups) {
        if (g.code == code && !g.name.in(language).isEmpty())
            return g.name.in(language);
    }
    return priorityGroupText(code);
}

QString priorityGroupText(const QString &code)
{
    if (code == QLatin1String("elderly"))
        return QCoreApplication::translate("ow::PriorityGroups", "Elderly person");
    if (code == QLatin1String("disabled"))
        return QCoreApplication::translate("ow::PriorityGroups", "Person with a disability");
    if (code == QLatin1String("serviceman"))
        return QCoreApplication::translate("ow::PriorityGroups", "Serviceman or servicewoman");
    if (code == QLatin1String("pregnant"))
        return QCoreApplication::translate("ow::PriorityGroups", "Pregnant woman");
    return code;
}

} // namespace ow
