#include "core/domain/cases/CaseTypes.h"

#include "core/domain/util/JsonReader.h"
#include "core/domain/util/EnumText.h"
#include "core/domain/util/Masking.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace ow {

namespace {

constexpr EnumText<Delivery, 2> kDeliveries{{{{Delivery::Collected, "collected"}, {Delivery::Mailed, "mailed"}}}};
constexpr EnumText<NotificationKind, 3> kNotificationKinds{{{{NotificationKind::ResultReady, "result_ready"},
                                                             {NotificationKind::Supplement, "supplement"},
                                                             {NotificationKind::Mailed, "mailed"}}}};

std::optional<CaseAction> caseActionOf(QStringView s) { return caseActionFromString(s); }
std::optional<CaseState> caseStateOf(QStringView s) { return caseStateFromString(s); }

// Material code → status; an unknown status is a problem under "materials.<code>".
MaterialStatuses materialsFrom(JsonReader &r)
{
    MaterialStatuses out;
    const QJsonObject o = r.nestedObject(QLatin1String("materials"));
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto status = it.value().isString() ? materialStatusFromString(it.value().toString()) : std::nullopt;
        if (status)
            out.insert(it.key(), *status);
        else
            r.problem(QLatin1String("materials.") + it.key(), QStringLiteral("received, missing or exempt"));
    }
    return out;
}

CaseForm formFrom(JsonReader &r)
{
    auto form = caseFormFromJson(r.nestedObject(QLatin1String("form")));
    if (form)
        return form.value();
    const QJsonObject fields = form.error().extra.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        r.problem(QLatin1String("form.") + it.key(), it.value().toString());
    return {};
}

} // namespace

QString toString(Delivery delivery) { return kDeliveries.toString(delivery); }
std::optional<Delivery> deliveryFromString(QStringView text) { return kDeliveries.fromString(text); }
QString toString(NotificationKind kind) { return kNotificationKinds.toString(kind); }
std::optional<NotificationKind> notificationKindFromString(QStringView text) { return kNotificationKinds.fromString(text); }

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

QString FormValue::text() const
{
    if (isText())
        return std::get<QString>(m_value);
    return QString::number(number(), 'g', QLocale::FloatingPointShortest);
}

QJsonValue FormValue::toJson() const
{
    if (isText())
        return std::get<QString>(m_value);
    const double d = number();
    // Whole numbers travel as integers, as the window sent them.
    if (std::abs(d) < 9007199254740992.0 && d == static_cast<double>(static_cast<qint64>(d)))
        return static_cast<qint64>(d);
    return d;
}

std::optional<FormValue> FormValue::fromJson(const QJsonValue &v)
{
    if (v.isString())
        return FormValue(v.toString());
    if (v.isDouble())
        return FormValue(v.toDouble());
    return std::nullopt;
}

QJsonObject toJson(const MaterialStatuses &materials)
{
    QJsonObject o;
    for (auto it = materials.begin(); it != materials.end(); ++it)
        o.insert(it.key(), toString(it.value()));
    return o;
}

QJsonObject toJson(const CaseForm &form)
{
    QJsonObject o;
    for (auto it = form.begin(); it != form.end(); ++it)
        o.insert(it.key(), it.value().toJson());
    return o;
}

Result<CaseForm> caseFormFromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CaseForm form;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isNull())
            continue; // as if not given
        if (auto value = FormValue::fromJson(it.value()))
            form.insert(it.key(), *value);
        else
            r.problem(it.key(), QStringLiteral("text or number expected"));
    }
    return r.finish(form);
}

IntakeRequest IntakeRequest::normalized() const
{
    IntakeRequest r = *this;
    r.applicantId = applicantId.trimmed().toUpper();
    r.applicantName = applicantName.trimmed();
    r.applicantPhone = applicantPhone.trimmed();
    r.reason = reason.trimmed();
    return r;
}

QJsonObject IntakeRequest::toJson(bool withHall) const
{
    QJsonObject body{{QLatin1String("service"), serviceCode},
                     {QLatin1String("window"), window},
                     {QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), applicantId},
                                                              {QLatin1String("name"), applicantName},
                                                              {QLatin1String("phone"), applicantPhone}}},
                     {QLatin1String("form"), ow::toJson(form)},
                     {QLatin1String("materials"), ow::toJson(materials)},
                     {QLatin1String("decision"), ow::toString(decision)}};
    if (withHall && !hallCode.isEmpty())
        body.insert(QLatin1String("hall"), hallCode);
    if (ticketId)
        body.insert(QLatin1String("ticket"), ticketId);
    if (!reason.isEmpty())
        body.insert(QLatin1String("reason"), reason);
    if (!pickupHallCode.isEmpty())
        body.insert(QLatin1String("pickup_hall"), pickupHallCode);
    if (!number.isEmpty()) {
        body.insert(QLatin1String("number"), number);
        body.insert(QLatin1String("accepted_at"), instantJson(acceptedAt, Qt::ISODateWithMs));
    }
    return body;
}

