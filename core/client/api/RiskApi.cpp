#include "core/client/api/RiskApi.h"

#include "core/client/api/TypedAnswer.h"

#include <QUrlQuery>

#include <memory>

namespace ow {

namespace {
QString alertPath(qint64 id)
{
    return QStringLiteral("/api/v1/risk/alerts/%1").arg(id);
}

struct HistoryFetch
{
    int next;
    int last;
    QList<RiskRuleSet> sets;
    RiskApi::Done<QList<RiskRuleSet>> done;
};

// One version at a time, newest first: the list is short, and a desk never floods the server.
void fetchHistory(ApiClient &api, const std::shared_ptr<HistoryFetch> &state)
{
    if (state->next < state->last || state->next < 1) {
        state->done(state->sets);
        return;
    }
    RiskApi(api).rulesVersion(state->next, [&api, state](Result<RiskRuleSet> r) {
        if (!r) {
            state->done(r.error());
            return;
        }
        state->sets.append(r.value());
        --state->next;
        fetchHistory(api, state);
    });
}
} // namespace

void RiskApi::rules(Done<RiskRuleSet> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/risk/rules"), nullptr, answerAs<RiskRuleSet>(std::move(done)));
}

void RiskApi::rulesVersion(int version, Done<RiskRuleSet> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/risk/rules/versions/%1").arg(version), nullptr,
               answerAs<RiskRuleSet>(std::move(done)));
}

void RiskApi::history(int latest, int count, Done<QList<RiskRuleSet>> done)
{
    auto state = std::make_shared<HistoryFetch>(HistoryFetch{latest, std::max(1, latest - count + 1), {}, std::move(done)});
    fetchHistory(m_api, state);
}

void RiskApi::setRules(const RiskRuleSet &rules, Done<RiskRuleSet> done)
{
    // The server numbers the version and stamps the change; only the rules are sent.
    const QJsonObject body{{QLatin1String("rules"), rules.toJson().value(QLatin1String("rules"))}};
    m_api.send("PUT", QStringLiteral("/api/v1/risk/rules"), &body, answerAs<RiskRuleSet>(std::move(done)));
}

void RiskApi::alerts(const RiskAlertFilter &filter, Done<RiskAlertList> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/risk/alerts?") + filter.toQuery().toString(QUrl::FullyEncoded), nullptr,
               answerAs<RiskAlertList>(std::move(done)));
}

void RiskApi::alert(qint64 id, Done<RiskAlert> done)
{
    m_api.send("GET", alertPath(id), nullptr, answerAs<RiskAlert>(std::move(done)));
}

void RiskApi::dispose(qint64 id, const RiskDisposalRequest &request, Done<RiskAlert> done)
{
    const QJsonObject body = request.toJson();
    m_api.send("POST", alertPath(id) + QStringLiteral("/disposal"), &body, answerAs<RiskAlert>(std::move(done)));
}

void RiskApi::summary(const QDate &day, const QString &hall, Done<RiskSummary> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("day"), day.toString(Qt::ISODate));
    if (!hall.isEmpty())
        q.addQueryItem(QStringLiteral("hall"), hall);
    m_api.send("GET", QStringLiteral("/api/v1/reports/risk?") + q.toString(QUrl::FullyEncoded), nullptr,
               answerAs<RiskSummary>(std::move(done)));
}

void RiskApi::sweep(const QDate &day, Done<RiskSweepResult> done)
{
    m_api.send("POST", QStringLiteral("/api/v1/risk/sweep?day=") + day.toString(Qt::ISODate), nullptr,
               answerAs<RiskSweepResult>(std::move(done)));
}

} // namespace ow
