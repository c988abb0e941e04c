#include "core/client/ClientSession.h"
#include "core/client/api/SessionApi.h"
#include "core/client/api/AdminApi.h"

#include "core/client/LocalCache.h"
#include "core/client/Outbox.h"
#include "core/client/SyncAgent.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/ErrorMessages.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcClient, "ow.client")

namespace ow {

namespace {
const QString kCatalogueKey = QStringLiteral("catalogue");
const QString kHallsKey = QStringLiteral("org/halls");

QString messageOf(const Error &e)
{
    if (TlsTrust::isHandshakeFailure(e))
        return e.detail;
    return e.detail.isEmpty() || e.code == ErrorCode::Unavailable ? errorMessage(e.code) : e.detail;
}
} // namespace

ClientSession::ClientSession(QString dataDir, const Clock &clock, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_clock(clock)
{
    m_probeTimer.setInterval(5000);
    connect(&m_probeTimer, &QTimer::timeout, this, &ClientSession::probe);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_state == ConnectionState::Online)
            refresh();
    });
}

ClientSession::~ClientSession()
{
    delete m_sync; // before the outbox it drains
}

void ClientSession::setProbeIntervalMs(int ms)
{
    m_probeTimer.setInterval(ms);
}

void ClientSession::setRefreshIntervalMs(int ms)
{
    m_refreshTimer.setInterval(ms);
}

void ClientSession::login(const QUrl &server, const QString &username, const QString &password)
{
    m_api.setBaseUrl(server);
    m_api.setToken({});
    setState(ConnectionState::Connecting);
    m_calls.login({username, password}, [this, username, password](Result<LoginAnswer> r) {
        if (r) {
            onOnlineLogin(r.value(), password);
            return;
        }
        // A server whose certificate does not verify may be someone else's: the user is told,
        // not quietly let in offline as if the network were down.
        if (TlsTrust::isHandshakeFailure(r.error())) {
            qCWarning(lcClient).noquote() << r.error().detail;
            setState(ConnectionState::Offline);
            Q_EMIT loginFinished(false, r.error().detail);
            return;
        }
        if (r.error().code == ErrorCode::Unavailable) {
            tryOfflineLogin(username, password, r.error().detail);
            return;
        }
        setState(ConnectionState::Online);
        Q_EMIT loginFinished(false, messageOf(r.error()));
    });
}

void ClientSession::onOnlineLogin(const LoginAnswer &answer, const QString &password)
{
    m_api.setToken(answer.token);
    m_account = answer.account;
    m_password = password;
    if (!openCache(m_account->username)) {
        Q_EMIT loginFinished(false, errorMessage(ErrorCode::Internal));
        return;
    }
    // A one-time password is not kept for offline use: it is about to be replaced, and until then
    // the server answers nothing else (refresh() waits for the change).
    if (!m_account->mustChangePassword) {
        if (auto st = m_cache->rememberLogin(*m_account, password, m_clock.now()); !st)
            qCWarning(lcClient) << "cannot remember the login for offline use:" << st.error().detail;
    }
    loadCached();
    setState(ConnectionState::Online);
    m_probeTimer.start();
    m_refreshTimer.start();
    Q_EMIT loginFinished(true, {});
    if (!m_account->mustChangePassword)
        refresh();
}

void ClientSession::changePassword(const QString &oldPassword, const QString &newPassword, std::function<void(Status)> done)
{
    AdminApi(m_api).changePassword({oldPassword, newPassword},
                                   [this, self = QPointer(this), newPassword, done = std::move(done)](Status r) {
                                       if (self && r && m_account) {
                                           m_password = newPassword;
                                           m_account->mustChangePassword = false;
                                           if (m_cache) {
                                               if (auto st = m_cache->rememberLogin(*m_account, newPassword, m_clock.now()); !st)
                                                   qCWarning(lcClient) << "cannot remember the new password for offline use:"
                                                                       << st.error().detail;
                                           }
                                           refresh();
                                       }
                                       done(r);
                                   });
}

void ClientSession::tryOfflineLogin(const QString &username, const QString &password, const QString &reason)
{
    qCInfo(lcClient) << "server unreachable (" << reason << "); trying the offline cache";
    const QString path = LocalCache::pathFor(m_dataDir, m_api.baseUrl(), username);
    if (!QFileInfo::exists(path) || !openCache(username)) {
        setState(ConnectionState::Offline);
        Q_EMIT loginFinished(false, tr("The server cannot be reached, and this user has not logged in on this "
                                       "computer before, so there is nothing to work with offline."));
        return;
    }
    auto account = m_cache->verifyOffline(username, password);
    if (!account || !account.value()) {
        m_cache.reset();
        setState(ConnectionState::Offline);
        Q_EMIT loginFinished(false, tr("The server cannot be reached, and the password does not match the one "
                                       "last used on this computer."));
        return;
    }
    m_account = *account.value();
    m_password = password;
    loadCached();
    setState(ConnectionState::Offline);
    m_probeTimer.start();
    m_refreshTimer.start();
    Q_EMIT loginFinished(true, {});
}