Result<IntakeRequest> IntakeRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    IntakeRequest q;
    q.hallCode = r.text(QLatin1String("hall"));
    q.window = static_cast<int>(r.integer(QLatin1String("window")));
    q.ticketId = r.integer(QLatin1String("ticket"));
    q.serviceCode = r.text(QLatin1String("service"));
    JsonReader applicant(r.nestedObject(QLatin1String("applicant")));
    q.applicantId = applicant.text(QLatin1String("id_number"));
    q.applicantName = applicant.text(QLatin1String("name"));
    q.applicantPhone = applicant.text(QLatin1String("phone"));
    for (auto it = applicant.problems().begin(); it != applicant.problems().end(); ++it)
        r.problem(QLatin1String("applicant.") + it.key(), it.value().toString());
    q.form = formFrom(r);
    q.materials = materialsFrom(r);
    if (r.has(QLatin1String("decision"))) {
        const auto decision = caseActionFromString(r.text(QLatin1String("decision")));
        if (decision)
            q.decision = *decision;
        else
            r.problem(QStringLiteral("decision"), QStringLiteral("accept, complete_on_spot or refuse"));
    }
    q.reason = r.text(QLatin1String("reason"));
    q.pickupHallCode = r.text(QLatin1String("pickup_hall"));
    q.number = r.text(QLatin1String("number"));
    q.acceptedAt = r.instant(QLatin1String("accepted_at"));
    return r.finish(q);
}

QJsonObject CaseStep::toJson() const
{
    QJsonObject o{{QLatin1String("action"), ow::toString(action)}};
    if (!note.isEmpty())
        o.insert(QLatin1String("note"), note);
    if (assigneeId)
        o.insert(QLatin1String("assignee"), assigneeId);
    if (delivery)
        o.insert(QLatin1String("delivery"), ow::toString(*delivery));
    return o;
}

Result<CaseStep> CaseStep::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CaseStep step;
    const auto action = caseActionFromString(r.text(QLatin1String("action")));
    if (!action || *action == CaseAction::Accept || *action == CaseAction::CompleteOnSpot || *action == CaseAction::Refuse)
        r.problem(QStringLiteral("action"), QStringLiteral("a case action after intake"));
    else
        step.action = *action;
    step.note = r.text(QLatin1String("note"));
    step.assigneeId = r.integer(QLatin1String("assignee"));
    if (r.has(QLatin1String("delivery"))) {
        step.delivery = deliveryFromString(r.text(QLatin1String("delivery")));
        if (!step.delivery)
            r.problem(QStringLiteral("delivery"), QStringLiteral("collected or mailed"));
    }
    return r.finish(step);
}

QJsonObject CaseEvent::toJson() const
{
    QJsonObject o{{QLatin1String("action"), ow::toString(action)},
                  {QLatin1String("state"), ow::toString(state)},
                  {QLatin1String("actor"), actor},
                  {QLatin1String("hall"), hallCode},
                  {QLatin1String("at"), instantJson(at, Qt::ISODateWithMs)}};
    if (window > 0)
        o.insert(QLatin1String("window"), window);
    if (actorName) {
        o.insert(QLatin1String("actor_name"), *actorName);
        o.insert(QLatin1String("actor_name_en"), actorNameEn);
    }
    if (assigneeId) {
        o.insert(QLatin1String("assignee"), assigneeId);
        o.insert(QLatin1String("assignee_username"), assigneeUsername);
        o.insert(QLatin1String("assignee_name"), assigneeName);
        o.insert(QLatin1String("assignee_name_en"), assigneeNameEn);
    }
    if (!note.isEmpty())
        o.insert(QLatin1String("note"), note);
    if (delivery)
        o.insert(QLatin1String("delivery"), ow::toString(*delivery));
    return o;
}

