#pragma once

#include "core/client/ApiClient.h"
#include "core/client/api/SessionApi.h"
#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/org/Org.h"
#include "core/domain/security/Account.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace ow {

class Clock;
class LocalCache;
class Outbox;
class SyncAgent;

enum class ConnectionState { Connecting, Online, Offline };

// The desktop client's session with one server as one user: logs in online (or, when the
// server is unreachable, offline against the local cache), keeps the catalogue and halls
// fresh in the cache, and watches the connection. Widgets observe its signals.
class ClientSession : public QObject
{
    Q_OBJECT
public:
    ClientSession(QString dataDir, const Clock &clock, QObject *parent = nullptr);
    ~ClientSession() override;

    // The catalogue and halls are fetched again this often while online (a 304 when unchanged),
    // so a change of the city's rules — which halls may accept a matter — reaches a desk that
    // stays logged in all day.
    static constexpr int kRefreshMs = 5 * 60 * 1000;

    void setProbeIntervalMs(int ms);
    void setRefreshIntervalMs(int ms);
    void setLanguage(const QString &language) { m_api.setLanguage(language); }
    // Whom an https:// server must prove to be, for every call and event stream of this session.
    void setTlsTrust(const TlsTrust &trust) { m_api.setTlsTrust(trust); }

    void login(const QUrl &server, const QString &username, const QString &password);
    void logout();
    // The user's own password (POST /me/password). Once changed, it is what the offline login
    // checks and what logs in again when the server comes back; a forced change is then done.
    void changePassword(const QString &oldPassword, const QString &newPassword, std::function<void(Status)> done);
    // Checks the connection now (also runs on a timer once logged in).
    void probe();
    // Fetches catalogue and halls if online; unchanged data costs one 304.
    void refresh();

    ConnectionState state() const { return m_state; }
    bool isLoggedIn() const { return m_account.has_value(); }
    // Logged in with a one-time password: the server refuses everything but the change of it.
    bool mustChangePassword() const { return m_account && m_account->mustChangePassword; }
    const Account &account() const { return *m_account; }
    const QUrl &server() const { return m_api.baseUrl(); }
    const Catalogue *catalogue() const { return m_catalogue ? &*m_catalogue : nullptr; }
    const QList<Hall> &halls() const { return m_halls; }
    // The clock a hall lives by (timeZoneOf); the city's, Asia/Shanghai, for a hall not (yet) known.
    QTimeZone zoneOf(const QString &hallCode) const;
    // That of the account's own hall: what its screens show times in.
    QTimeZone ownZone() const { return zoneOf(isLoggedIn() ? account().hallCode : QString()); }
    QDateTime lastSync() const { return m_lastSync; }
    ApiClient &api() { return m_api; }
    const Clock &clock() const { return m_clock; }
    // This server + user's local file (cached documents); null before login.
    LocalCache *cache() { return m_cache.get(); }
    // Every change this client makes goes through here (the outbox); null before login.
    SyncAgent *sync() { return m_sync; }

Q_SIGNALS:
    void loginFinished(bool ok, const QString &message);
    void stateChanged(ow::ConnectionState state);
    void catalogueChanged();
    void hallsChanged();
    void synced(const QDateTime &at);

private:
    void onOnlineLogin(const LoginAnswer &answer, const QString &password);
    void tryOfflineLogin(const QString &username, const QString &password, const QString &reason);
    bool openCache(const QString &username);
    void loadCached();
    void applyCatalogue(const QByteArray &json);
    void applyHalls(const QByteArray &json);
    void setState(ConnectionState state);

    QString m_dataDir;
    const Clock &m_clock;
    ApiClient m_api;
    SessionApi m_calls{m_api};
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    SyncAgent *m_sync = nullptr;
    std::optional<Account> m_account;
    std::optional<Catalogue> m_catalogue;
    QList<Hall> m_halls;
    ConnectionState m_state = ConnectionState::Connecting;
    QDateTime m_lastSync;
    QTimer m_probeTimer;
    QTimer m_refreshTimer;
    QString m_password; // held in memory only, to log in again when the server comes back
    bool m_probing = false;
};

} // namespace ow
