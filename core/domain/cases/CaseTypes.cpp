#include "core/domain/cases/CaseTypes.h"

#include "core/domain/util/EnumText.h"
#include "core/domain/util/Masking.h"

namespace ow {

namespace {

constexpr EnumText<Delivery, 2> kDeliveries{{{{Delivery::Collected, "collected"}, {Delivery::Mailed, "mailed"}}}};

} // namespace

QString toString(Delivery delivery) { return kDeliveries.toString(delivery); }
std::optional<Delivery> deliveryFromString(QStringView text) { return kDeliveries.fromString(text); }

QString toString(MaterialStatus v)
{
    switch (v) {
    case MaterialStatus::Received:
        return QStringLiteral("received");
    case MaterialStatus::Exempt:
        return QStringLiteral("exempt");
    case MaterialStatus::Missing:
        break;
    }
    return QStringLiteral("missing");
}

std::optional<MaterialStatus> materialStatusFromString(QStringView s)
{
    for (MaterialStatus v : {MaterialStatus::Received, MaterialStatus::Missing, MaterialStatus::Exempt}) {
        if (s == toString(v))
            return v;
    }
    return std::nullopt;
}

QStringList CaseView::missingMaterials() const
{
    QStringList out;
    for (auto it = materials.begin(); it != materials.end(); ++it) {
        if (it.value().toString() == QLatin1String("missing"))
            out << it.key();
    }
    return out;
}

QJsonObject CaseView::toJson(bool withPersonalData) const
{
    QJsonObject applicant{{QLatin1String("id_number"), withPersonalData ? applicantId : mask(PersonalData::ResidentIdNumber, applicantId)},
                          {QLatin1String("name"), withPersonalData ? applicantName : mask(PersonalData::Name, applicantName)},
                          {QLatin1String("phone"), withPersonalData ? applicantPhone : mask(PersonalData::Phone, applicantPhone)}};
    QJsonArray events;
    for (const QJsonObject &e : timeline)
        events.append(e);
    QJsonArray approvers;
    for (qint64 a : facts.approvers)
        approvers.append(a);
    QJsonObject o{{QLatin1String("number"), number},
                  {QLatin1String("service"), serviceCode},
                  {QLatin1String("kind"), toString(facts.kind)},
                  {QLatin1String("risk"), toString(facts.risk)},
                  {QLatin1String("state"), toString(facts.state)},
                  {QLatin1String("hall"), hallCode},
                  {QLatin1String("office"), officeHallCode},
                  {QLatin1String("pickup_hall"), pickupHallCode},
                  {QLatin1String("applicant"), applicant},
                  {QLatin1String("form"), withPersonalData ? form : QJsonObject()},
                  {QLatin1String("materials"), materials},
                  {QLatin1String("receiver"), facts.receiverId},
                  {QLatin1String("assignee"), facts.assigneeId ? QJsonValue(facts.assigneeId) : QJsonValue()},
                  {QLatin1String("approvers"), approvers},
                  {QLatin1String("accepted_day"), acceptedDay.toString(Qt::ISODate)},
                  {QLatin1String("time_limit_days"), timeLimitDays},
                  {QLatin1String("timeline"), events}};
    if (dueDate.isValid()) {
        o.insert(QLatin1String("due_date"), dueDate.toString(Qt::ISODate));
        o.insert(QLatin1String("time_limit"), toString(timeLimit));
    }
    if (withPersonalData)
        o.insert(QLatin1String("notifications"), notifications);
    return o;
}

QJsonObject ApplicantHistory::toJson() const
{
    QJsonArray list;
    for (const QJsonObject &c : recent)
        list.append(c);
    return {{QLatin1String("id_number"), idNumber},
            {QLatin1String("name"), name},
            {QLatin1String("phone"), phone},
            {QLatin1String("cases"), cases},
            {QLatin1String("recent"), list}};
}

} // namespace ow