Result<CaseEvent> CaseEvent::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CaseEvent e;
    if (!r.has(QLatin1String("action")))
        r.problem(QStringLiteral("action"), QStringLiteral("required"));
    e.action = r.enumValue<CaseAction>(QLatin1String("action"), caseActionOf).value_or(CaseAction::Accept);
    e.state = r.enumValue<CaseState>(QLatin1String("state"), caseStateOf).value_or(CaseState::Accepted);
    e.actor = r.requiredText(QLatin1String("actor"));
    if (r.has(QLatin1String("actor_name"))) {
        e.actorName = r.text(QLatin1String("actor_name"));
        e.actorNameEn = r.text(QLatin1String("actor_name_en"));
    }
    e.hallCode = r.text(QLatin1String("hall"));
    e.window = static_cast<int>(r.integer(QLatin1String("window")));
    e.at = r.instant(QLatin1String("at"));
    e.assigneeId = r.integer(QLatin1String("assignee"));
    e.assigneeUsername = r.text(QLatin1String("assignee_username"));
    e.assigneeName = r.text(QLatin1String("assignee_name"));
    e.assigneeNameEn = r.text(QLatin1String("assignee_name_en"));
    e.note = r.text(QLatin1String("note"));
    e.delivery = r.enumValue<Delivery>(QLatin1String("delivery"), deliveryFromString);
    return r.finish(e);
}

QJsonObject CaseNotification::toJson() const
{
    return {{QLatin1String("kind"), ow::toString(kind)},
            {QLatin1String("phone"), phone},
            {QLatin1String("text"), text},
            {QLatin1String("at"), instantJson(at, Qt::ISODateWithMs)},
            {QLatin1String("sent"), sent}};
}

Result<CaseNotification> CaseNotification::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CaseNotification n;
    n.kind = r.enumValue<NotificationKind>(QLatin1String("kind"), notificationKindFromString).value_or(NotificationKind::ResultReady);
    n.phone = r.text(QLatin1String("phone"));
    n.text = r.text(QLatin1String("text"));
    n.at = r.instant(QLatin1String("at"));
    n.sent = r.boolean(QLatin1String("sent"));
    return r.finish(n);
}

QStringList CaseView::missingMaterials() const
{
    QStringList out;
    for (auto it = materials.begin(); it != materials.end(); ++it) {
        if (it.value() == MaterialStatus::Missing)
            out << it.key();
    }
    return out;
}

CaseView CaseView::masked() const
{
    CaseView c = *this;
    c.applicantId = mask(PersonalData::ResidentIdNumber, applicantId);
    c.applicantName = mask(PersonalData::Name, applicantName);
    c.applicantPhone = mask(PersonalData::Phone, applicantPhone);
    c.form.clear();
    c.notifications.reset();
    for (CaseEvent &e : c.timeline) {
        if (e.delivery == Delivery::Mailed && !e.note.isEmpty())
            e.note = QStringLiteral("***"); // the address or tracking number
    }
    c.personalDataMasked = true;
    return c;
}

QJsonObject CaseView::toJson() const
{
    QJsonArray events;
    for (const CaseEvent &e : timeline)
        events.append(e.toJson());
    QJsonArray approvers;
    for (qint64 a : facts.approvers)
        approvers.append(a);
    QJsonObject o{{QLatin1String("number"), number},
                  {QLatin1String("service"), serviceCode},
                  {QLatin1String("kind"), ow::toString(facts.kind)},
                  {QLatin1String("risk"), ow::toString(facts.risk)},
                  {QLatin1String("state"), ow::toString(facts.state)},
                  {QLatin1String("hall"), hallCode},
                  {QLatin1String("office"), officeHallCode},
                  {QLatin1String("pickup_hall"), pickupHallCode},
                  {QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), applicantId},
                                                           {QLatin1String("name"), applicantName},
                                                           {QLatin1String("phone"), applicantPhone}}},
                  {QLatin1String("form"), ow::toJson(form)},
                  {QLatin1String("materials"), ow::toJson(materials)},
                  {QLatin1String("receiver"), facts.receiverId},
                  {QLatin1String("assignee"), facts.assigneeId ? QJsonValue(facts.assigneeId) : QJsonValue()},
                  {QLatin1String("approvers"), approvers},
                  {QLatin1String("accepted_day"), acceptedDay.toString(Qt::ISODate)},
                  {QLatin1String("time_limit_days"), timeLimitDays},
                  {QLatin1String("timeline"), events},
                  {QLatin1String("personal_data"), personalDataMasked ? QStringLiteral("masked") : QStringLiteral("full")}};
    if (!catalogueVersion.isEmpty())
        o.insert(QLatin1String("catalogue_version"), catalogueVersion);
    if (dueDate.isValid()) {
        o.insert(QLatin1String("due_date"), dueDate.toString(Qt::ISODate));
        o.insert(QLatin1String("time_limit"), ow::toString(timeLimit));
    }
    if (notifications) {
        QJsonArray sent;
        for (const CaseNotification &n : *notifications)
            sent.append(n.toJson());
        o.insert(QLatin1String("notifications"), sent);
    }
    return o;
}

