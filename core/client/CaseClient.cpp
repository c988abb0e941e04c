#include "core/client/CaseClient.h"

#include "core/domain/cases/FormRules.h"
#include "core/client/ClientSession.h"
#include "core/client/LocalCache.h"
#include "core/domain/util/Clock.h"
#include "core/client/SyncAgent.h"
#include "core/domain/util/ResidentId.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimeZone>
#include <QUrl>

namespace ow {

namespace {


QString pathOf(const QString &number)
{
    return QStringLiteral("/api/v1/cases/") + QString::fromLatin1(QUrl::toPercentEncoding(number));
}

} // namespace

CaseClient::CaseClient(ClientSession &session, QObject *parent)
    : QObject(parent), m_session(session), m_calendar(WorkCalendar::fromJson(WorkCalendar::bundledJson()).value())
{
    m_refresh.setInterval(kWorklistRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &CaseClient::refreshWorklist);
    connect(&m_refresh, &QTimer::timeout, this, &CaseClient::pull);
    m_refresh.start();
}

QHash<QString, QString> CaseClient::problems(const IntakeRequest &r) const
{
    QHash<QString, QString> out;
    const QDate today = QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Shanghai")).date();
    if (const auto p = ResidentId::check(r.applicantId, today); p != ResidentId::Problem::None)
        out.insert(QStringLiteral("applicant.id_number"), ResidentId::problemText(p));
    if (const QString p = FormRules::applicantNameProblem(r.applicantName); !p.isEmpty())
        out.insert(QStringLiteral("applicant.name"), p);
    if (const QString p = FormRules::applicantPhoneProblem(r.applicantPhone); !p.isEmpty())
        out.insert(QStringLiteral("applicant.phone"), p);
    if (r.decision == CaseAction::Refuse) {
        if (const QString p = FormRules::refusalReasonProblem(r.reason); !p.isEmpty())
            out.insert(QStringLiteral("reason"), p);
    }
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *service = catalogue ? catalogue->service(r.serviceCode) : nullptr;
    if (!service) {
        out.insert(QStringLiteral("service"), tr("Choose a matter from the catalogue."));
        return out;
    }
    if (r.decision == CaseAction::Refuse)
        return out; // a refusal records who applied and why not; the form is not needed for it
    for (const FormField &f : service->fields) {
        if (const QString p = FormRules::fieldProblem(f, r.form.value(f.key), today); !p.isEmpty())
            out.insert(QStringLiteral("form.") + f.key, p);
    }
    return out;
}

QList<Material> CaseClient::missingRequired(const IntakeRequest &r) const
{
    QList<Material> out;
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *service = catalogue ? catalogue->service(r.serviceCode) : nullptr;
    if (!service)
        return out;
    for (const Material &m : service->materials) {
        if (m.required && r.materials.value(m.code, MaterialStatus::Missing) == MaterialStatus::Missing)
            out.append(m);
    }
    return out;
}

QJsonObject CaseClient::toJson(const IntakeRequest &r)
{
    QJsonObject materials;
    for (auto it = r.materials.begin(); it != r.materials.end(); ++it)
        materials.insert(it.key(), toString(it.value()));
    QJsonObject body{{QLatin1String("service"), r.serviceCode},
                     {QLatin1String("window"), r.window},
                     {QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), r.applicantId.trimmed().toUpper()},
                                                              {QLatin1String("name"), r.applicantName.trimmed()},
                                                              {QLatin1String("phone"), r.applicantPhone.trimmed()}}},
                     {QLatin1String("form"), r.form},
                     {QLatin1String("materials"), materials},
                     {QLatin1String("decision"), toString(r.decision)}};
    if (r.ticketId)
        body.insert(QLatin1String("ticket"), r.ticketId);
    if (!r.reason.trimmed().isEmpty())
        body.insert(QLatin1String("reason"), r.reason.trimmed());
    if (!r.pickupHallCode.isEmpty())
        body.insert(QLatin1String("pickup_hall"), r.pickupHallCode);
    if (!r.number.isEmpty()) {
        body.insert(QLatin1String("number"), r.number);
        body.insert(QLatin1String("accepted_at"), r.acceptedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    return body;
}

QString CaseClient::refusalText(int status, const QJsonObject &answer)
{
    OutboxOp refused;
    refused.answer = answer;
    const QString reason = refused.reason();
    return reason.isEmpty() ? tr("The server refused this (%1).").arg(status) : reason;
}

// Every change goes into the outbox first: a case typed at a window is never typed twice.
void CaseClient::write(const QString &path, const QJsonObject &body, std::function<void(int, const QJsonObject &)> onAnswer)
{
    SyncAgent *sync = m_session.sync();
    if (!sync) {
        Q_EMIT message(tr("Please log in again."));
        return;
    }
    QPointer<CaseClient> self(this);
    auto op = sync->submit(QStringLiteral("POST"), path, body, [self, onAnswer = std::move(onAnswer)](int status, const QJsonObject &answer) {
        if (self)
            onAnswer(status, answer);
    });
    if (!op) {
        Q_EMIT message(op.error().detail);
        return;
    }
    if (!sync->isOnline())
        Q_EMIT queuedOffline();
}

void CaseClient::submitIntake(const IntakeRequest &request)
{
    write(QStringLiteral("/api/v1/cases"), toJson(request), [this](int status, const QJsonObject &answer) {
        if (status >= 200 && status < 300) {
            Q_EMIT intakeDone(answer);
            refreshWorklist();
            return;
        }
        const QJsonObject error = answer.value(QLatin1String("error")).toObject();
        Q_EMIT intakeRefused(refusalText(status, answer), error.value(QLatin1String("fields")).toObject(),
                             error.value(QLatin1String("missing")).toArray());
    });
}

QJsonObject CaseClient::acceptOffline(const IntakeRequest &request)
{
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *service = catalogue ? catalogue->service(request.serviceCode) : nullptr;
    QJsonObject body = toJson(request);
    submitIntake(request);
    const QDate day = request.acceptedAt.toTimeZone(QTimeZone("Asia/Shanghai")).date();
    QJsonObject c{{QLatin1String("number"), request.number},
                  {QLatin1String("service"), request.serviceCode},
                  {QLatin1String("state"), toString(request.decision == CaseAction::CompleteOnSpot ? CaseState::CompletedOnSpot : CaseState::Accepted)},
                  {QLatin1String("hall"), request.hallCode},
                  {QLatin1String("pickup_hall"), request.pickupHallCode.isEmpty() ? request.hallCode : request.pickupHallCode},
                  {QLatin1String("applicant"), body.value(QLatin1String("applicant"))},
                  {QLatin1String("materials"), body.value(QLatin1String("materials"))},
                  {QLatin1String("accepted_day"), day.toString(Qt::ISODate)}};
    if (service && service->timeLimitDays > 0 && request.decision == CaseAction::Accept)
        c.insert(QLatin1String("due_date"), m_calendar.dueDate(day, service->timeLimitDays, {}, day).toString(Qt::ISODate));
    return c;
}

void CaseClient::act(const QString &number, CaseAction action, const QString &note, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QLatin1String("action"), toString(action));
    if (!note.trimmed().isEmpty())
        body.insert(QLatin1String("note"), note.trimmed());
    setPending(number, true);
    write(pathOf(number) + QStringLiteral("/actions"), body, [this, number](int status, const QJsonObject &answer) {
        setPending(number, false);
        if (status >= 200 && status < 300) {
            keep(answer);
            Q_EMIT caseChanged(answer);
        } else {
            fetchInto(number, {}); // the case as it really stands now (refused: not kept as sent)
            Q_EMIT actionRefused(number, refusalText(status, answer));
        }
        refreshWorklist();
    });
}

