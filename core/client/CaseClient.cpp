#include "core/client/CaseClient.h"

#include "core/client/ClientSession.h"
#include "core/client/LocalCache.h"
#include "core/client/SyncAgent.h"
#include "core/domain/cases/IntakeCheck.h"
#include "core/domain/catalogue/Delegation.h"
#include "core/domain/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace ow {

CaseClient::CaseClient(ClientSession &session, QObject *parent)
    : QObject(parent), m_session(session), m_calendar(WorkCalendar::fromJson(WorkCalendar::bundledJson()).value())
{
    m_refresh.setInterval(kWorklistRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &CaseClient::refreshWorklist);
    connect(&m_refresh, &QTimer::timeout, this, &CaseClient::pull);
    m_refresh.start();
}

CaseApi CaseClient::api() const
{
    return CaseApi(m_session.api());
}

Hall CaseClient::hall() const
{
    const QString own = m_session.isLoggedIn() ? m_session.account().hallCode : QString();
    for (const Hall &h : m_session.halls()) {
        if (h.code == own)
            return h;
    }
    Hall unknown; // not in the list yet: the hall's defaults
    unknown.code = own;
    return unknown;
}

QDate CaseClient::today() const
{
    return serviceDay(hall(), m_session.clock().now());
}

QHash<QString, QString> CaseClient::problems(const IntakeRequest &r) const
{
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *service = catalogue ? catalogue->service(r.serviceCode) : nullptr;
    QHash<QString, QString> out = IntakeCheck::problems(r, service, today());
    if (!service) {
        out.insert(QStringLiteral("service"), tr("Choose a matter from the catalogue."));
    } else if (r.decision != CaseAction::Refuse) { // 不予受理 is recorded at any hall
        if (const QString why = notDelegatedHere(r.serviceCode); !why.isEmpty())
            out.insert(QStringLiteral("service"), why);
    }
    return out;
}

QString CaseClient::notDelegatedHere(const QString &serviceCode) const
{
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *service = catalogue ? catalogue->service(serviceCode) : nullptr;
    if (!service || !m_session.isLoggedIn())
        return {};
    return Delegation::refusal(*service, m_session.account().hallLevel);
}

QList<Material> CaseClient::missingRequired(const IntakeRequest &r) const
{
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *service = catalogue ? catalogue->service(r.serviceCode) : nullptr;
    return service ? IntakeCheck::missingRequired(r, *service) : QList<Material>{};
}

QString CaseClient::refusalText(int status, const Error &error)
{
    return error.detail.isEmpty() ? tr("The server refused this (%1).").arg(status) : error.detail;
}

