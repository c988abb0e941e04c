#pragma once

#include "core/sql/Database.h"

#include <functional>

namespace ow {

// Group commit: work that arrives together shares one durable commit. The first run() opens a
// transaction; each piece of work is its own savepoint (a failure undoes only that piece);
// commit() makes all of it durable with one sync to disk, then runs the waiting `done`
// callbacks with each piece's outcome — or with the commit's error if the commit failed, in
// which case nothing of the group was kept. Whoever answers a request does so from `done`, so
// an answer still means "on disk".
class CommitGroup
{
public:
    explicit CommitGroup(Database &db) : m_db(db) {}
    ~CommitGroup();
    CommitGroup(const CommitGroup &) = delete;
    CommitGroup &operator=(const CommitGroup &) = delete;

    void run(const std::function<Status()> &work, std::function<void(const Status &)> done);
    Status commit();

    bool isOpen() const { return m_open; }
    int size() const { return static_cast<int>(m_waiting.size()); }

private:
    Database &m_db;
    bool m_open = false;
    QList<QPair<Status, std::function<void(const Status &)>>> m_waiting;
};

} // namespace ow
