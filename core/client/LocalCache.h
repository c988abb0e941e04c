#pragma once

#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

#include <memory>
#include <optional>

namespace ow {

class Database;

// A cached server document (catalogue, halls …) with the ETag it came with.
struct CachedDocument
{
    QByteArray body;
    QByteArray etag;
    QDateTime updatedAt;
};

// The desktop client's own SQLite file, one per server + user: cached documents, and what is
// needed to let that user in again while the server is unreachable (an Argon2id verifier of
// the password, never the password itself).
class LocalCache
{
public:
    ~LocalCache();
    // dataDir/cache/<digest of server + user>.sqlite
    static QString pathFor(const QString &dataDir, const QUrl &server, const QString &username);
    static Result<std::unique_ptr<LocalCache>> open(const QString &path);

    Status putDocument(const QString &key, const QByteArray &body, const QByteArray &etag, const QDateTime &now);
    Result<std::optional<CachedDocument>> document(const QString &key) const;

    Status rememberLogin(const Account &account, const QString &password, const QDateTime &now);
    // The account if `password` matches the one of the last online login; nullopt otherwise.
    Result<std::optional<Account>> verifyOffline(const QString &username, const QString &password) const;

private:
    explicit LocalCache(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};

} // namespace ow