void CaseClient::open(const QString &number)
{
    QPointer<CaseClient> self(this);
    m_session.api().send("GET", pathOf(number), nullptr, [self, number](Result<ApiReply> reply) {
        if (!self)
            return;
        if (!reply) {
            if (const auto copy = self->cachedCase(number)) { // offline: the copy of the last pull
                Q_EMIT self->caseLoaded(*copy);
                Q_EMIT self->message(tr("Offline: this is the copy on this computer."));
                return;
            }
            Q_EMIT self->message(reply.error().detail);
            return;
        }
        if (reply.value().status != 200) {
            Q_EMIT self->message(refusalText(reply.value().status, reply.value().json));
            return;
        }
        self->keep(reply.value().json);
        Q_EMIT self->caseLoaded(reply.value().json);
    });
}

void CaseClient::keep(const QJsonObject &c)
{
    LocalCache *cache = m_session.cache();
    const QString number = c.value(QLatin1String("number")).toString();
    if (!cache || number.isEmpty())
        return;
    if (auto st = cache->putDocument(QStringLiteral("case/") + number, QJsonDocument(c).toJson(QJsonDocument::Compact), {},
                                     m_session.clock().now());
        !st)
        qWarning("case %s not kept: %s", qPrintable(number), qPrintable(st.error().detail));
}

std::optional<QJsonObject> CaseClient::cachedCase(const QString &number) const
{
    LocalCache *cache = m_session.cache();
    if (!cache)
        return std::nullopt;
    auto doc = cache->document(QStringLiteral("case/") + number);
    if (!doc || !doc.value())
        return std::nullopt;
    return QJsonDocument::fromJson(doc.value()->body).object();
}

// The cases with a change of this window not yet settled, kept in the local file so a restart
// does not forget them; when the outbox holds nothing pending, none are.
QSet<QString> CaseClient::pendingCases() const
{
    LocalCache *cache = m_session.cache();
    auto doc = cache ? cache->document(QStringLiteral("cases/pending")) : Result<std::optional<CachedDocument>>(std::nullopt);
    QSet<QString> out;
    if (!doc || !doc.value())
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(doc.value()->body).array())
        out.insert(v.toString());
    return out;
}