Result<CaseView> CaseView::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CaseView c;
    c.number = r.requiredText(QLatin1String("number"));
    c.catalogueVersion = r.text(QLatin1String("catalogue_version"));
    c.serviceCode = r.text(QLatin1String("service"));
    c.facts.kind = r.enumValue<ServiceKind>(QLatin1String("kind"), serviceKindFromString).value_or(ServiceKind::Committed);
    c.facts.risk = r.enumValue<RiskLevel>(QLatin1String("risk"), riskLevelFromString).value_or(RiskLevel::Low);
    c.facts.state = r.enumValue<CaseState>(QLatin1String("state"), caseStateOf).value_or(CaseState::Draft);
    c.hallCode = r.text(QLatin1String("hall"));
    c.officeHallCode = r.text(QLatin1String("office"));
    c.pickupHallCode = r.text(QLatin1String("pickup_hall"));
    JsonReader applicant(r.nestedObject(QLatin1String("applicant")));
    c.applicantId = applicant.text(QLatin1String("id_number"));
    c.applicantName = applicant.text(QLatin1String("name"));
    c.applicantPhone = applicant.text(QLatin1String("phone"));
    for (auto it = applicant.problems().begin(); it != applicant.problems().end(); ++it)
        r.problem(QLatin1String("applicant.") + it.key(), it.value().toString());
    c.form = formFrom(r);
    c.materials = materialsFrom(r);
    c.facts.receiverId = r.integer(QLatin1String("receiver"));
    c.facts.assigneeId = r.integer(QLatin1String("assignee"));
    const QJsonArray approvers = r.array(QLatin1String("approvers"));
    for (const QJsonValue &a : approvers) {
        if (a.isDouble())
            c.facts.approvers.append(a.toInteger());
        else
            r.problem(QStringLiteral("approvers"), QStringLiteral("list of whole numbers expected"));
    }
    c.acceptedDay = r.date(QLatin1String("accepted_day"));
    c.timeLimitDays = static_cast<int>(r.integer(QLatin1String("time_limit_days")));
    c.dueDate = r.date(QLatin1String("due_date"));
    c.timeLimit = r.enumValue<TimeLimitState>(QLatin1String("time_limit"), timeLimitStateFromString).value_or(TimeLimitState::OnTime);
    c.timeline = r.list<CaseEvent>(QLatin1String("timeline"));
    c.personalDataMasked = r.text(QLatin1String("personal_data")) == QLatin1String("masked");
    if (r.has(QLatin1String("notifications")))
        c.notifications = r.list<CaseNotification>(QLatin1String("notifications"));
    return r.finish(c);
}

QJsonObject ApplicantCase::toJson() const
{
    return {{QLatin1String("number"), number}, {QLatin1String("service"), serviceCode}, {QLatin1String("state"), ow::toString(state)}};
}

Result<ApplicantCase> ApplicantCase::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    ApplicantCase c;
    c.number = r.requiredText(QLatin1String("number"));
    c.serviceCode = r.text(QLatin1String("service"));
    c.state = r.enumValue<CaseState>(QLatin1String("state"), caseStateOf).value_or(CaseState::Accepted);
    return r.finish(c);
}

QJsonObject ApplicantHistory::toJson() const
{
    QJsonArray list;
    for (const ApplicantCase &c : recent)
        list.append(c.toJson());
    return {{QLatin1String("id_number"), idNumber},
            {QLatin1String("name"), name},
            {QLatin1String("phone"), phone},
            {QLatin1String("cases"), cases},
            {QLatin1String("recent"), list}};
}

Result<ApplicantHistory> ApplicantHistory::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    ApplicantHistory h;
    h.idNumber = r.requiredText(QLatin1String("id_number"));
    h.name = r.text(QLatin1String("name"));
    h.phone = r.text(QLatin1String("phone"));
    h.cases = static_cast<int>(r.integer(QLatin1String("cases")));
    h.recent = r.list<ApplicantCase>(QLatin1String("recent"));
    return r.finish(h);
}

} // namespace ow
