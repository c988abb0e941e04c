#include "core/client/LocalCache.h"

#include "core/domain/security/PasswordHasher.h"
#include "core/sql/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>

namespace ow {

namespace {
const QList<Migration> &cacheSchema()
{
    static const QList<Migration> steps{
        {1,
         "client cache: documents and offline identity",
         {
             QStringLiteral("CREATE TABLE documents (key TEXT PRIMARY KEY, body {BLOB} NOT NULL, etag TEXT NOT NULL, "
                            "updated_at {BIGINT} NOT NULL)"),
             QStringLiteral("CREATE TABLE identity (id INTEGER PRIMARY KEY CHECK (id = 1), username TEXT NOT NULL, "
                            "verifier TEXT NOT NULL, account_json TEXT NOT NULL, updated_at {BIGINT} NOT NULL)"),
         }},
    };
    return steps;
}
} // namespace

LocalCache::LocalCache(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

LocalCache::~LocalCache() = default;

QString LocalCache::pathFor(const QString &dataDir, const QUrl &server, const QString &username)
{
    const QByteArray key = server.adjusted(QUrl::StripTrailingSlash).toString().toUtf8() + '\n' + username.toUtf8();
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20));
    return QDir(dataDir).filePath(QStringLiteral("cache/%1.sqlite").arg(digest));
}

Result<std::unique_ptr<LocalCache>> LocalCache::open(const QString &path)
{
    DatabaseLocation location;
    location.sqlitePath = path;
    auto db = Database::open(location, cacheSchema());
    if (!db)
        return db.error();
    return std::unique_ptr<LocalCache>(new LocalCache(std::move(db).value()));
}

Status LocalCache::putDocument(const QString &key, const QByteArray &body, const QByteArray &etag, const QDateTime &now)
{
    return m_db->run(QStringLiteral("INSERT INTO documents (key, body, etag, updated_at) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET body = excluded.body, etag = excluded.etag, "
                                    "updated_at = excluded.updated_at"),
                     {key, body, QString::fromLatin1(etag), now.toMSecsSinceEpoch()});
}

Result<std::optional<CachedDocument>> LocalCache::document(const QString &key) const
{
    auto q = m_db->exec(QStringLiteral("SELECT body, etag, updated_at FROM documents WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<CachedDocument>{};
    return std::optional<CachedDocument>(CachedDocument{
        q.value().value(0).toByteArray(), q.value().value(1).toString().toLatin1(),
        QDateTime::fromMSecsSinceEpoch(q.value().value(2).toLongLong(), Qt::UTC)});
}

Status LocalCache::rememberLogin(const Account &account, const QString &password, const QDateTime &now)
{
    const QString verifier = PasswordHasher().hash(password);
    if (verifier.isEmpty())
        return Error{ErrorCode::Internal, QStringLiteral("cannot hash the offline verifier"), {}};
    const QString json = QString::fromUtf8(QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact));
    return m_db->run(QStringLiteral("INSERT INTO identity (id, username, verifier, account_json, updated_at) "
                                    "VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET username = excluded.username, "
                                    "verifier = excluded.verifier, account_json = excluded.account_json, "
                                    "updated_at = excluded.updated_at"),
                     {account.username, verifier, json, now.toMSecsSinceEpoch()});
}

Result<std::optional<Account>> LocalCache::verifyOffline(const QString &username, const QString &password) const
{
    auto q = m_db->exec(QStringLiteral("SELECT username, verifier, account_json FROM identity WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).toString() != username
        || !PasswordHasher::verify(q.value().value(1).toString(), password))
        return std::optional<Account>{};
    auto account = Account::fromJson(QJsonDocument::fromJson(q.value().value(2).toString().toUtf8()).object());
    if (!account)
        return account.error();
    return std::optional<Account>(std::move(account).value());
}

} // namespace ow
