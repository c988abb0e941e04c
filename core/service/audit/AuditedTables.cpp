#include "core/service/audit/AuditedTables.h"

#include <QJsonDocument>
#include <QSqlRecord>
#include <QVariant>

namespace ow {

namespace {

QJsonObject parsedDetail(const QJsonObject &content)
{
    return QJsonDocument::fromJson(content.value(QLatin1String("detail")).toString().toUtf8()).object();
}

// A call out of order says why in its note; the dispatcher's own reasons are the rest.
QString ticketReason(const QJsonObject &content)
{
    const QJsonObject detail = parsedDetail(content);
    const QString note = detail.value(QLatin1String("note")).toString();
    return note.isEmpty() ? detail.value(QLatin1String("reason")).toString() : note;
}

QString noteReason(const QJsonObject &content)
{
    return content.value(QLatin1String("note")).toString();
}

QString reasonColumn(const QJsonObject &content)
{
    return content.value(QLatin1String("reason")).toString();
}

QString purposeReason(const QJsonObject &content)
{
    return content.value(QLatin1String("purpose")).toString();
}

} // namespace

QString AuditedTable::contentSelect() const
{
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + name;
}

const QList<AuditedTable> &AuditedTables::all()
{
    static const QList<AuditedTable> tables{
        {QStringLiteral("ticket_events"),
         {QStringLiteral("id"), QStringLiteral("ticket_id"), QStringLiteral("hall_id"), QStringLiteral("kind"),
          QStringLiteral("at"), QStringLiteral("actor_id"), QStringLiteral("window_number"), QStringLiteral("detail")},
         QStringLiteral("t.at"), QStringLiteral("t.actor_id"), QStringLiteral("t.hall_id"), QStringLiteral("t.window_number"),
         QStringLiteral("'ticket.' || t.kind"), &ticketReason},
        {QStringLiteral("case_events"),
         {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("action"), QStringLiteral("state"),
          QStringLiteral("actor_id"), QStringLiteral("hall_id"), QStringLiteral("window_number"), QStringLiteral("at"),
          QStringLiteral("assignee_id"), QStringLiteral("note"), QStringLiteral("detail")},
         QStringLiteral("t.at"), QStringLiteral("t.actor_id"), QStringLiteral("t.hall_id"), QStringLiteral("t.window_number"),
         QStringLiteral("'case.' || t.action"), &noteReason},
        {QStringLiteral("admin_changes"),
         {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor_id"), QStringLiteral("actor"),
          QStringLiteral("hall_code"), QStringLiteral("entity"), QStringLiteral("entity_key"), QStringLiteral("action"),
          QStringLiteral("before_json"), QStringLiteral("after_json")},
         QStringLiteral("t.at"), QStringLiteral("t.actor_id"), QStringLiteral("(SELECT h.id FROM halls h WHERE h.code = t.hall_code)"),
         QStringLiteral("0"), QStringLiteral("'admin.' || t.entity || '.' || t.action"), nullptr},
        // A lookup of a person's cases at a window: a read of personal data.
        {QStringLiteral("citizen_lookups"),
         {QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("id_number"), QStringLiteral("found"),
          QStringLiteral("at")},
         QStringLiteral("t.at"), QStringLiteral("t.account_id"),
         QStringLiteral("(SELECT a.hall_id FROM accounts a WHERE a.id = t.account_id)"), QStringLiteral("0"),
         QStringLiteral("'person.lookup'"), nullptr},
        {QStringLiteral("rectification_steps"),
         {QStringLiteral("id"), QStringLiteral("rectification_id"), QStringLiteral("contacted_at"), QStringLiteral("channel"),
          QStringLiteral("answer"), QStringLiteral("cause"), QStringLiteral("action"), QStringLiteral("note"),
          QStringLiteral("recorded_at"), QStringLiteral("recorded_by")},
         QStringLiteral("t.recorded_at"), QStringLiteral("t.recorded_by"),
         QStringLiteral("(SELECT r.hall_id FROM rectifications r WHERE r.id = t.rectification_id)"), QStringLiteral("0"),
         QStringLiteral("'rectification.contact'"), &noteReason},
        // A supervisor's disposal of a risk alert (confirm, dismiss, escalate) with its reason.
        {QStringLiteral("risk_disposals"),
         {QStringLiteral("id"), QStringLiteral("alert_id"), QStringLiteral("action"), QStringLiteral("reason"),
          QStringLiteral("actor_id"), QStringLiteral("hall_id"), QStringLiteral("escalated_to"), QStringLiteral("at")},
         QStringLiteral("t.at"), QStringLiteral("t.actor_id"), QStringLiteral("t.hall_id"), QStringLiteral("0"),
         QStringLiteral("'risk.' || t.action"), &reasonColumn},
        // A read of a case's personal data, masked or whole: the purpose given is the reason.
        {QStringLiteral("personal_data_reads"),
         {QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("subject"), QStringLiteral("subject_key"),
          QStringLiteral("access"), QStringLiteral("purpose"), QStringLiteral("window_number"), QStringLiteral("at")},
         QStringLiteral("t.at"), QStringLiteral("t.account_id"),
         QStringLiteral("(SELECT a.hall_id FROM accounts a WHERE a.id = t.account_id)"), QStringLiteral("t.window_number"),
         QStringLiteral("t.subject || '.read.' || t.access"), &purposeReason},
        // A window's change of state (open, paused, closed) with its reason.
        {QStringLiteral("window_events"),
         {QStringLiteral("id"), QStringLiteral("hall_id"), QStringLiteral("window_number"), QStringLiteral("state"),
          QStringLiteral("reason"), QStringLiteral("teller_id"), QStringLiteral("actor_id"), QStringLiteral("at"),
          QStringLiteral("service_day")},
         QStringLiteral("t.at"), QStringLiteral("t.actor_id"), QStringLiteral("t.hall_id"), QStringLiteral("t.window_number"),
         QStringLiteral("'window.' || t.state"), &reasonColumn},
        // A question answered at the guide desk (or 12333, online) without a ticket.
        {QStringLiteral("consultations"),
         {QStringLiteral("id"), QStringLiteral("hall_id"), QStringLiteral("service_day"), QStringLiteral("service_code"),
          QStringLiteral("channel"), QStringLiteral("duration_seconds"), QStringLiteral("account_id"), QStringLiteral("at")},
         QStringLiteral("t.at"), QStringLiteral("t.account_id"), QStringLiteral("t.hall_id"), QStringLiteral("0"),
         QStringLiteral("'consultation.' || t.channel"), nullptr},
        // A step of a 12333 work order (recorded, routed, booked, answered, closed) with its note.
        {QStringLiteral("work_order_events"),
         {QStringLiteral("id"), QStringLiteral("work_order_id"), QStringLiteral("kind"), QStringLiteral("at"),
          QStringLiteral("actor_id"), QStringLiteral("hall_id"), QStringLiteral("note"), QStringLiteral("detail")},
         QStringLiteral("t.at"), QStringLiteral("t.actor_id"), QStringLiteral("t.hall_id"), QStringLiteral("0"),
         QStringLiteral("'work_order.' || t.kind"), &noteReason},
    };
    return tables;
}

const AuditedTable *AuditedTables::find(const QString &name)
{
    for (const AuditedTable &t : all()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QJsonObject AuditedTables::content(const QSqlQuery &row, const AuditedTable &table, int first)
{
    QJsonObject out;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const QVariant v = row.value(first + static_cast<int>(i));
        QJsonValue j;
        if (v.isNull())
            j = QJsonValue::Null;
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::ULongLong)
            j = v.toLongLong();
        else
            j = v.toString(); // text; a REAL would be its shortest exact text, but no covered column is one
        out.insert(table.columns.at(i), j);
    }
    return out;
}

QString AuditedTables::canonical(const QJsonObject &content)
{
    return QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

} // namespace ow
