#include "core/domain/api/RiskBodies.h"

#include "core/domain/util/JsonReader.h"
#include "core/domain/util/QueryReader.h"

#include <QtGlobal>

namespace ow {

namespace {

QDate dayParameter(const QUrlQuery &query, const QString &key, QJsonObject &problems)
{
    const QString text = query.queryItemValue(key);
    if (text.isEmpty())
        return {};
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        problems.insert(key, QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "Give the day as yyyy-MM-dd.")));
    return day;
}

template<typename E>
E requiredEnum(JsonReader &r, QLatin1StringView key, std::optional<E> (*fromString)(QStringView), E fallback)
{
    if (!r.has(key)) {
        r.problem(key, QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "Required.")));
        return fallback;
    }
    return r.enumValue(key, fromString).value_or(fallback);
}

} // namespace

QUrlQuery RiskAlertFilter::toQuery() const
{
    QUrlQuery q;
    if (!hall.isEmpty())
        q.addQueryItem(QStringLiteral("hall"), hall);
    if (status)
        q.addQueryItem(QStringLiteral("status"), toString(*status));
    if (level)
        q.addQueryItem(QStringLiteral("level"), toString(*level));
    if (from.isValid())
        q.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        q.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    if (limit != kDefaultLimit)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return q;
}

Result<RiskAlertFilter> RiskAlertFilter::fromQuery(const QUrlQuery &query)
{
    RiskAlertFilter f;
    QueryReader r(query);
    f.hall = query.queryItemValue(QStringLiteral("hall"));
    const QString status = query.queryItemValue(QStringLiteral("status"));
    if (!status.isEmpty() && !(f.status = riskAlertStatusFromString(status)))
        r.problem(QStringLiteral("status"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "One of open, confirmed, dismissed, escalated.")));
    const QString level = query.queryItemValue(QStringLiteral("level"));
    if (!level.isEmpty() && !(f.level = riskLevelFromString(level)))
        r.problem(QStringLiteral("level"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "One of low, medium, high.")));
    f.from = dayParameter(query, QStringLiteral("from"), r.problems());
    f.to = dayParameter(query, QStringLiteral("to"), r.problems());
    if (f.from.isValid() && f.to.isValid()) {
        if (f.to < f.from)
            r.problem(QStringLiteral("to"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "The last day comes before the first.")));
        else if (f.from.daysTo(f.to) >= kMaxDays)
            r.problem(QStringLiteral("to"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "At most 366 days at a time.")));
    }
    f.limit = r.number(QStringLiteral("limit"), f.limit, 1, kMaxLimit,
                       QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "Enter a whole number from 1 to 2000.")));
    return r.finish(f);
}

QJsonObject RiskAlertList::toJson() const
{
    return {{QLatin1String("alerts"), arrayOf(alerts)}};
}

Result<RiskAlertList> RiskAlertList::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RiskAlertList x;
    x.alerts = r.list<RiskAlert>(QLatin1String("alerts"));
    return r.finish(x);
}

QJsonObject RiskDisposalRequest::toJson() const
{
    QJsonObject o{{QLatin1String("action"), toString(action)}};
    if (!reason.isEmpty())
        o.insert(QLatin1String("reason"), reason);
    return o;
}

Result<RiskDisposalRequest> RiskDisposalRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RiskDisposalRequest x;
    x.action = requiredEnum(r, QLatin1String("action"), riskDisposalActionFromString, RiskDisposalAction::Confirm);
    x.reason = r.text(QLatin1String("reason")).trimmed();
    if (r.ok() && x.action != RiskDisposalAction::Confirm && x.reason.isEmpty())
        r.problem(QStringLiteral("reason"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "Say why the alert is dismissed or escalated.")));
    if (x.reason.size() > kMaxReason)
        r.problem(QStringLiteral("reason"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "At most 500 characters.")));
    return r.finish(x);
}

QJsonObject RiskSummaryRow::toJson() const
{
    return {{QLatin1String("rule"), toString(rule)},   {QLatin1String("rule_name_zh"), ruleName.zh},
            {QLatin1String("rule_name_en"), ruleName.en}, {QLatin1String("level"), toString(level)},
            {QLatin1String("raised"), raised},          {QLatin1String("open"), open},
            {QLatin1String("confirmed"), confirmed},    {QLatin1String("dismissed"), dismissed},
            {QLatin1String("escalated"), escalated}};
}

Result<RiskSummaryRow> RiskSummaryRow::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RiskSummaryRow x;
    x.rule = requiredEnum(r, QLatin1String("rule"), riskRuleIdFromString, RiskRuleId::DuplicateClaim);
    x.ruleName = {r.text(QLatin1String("rule_name_zh")), r.text(QLatin1String("rule_name_en"))};
    x.level = requiredEnum(r, QLatin1String("level"), riskLevelFromString, RiskLevel::Medium);
    x.raised = static_cast<int>(r.integer(QLatin1String("raised")));
    x.open = static_cast<int>(r.integer(QLatin1String("open")));
    x.confirmed = static_cast<int>(r.integer(QLatin1String("confirmed")));
    x.dismissed = static_cast<int>(r.integer(QLatin1String("dismissed")));
    x.escalated = static_cast<int>(r.integer(QLatin1String("escalated")));
    return r.finish(x);
}

QJsonObject RiskSummary::toJson() const
{
    return {{QLatin1String("day"), dateJson(day)},
            {QLatin1String("hall"), hall},
            {QLatin1String("halls"), QJsonArray::fromStringList(halls)},
            {QLatin1String("rows"), arrayOf(rows)},
            {QLatin1String("raised"), raised},
            {QLatin1String("open"), open},
            {QLatin1String("disposed"), disposed}};
}

Result<RiskSummary> RiskSummary::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RiskSummary x;
    x.day = r.date(QLatin1String("day"));
    x.hall = r.requiredText(QLatin1String("hall"));
    x.halls = r.texts(QLatin1String("halls"));
    x.rows = r.list<RiskSummaryRow>(QLatin1String("rows"));
    x.raised = static_cast<int>(r.integer(QLatin1String("raised")));
    x.open = static_cast<int>(r.integer(QLatin1String("open")));
    x.disposed = static_cast<int>(r.integer(QLatin1String("disposed")));
    return r.finish(x);
}

QJsonObject RiskSweepResult::toJson() const
{
    QJsonArray ids;
    for (qint64 id : alerts)
        ids.append(id);
    return {{QLatin1String("day"), dateJson(day)}, {QLatin1String("raised"), raised}, {QLatin1String("alerts"), ids}};
}

Result<RiskSweepResult> RiskSweepResult::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RiskSweepResult x;
    x.day = r.date(QLatin1String("day"));
    x.raised = static_cast<int>(r.integer(QLatin1String("raised")));
    const QJsonArray ids = r.array(QLatin1String("alerts"));
    for (const QJsonValue &v : ids)
        x.alerts.append(v.toInteger());
    return r.finish(x);
}

Result<QDate> riskDayParameter(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return invalidFieldError(QStringLiteral("day"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "Give the day as yyyy-MM-dd.")));
    return day;
}

} // namespace ow