// Every change goes into the outbox first: a case typed at a window is never typed twice.
void CaseClient::write(const CaseApi::Write &w, std::function<void(int, Result<CaseView>)> onAnswer)
{
    SyncAgent *sync = m_session.sync();
    if (!sync) {
        Q_EMIT message(tr("Please log in again."));
        return;
    }
    QPointer<CaseClient> self(this);
    auto op = sync->submit(w.method, w.path, w.body, [self, onAnswer = std::move(onAnswer)](int status, const QJsonObject &answer) {
        if (self)
            onAnswer(status, CaseApi::caseAnswer(status, answer));
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
    write(CaseApi::intakeWrite(request), [this](int status, Result<CaseView> answer) {
        if (answer) {
            Q_EMIT intakeDone(answer.value());
            refreshWorklist();
            return;
        }
        Q_EMIT intakeRefused(refusalText(status, answer.error()), CaseApi::fieldProblems(answer.error()),
                             CaseApi::missingMaterials(answer.error()));
    });
}

CaseView CaseClient::acceptOffline(const IntakeRequest &request)
{
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *service = catalogue ? catalogue->service(request.serviceCode) : nullptr;
    const IntakeRequest r = request.normalized();
    submitIntake(request);
    CaseView c;
    c.number = r.number;
    c.serviceCode = r.serviceCode;
    c.facts.state = r.decision == CaseAction::CompleteOnSpot ? CaseState::CompletedOnSpot : CaseState::Accepted;
    c.hallCode = r.hallCode;
    c.pickupHallCode = r.pickupHallCode.isEmpty() ? r.hallCode : r.pickupHallCode;
    c.applicantId = r.applicantId;
    c.applicantName = r.applicantName;
    c.applicantPhone = r.applicantPhone;
    c.materials = r.materials;
    c.acceptedDay = serviceDay(hall(), r.acceptedAt);
    if (service && service->timeLimitDays > 0 && r.decision == CaseAction::Accept)
        c.dueDate = m_calendar.dueDate(c.acceptedDay, service->timeLimitDays, {}, c.acceptedDay);
    return c;
}

void CaseClient::act(const QString &number, CaseAction action, const QString &note)
{
    act(number, CaseStep{action, note, 0, std::nullopt});
}

void CaseClient::act(const QString &number, const CaseStep &step)
{
    setPending(number, true);
    write(CaseApi::actionWrite(number, step), [this, number](int status, Result<CaseView> answer) {
        setPending(number, false);
        if (answer) {
            keep(answer.value());
            Q_EMIT caseChanged(answer.value());
        } else {
            fetchInto(number, {}); // the case as it really stands now (refused: not kept as sent)
            Q_EMIT actionRefused(number, refusalText(status, answer.error()));
        }
        refreshWorklist();
    });
}

void CaseClient::open(const QString &number)
{
    QPointer<CaseClient> self(this);
    api().get(number, [self, number](Result<CaseView> c) {
        if (!self)
            return;
        if (!c && c.error().code == ErrorCode::Unavailable) {
            if (const auto copy = self->cachedCase(number)) { // offline: the copy of the last pull
                Q_EMIT self->caseLoaded(*copy);
                Q_EMIT self->message(tr("Offline: this is the copy on this computer."));
                return;
            }
        }
        if (!c) {
            Q_EMIT self->message(c.error().detail);
            return;
        }
        self->keep(c.value());
        Q_EMIT self->caseLoaded(c.value());
    });
}

void CaseClient::openWithPurpose(const QString &number, const QString &purpose)
{
    QPointer<CaseClient> self(this);
    api().get(number, purpose, [self](Result<CaseView> c) {
        if (!self)
            return;
        if (!c) {
            Q_EMIT self->message(c.error().detail);
            return;
        }
        Q_EMIT self->caseLoaded(c.value());
    });
}

void CaseClient::keep(const CaseView &c)
{
    LocalCache *cache = m_session.cache();
    if (!cache || c.number.isEmpty())
        return;
    if (auto st = cache->putDocument(QStringLiteral("case/") + c.number, QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact), {},
                                     m_session.clock().now());
        !st)
        qWarning("case %s not kept: %s", qPrintable(c.number), qPrintable(st.error().detail));
}

std::optional<CaseView> CaseClient::cachedCase(const QString &number) const
{
    LocalCache *cache = m_session.cache();
    if (!cache)
        return std::nullopt;
    auto doc = cache->document(QStringLiteral("case/") + number);
    if (!doc || !doc.value())
        return std::nullopt;
    auto c = CaseView::fromJson(QJsonDocument::fromJson(doc.value()->body).object());
    if (!c)
        return std::nullopt;
    return c.value();
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
    api().get(number, [self, done = std::move(done)](Result<CaseView> c) {
        const bool ok = self && c;
        if (ok)
            self->keep(c.value());
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
    api().changes(cursor(), [self](Result<CaseChanges> answer) {
        if (!self)
            return;
        if (!answer) {
            self->m_pulling = false;
            return; // offline: the copies stay as they are
        }
        const CaseChanges changes = answer.value();
        const QSet<QString> pending = self->pendingCases();
        QStringList numbers;
        for (const QString &n : changes.cases) {
            if (!pending.contains(n))
                numbers << n;
        }
        // The cursor moves once every copy is in: a pull cut short is done again.
        auto left = std::make_shared<int>(int(numbers.size()) + 1);
        auto allIn = std::make_shared<bool>(true);
        const int count = int(numbers.size());
        auto finish = [self, left, allIn, next = changes.cursor, more = changes.more, count](bool ok) {
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
    api().worklist([self](Result<CaseList> list) {
        if (!self || !list)
            return; // offline: the list stays as it was
        self->m_worklist = list.value().cases;
        Q_EMIT self->worklistChanged();
    });
}

void CaseClient::loadReviewers(const QString &number)
{
    QPointer<CaseClient> self(this);
    api().reviewers(number, [self, number](Result<CaseReviewers> reviewers) {
        if (!self)
            return;
        if (!reviewers) {
            Q_EMIT self->message(reviewers.error().detail);
            return;
        }
        Q_EMIT self->reviewersLoaded(number, reviewers.value().reviewers);
    });
}

void CaseClient::lookUpCitizen(const QString &idNumber)
{
    QPointer<CaseClient> self(this);
    const QString id = idNumber.trimmed().toUpper();
    api().citizen(id, [self, id](Result<ApplicantHistory> history) {
        if (!self || !history)
            return; // not known, or offline: the teller types it
        Q_EMIT self->citizenFound(id, history.value().name, history.value().phone, history.value().cases);
    });
}

} // namespace ow