bool ClientSession::openCache(const QString &username)
{
    auto cache = LocalCache::open(LocalCache::pathFor(m_dataDir, m_api.baseUrl(), username));
    if (!cache) {
        qCWarning(lcClient) << "cannot open the local cache:" << cache.error().detail;
        return false;
    }
    m_cache = std::move(cache).value();
    // The outbox beside the cache: a file of its own, so a cache rebuilt from the server never
    // touches changes that are not sent yet.
    QString outboxPath = LocalCache::pathFor(m_dataDir, m_api.baseUrl(), username);
    outboxPath.replace(QRegularExpression(QStringLiteral("\\.sqlite$")), QString());
    auto outbox = Outbox::open(outboxPath + QStringLiteral(".outbox.sqlite"));
    if (!outbox) {
        qCWarning(lcClient) << "cannot open the outbox:" << outbox.error().detail;
        return false;
    }
    delete m_sync;
    m_outbox = std::move(outbox).value();
    m_sync = new SyncAgent(*m_outbox, m_api, m_clock, this);
    m_sync->setActor(username);
    return true;
}

void ClientSession::loadCached()
{
    if (auto doc = m_cache->document(kCatalogueKey); doc && doc.value())
        applyCatalogue(doc.value()->body);
    if (auto doc = m_cache->document(kHallsKey); doc && doc.value())
        applyHalls(doc.value()->body);
}

void ClientSession::applyCatalogue(const QByteArray &json)
{
    auto parsed = Catalogue::fromJson(json);
    if (!parsed) {
        qCWarning(lcClient) << "catalogue rejected:" << parsed.error().detail;
        return;
    }
    m_catalogue = std::move(parsed).value();
    Q_EMIT catalogueChanged();
}

void ClientSession::applyHalls(const QByteArray &json)
{
    auto parsed = HallsAnswer::fromJson(QJsonDocument::fromJson(json).object());
    if (!parsed) {
        qCWarning(lcClient) << "cached halls rejected:" << parsed.error().extra;
        return;
    }
    m_halls = parsed.value().halls;
    Q_EMIT hallsChanged();
}

void ClientSession::refresh()
{
    if (!m_cache || !m_api.hasToken())
        return;
    QByteArray etag;
    if (auto doc = m_cache->document(kCatalogueKey); doc && doc.value())
        etag = doc.value()->etag;
    m_calls.catalogue(etag, [this](Result<SessionApi::CatalogueAnswer> r) {
        if (!r) {
            if (r.error().code == ErrorCode::Unavailable)
                setState(ConnectionState::Offline);
            return;
        }
        if (r.value().catalogue) {
            if (auto st = m_cache->putDocument(kCatalogueKey, r.value().json, r.value().etag, m_clock.now()); !st)
                qCWarning(lcClient) << "cannot cache the catalogue:" << st.error().detail;
            m_catalogue = *r.value().catalogue;
            Q_EMIT catalogueChanged();
        }
        if (!m_account || !Permissions::allows(m_account->role, Permission::OrgRead)) {
            m_lastSync = m_clock.now();
            Q_EMIT synced(m_lastSync);
            return;
        }
        m_calls.halls([this](Result<HallsAnswer> h) {
            if (!h)
                return;
            const QByteArray body = QJsonDocument(h.value().toJson()).toJson(QJsonDocument::Compact);
            if (auto st = m_cache->putDocument(kHallsKey, body, {}, m_clock.now()); !st)
                qCWarning(lcClient) << "cannot cache the halls:" << st.error().detail;
            m_halls = h.value().halls;
            Q_EMIT hallsChanged();
            m_lastSync = m_clock.now();
            Q_EMIT synced(m_lastSync);
        });
    });
}

void ClientSession::probe()
{
    if (m_probing)
        return;
    m_probing = true;
    m_calls.health([this](Result<HealthAnswer> r) {
        m_probing = false;
        if (!r) {
            setState(ConnectionState::Offline);
            return;
        }
        if (m_state == ConnectionState::Online)
            return;
        if (m_api.hasToken()) {
            setState(ConnectionState::Online);
            refresh();
            return;
        }
        // Logged in offline: the server is back, so get a real session now.
        if (!m_account)
            return;
        m_calls.login({m_account->username, m_password}, [this](Result<LoginAnswer> l) {
            if (!l) {
                setState(l.error().code == ErrorCode::Unavailable ? ConnectionState::Offline : ConnectionState::Online);
                return;
            }
            m_api.setToken(l.value().token);
            setState(ConnectionState::Online);
            refresh();
        });
    });
}

void ClientSession::logout()
{
    m_probeTimer.stop();
    m_refreshTimer.stop();
    if (m_api.hasToken())
        m_calls.logout([](Status) {});
    m_api.setToken({});
    m_account.reset();
    m_password.clear();
    delete m_sync;
    m_sync = nullptr;
    m_outbox.reset();
    m_cache.reset();
}

void ClientSession::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    if (state == ConnectionState::Online && m_sync)
        m_sync->flush(); // what waited while the server was away goes now
}

QTimeZone ClientSession::zoneOf(const QString &hallCode) const
{
    for (const Hall &h : m_halls) {
        if (h.code == hallCode)
            return timeZoneOf(h);
    }
    return QTimeZone("Asia/Shanghai");
}

} // namespace ow