void CaseClient::setPending(const QString &number, bool pending)
{
    LocalCache *cache = m_session.cache();
    if (!cache)
        return;
    QSet<QString> set = pendingCases();
    if (pending)
        set.insert(number);
    else
        set.remove(number);
    QJsonArray list;
    for (const QString &n : std::as_const(set))
        list.append(n);
    (void)cache->putDocument(QStringLiteral("cases/pending"), QJsonDocument(list).toJson(QJsonDocument::Compact), {}, m_session.clock().now());
}

qint64 CaseClient::cursor() const
{
    LocalCache *cache = m_session.cache();
    auto doc = cache ? cache->document(QStringLiteral("cases/cursor")) : Result<std::optional<CachedDocument>>(std::nullopt);
    return doc && doc.value() ? doc.value()->body.toLongLong() : 0;
}

void CaseClient::fetchInto(const QString &number, std::function<void(bool)> done)
{
    QPointer<CaseClient> self(this);
    m_session.api().send("GET", pathOf(number), nullptr, [self, done = std::move(done)](Result<ApiReply> reply) {
        const bool ok = self && reply && reply.value().status == 200;
        if (ok)
            self->keep(reply.value().json);
        if (done)
            done(ok);
    });
}

void CaseClient::pull()
{
    LocalCache *cache = m_session.cache();
    if (!cache || !m_session.isLoggedIn() || m_pulling)
        return;
    if (SyncAgent *sync = m_session.sync(); sync && sync->pendingCount() == 0 && !pendingCases().isEmpty())
        (void)cache->putDocument(QStringLiteral("cases/pending"), "[]", {}, m_session.clock().now()); // all settled
    m_pulling = true;
    QPointer<CaseClient> self(this);
    m_session.api().send("GET", QStringLiteral("/api/v1/case-changes?since=%1").arg(cursor()), nullptr, [self](Result<ApiReply> reply) {
        if (!self)
            return;
        if (!reply || reply.value().status != 200) {
            self->m_pulling = false;
            return; // offline: the copies stay as they are
        }
        const QJsonObject answer = reply.value().json;
        const QSet<QString> pending = self->pendingCases();
        QStringList numbers;
        for (const QJsonValue &v : answer.value(QLatin1String("cases")).toArray()) {
            if (!pending.contains(v.toString()))
                numbers << v.toString();
        }
        // The cursor moves once every copy is in: a pull cut short is done again.
        auto left = std::make_shared<int>(int(numbers.size()) + 1);
        auto allIn = std::make_shared<bool>(true);
        const qint64 next = answer.value(QLatin1String("cursor")).toInteger();
        const bool more = answer.value(QLatin1String("more")).toBool();
        const int count = int(numbers.size());
        auto finish = [self, left, allIn, next, more, count](bool ok) {
            *allIn = *allIn && ok;
            if (--*left > 0 || !self)
                return;
            LocalCache *c = self->m_session.cache();
            if (c && *allIn)
                (void)c->putDocument(QStringLiteral("cases/cursor"), QByteArray::number(next), {}, self->m_session.clock().now());
            self->m_pulling = false;
            Q_EMIT self->pulled(count);
            if (more && *allIn)
                self->pull();
        };
        for (const QString &n : std::as_const(numbers))
            self->fetchInto(n, finish);
        finish(true);
    });
}

void CaseClient::refreshWorklist()
{
    if (!m_session.isLoggedIn())
        return;
    QPointer<CaseClient> self(this);
    m_session.api().send("GET", QStringLiteral("/api/v1/cases"), nullptr, [self](Result<ApiReply> reply) {
        if (!self || !reply || reply.value().status != 200)
            return; // offline: the list stays as it was
        self->m_worklist.clear();
        for (const QJsonValue &v : reply.value().json.value(QLatin1String("cases")).toArray())
            self->m_worklist.append(v.toObject());
        Q_EMIT self->worklistChanged();
    });
}

void CaseClient::loadReviewers(const QString &number)
{
    QPointer<CaseClient> self(this);
    m_session.api().send("GET", pathOf(number) + QStringLiteral("/reviewers"), nullptr, [self, number](Result<ApiReply> reply) {
        if (!self)
            return;
        if (!reply) {
            Q_EMIT self->message(reply.error().detail);
            return;
        }
        if (reply.value().status != 200) {
            Q_EMIT self->message(refusalText(reply.value().status, reply.value().json));
            return;
        }
        Q_EMIT self->reviewersLoaded(number, reply.value().json.value(QLatin1String("reviewers")).toArray());
    });
}

void CaseClient::lookUpCitizen(const QString &idNumber)
{
    QPointer<CaseClient> self(this);
    const QString id = idNumber.trimmed().toUpper();
    m_session.api().send("GET", QStringLiteral("/api/v1/citizens/") + id, nullptr, [self, id](Result<ApiReply> reply) {
        if (!self || !reply || reply.value().status != 200)
            return; // not known, or offline: the teller types it
        const QJsonObject &o = reply.value().json;
        Q_EMIT self->citizenFound(id, o.value(QLatin1String("name")).toString(), o.value(QLatin1String("phone")).toString(),
                                  o.value(QLatin1String("cases")).toInt());
    });
}

} // namespace ow
