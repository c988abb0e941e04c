#pragma once

#include "core/domain/util/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace ow {

class Database;

// A block of one day's case numbers a window holds, to accept cases with while it cannot reach
// the server: the receipt printed offline carries a number that stays the case's number.
struct CaseNumberBlock
{
    QString day;    // yyyy-MM-dd
    QString stem;   // HALL-yyyyMMdd-
    int first = 0;
    int last = 0;
    int unused = 0;
    QJsonObject toJson() const;
};

// Case numbers (办件编号): HALL-yyyyMMdd-NNNN, one counter per hall and day. The server's own
// numbers and the blocks leased to windows come off the same counter, so they never collide.
class CaseNumbers
{
public:
    static constexpr int kBlock = 5;
    static constexpr int kMaxBlock = 50;

    explicit CaseNumbers(Database &db) : m_db(db) {}

    static QString format(const QString &hallCode, const QDate &day, int seq);
    Result<QString> next(qint64 hallId, const QString &hallCode, const QDate &day) const;
    // The window's blocks for `day`; a new block of `count` when fewer than half of it is unused.
    Result<QList<CaseNumberBlock>> lease(qint64 hallId, const QString &hallCode, const QDate &day, int window, qint64 actorId,
                                         qint64 at, int count = kBlock) const;
    // A number a window gives a case it accepted offline: well formed, of this hall, leased to this
    // window and not used yet. Answers the day it belongs to.
    Result<QDate> claim(const QString &number, qint64 hallId, const QString &hallCode, int window) const;

private:
    Result<int> take(qint64 hallId, const QDate &day, int count) const; // the counter's new last value
    Database &m_db;
};

} // namespace ow
