#pragma once

#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ow {

class Clock;
class Database;
struct Account;

// One administrative change: who made it, when, to what, and the value before and after (an
// empty object where there was none: a creation has no before, a removal no after).
struct AdminChange
{
    qint64 id = 0;
    QDateTime at;
    qint64 actorId = 0;
    QString actor;    // the administrator's user name ("" for the command line: `--init-admin`)
    QString hallCode; // the hall the change belongs to ("" for city-wide rules)
    QString entity;   // account, hall, window, device, calendar, delegation, queue_rules, catalogue
    QString key;      // which one: a user name, a hall code, "MY-FC/3", a year, a service code
    QString action;   // create, update, disable, enable, reset_password, retire, archive, import…
    QJsonObject before;
    QJsonObject after;

    QJsonObject toJson() const;
};

// What an administrator asks of the record: by entity and key, in halls they manage, newest
// first, a page at a time.
struct AdminChangeQuery
{
    QString entity;                      // empty: every entity
    QString key;                         // empty: every key
    std::optional<QStringList> hallCodes; // unset: every hall (a city administrator)
    qint64 beforeId = 0;                 // 0: from the newest
    int limit = 100;
};

// Table `admin_changes`: every administrative change, written in the same transaction as the
// change itself, never edited or deleted.
class AdminLog
{
public:
    AdminLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // `actor` null: the change was made from the server's command line.
    Status record(const Account *actor, const QString &hallCode, const QString &entity, const QString &key,
                  const QString &action, const QJsonObject &before, const QJsonObject &after);
    Result<QList<AdminChange>> list(const AdminChangeQuery &query) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace ow
